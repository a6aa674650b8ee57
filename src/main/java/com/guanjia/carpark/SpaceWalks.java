package com.guanjia.carpark;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.guanjia.carpark.SpaceCheck.Mismatch;
import com.guanjia.carpark.SpaceCheck.Space;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.RegisteredVehicles;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guard's walk through the car park (R1.2; seed 000 "每月对各区域的车位进行核查核对"): each plate
 * seen on a space of the registry, or on no numbered space, is written down on the phone;
 * the monthly space check compares these and the vehicles inside by the entry log with
 * the cards and the vehicle registry ({@link ParkedCheck}).
 */
@Service
@Transactional
public class SpaceWalks {

	private final SpaceObservationRepository observations;

	private final ParkingCardRepository cards;

	private final StayRepository stays;

	private final ParkingManagement spaces;

	private final RegisteredVehicles vehicles;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final GateTime time;

	SpaceWalks(SpaceObservationRepository observations, ParkingCardRepository cards, StayRepository stays,
			ParkingManagement spaces, RegisteredVehicles vehicles, CommunityScope scope, AuditTrail audit,
			GateTime time) {
		this.observations = observations;
		this.cards = cards;
		this.stays = stays;
		this.spaces = spaces;
		this.vehicles = vehicles;
		this.scope = scope;
		this.audit = audit;
		this.time = time;
	}

	/**
	 * The guard writes down a plate seen parked: on a space of the registry (a code it
	 * does not know is refused, 400 naming {@code spaceCode}) or on none.
	 */
	public ObservationView observe(long communityId, ObserveSpace command) {
		requireWalker();
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		p.throwIfAny();
		@Nullable ParkingSpaceView space = null;
		String code = EnterVehicle.strip(command.spaceCode());
		if (code != null) {
			space = spaces.list(communityId, null)
				.stream()
				.filter(s -> s.code().equalsIgnoreCase(code))
				.findFirst()
				.orElseThrow(() -> ValidationException.of("spaceCode", "carpark.walk.unknownSpace", code));
		}
		ObservationView o = observations.insert(new ObservationView(0, communityId, time.now(), time.today(communityId),
				space == null ? null : space.id(), space == null ? null : space.code(), command.normalizedPlate(),
				EnterVehicle.strip(command.note()), scope.actor(), null));
		audit.record(communityId, "space_observation", o.id(), "observe",
				o.plate() + (o.spaceCode() == null ? "" : " @ " + o.spaceCode()));
		return o;
	}

	/**
	 * Strikes out a wrong reading of the walk with the reason (the observation itself is
	 * never changed): the guards on the day it was seen, the car park's manager any day.
	 * The next run of the monthly space check leaves it out.
	 */
	public ObservationView strike(long observationId, @Nullable String reason) {
		requireWalker();
		new Problems().text("reason", reason, 200).throwIfAny();
		ObservationView o = observations.find(scope.allowedIds(), observationId)
			.orElseThrow(() -> new NotFoundException("observation", observationId));
		if (!scope.has(Permission.CARPARK_ADMIN) && !o.observedOn().equals(time.today(o.communityId()))) {
			throw new RuleViolationException("carpark.walk.strikeSameDay");
		}
		ObservationView.Strike strike = new ObservationView.Strike(time.now(), scope.actor(),
				Objects.requireNonNull(reason).strip());
		if (!observations.strike(o.communityId(), o.id(), strike)) {
			throw new RuleViolationException("carpark.walk.alreadyStruck");
		}
		audit.record(o.communityId(), "space_observation", o.id(), "strike", o.plate() + ": " + strike.reason());
		return new ObservationView(o.id(), o.communityId(), o.observedAt(), o.observedOn(), o.spaceId(), o.spaceCode(),
				o.plate(), o.note(), o.observedBy(), strike);
	}

	/** What was seen on a day, in the order it was seen. */
	@Transactional(readOnly = true)
	public List<ObservationView> day(long communityId, LocalDate day) {
		requireWalker();
		scope.require(communityId);
		return observations.between(communityId, day, day);
	}

	/** What was seen in a month. */
	@Transactional(readOnly = true)
	public List<ObservationView> month(long communityId, YearMonth month) {
		requireWalker();
		scope.require(communityId);
		return observations.between(communityId, month.atDay(1), month.atEndOfMonth());
	}

	public LocalDate today(long communityId) {
		return time.today(communityId);
	}

	/**
	 * The month's sightings and, for the current month, the vehicles inside now, compared
	 * with the cards and the registry (the space check calls this in its transaction).
	 */
	List<Mismatch> parked(long communityId, YearMonth month, List<Space> registry) {
		LocalDate today = time.today(communityId);
		List<ParkedCheck.Seen> seen = observations.between(communityId, month.atDay(1), month.atEndOfMonth())
			.stream()
			.filter(ObservationView::counts)
			.map(o -> new ParkedCheck.Seen(o.observedOn(), o.spaceId(), o.plate()))
			.toList();
		Set<String> inside = YearMonth.from(today).equals(month) ? Set.copyOf(stays.openPlates(communityId)) : Set.of();
		Set<String> plates = new LinkedHashSet<>(inside);
		seen.forEach(s -> plates.add(s.plate()));
		Map<String, ParkedCheck.PlateCard> known = new LinkedHashMap<>();
		for (ParkingCard c : cards.ofPlates(communityId, plates)) {
			known.put(c.number(), card(c));
		}
		for (ParkingCard c : cards.fixedActiveDuring(communityId, month.atDay(1), month.atEndOfMonth())) {
			known.putIfAbsent(c.number(), card(c));
		}
		List<ParkedCheck.Registered> registered = vehicles.ofPlates(communityId, plates)
			.stream()
			.map(v -> new ParkedCheck.Registered(v.plate(), v.unitId(), v.unitLabel()))
			.toList();
		return ParkedCheck.run(registry, List.copyOf(known.values()), registered, seen, inside, today);
	}

	private static ParkedCheck.PlateCard card(ParkingCard c) {
		return new ParkedCheck.PlateCard(c.number(), c.holder().plate(), c.kind(), c.holder().spaceId(),
				c.holder().unitId(), c.validFrom(), c.validTo(), c.status() == CardStatus.CANCELLED);
	}

	private void requireWalker() {
		if (!scope.has(Permission.CARPARK_ADMIN)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

}
