package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.guanjia.carpark.ParkingFeeRepository.Kind;
import com.guanjia.cashier.CashierFees;
import com.guanjia.cashier.FeePayment;
import com.guanjia.cashier.FeePurpose;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.PlateNumber;
import com.guanjia.residents.RegisteredVehicle;
import com.guanjia.residents.RegisteredVehicles;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The gate (R12.1–R12.3, R12.5; seed 001 "车辆进入、放行工作细则"): a vehicle enters once (the
 * plate's lock and the partial unique index on open stays); at the exit its card is
 * checked, the fee computed by the tariff in force and taken with the cashier's gap-free
 * receipt, or the exit is free with its reason; a card of another plate is held for the
 * shift lead. An exit locks the stay, so two exits of one vehicle charge once; the
 * request key returns the first exit.
 */
@Service
@Transactional
@NamedInterface("api")
public class Gate {

	/** A card found for the exit: what it says, and which card. */
	record CardLookup(CardCheck check, @Nullable ParkingCard card) {
	}

	private final StayRepository stays;

	private final ParkingCardRepository cards;

	private final ParkingFeeRepository fees;

	private final HeldVehicles held;

	private final CameraSightingRepository sightings;

	private final CarparkSettings settings;

	private final CashierFees cashier;

	private final RegisteredVehicles vehicles;

	private final AdvisoryLocks locks;

	private final IdempotencyKeys keys;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	Gate(StayRepository stays, ParkingCardRepository cards, ParkingFeeRepository fees, HeldVehicles held,
			CameraSightingRepository sightings, CarparkSettings settings, CashierFees cashier,
			RegisteredVehicles vehicles, AdvisoryLocks locks, IdempotencyKeys keys, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, GateTime time) {
		this.stays = stays;
		this.cards = cards;
		this.fees = fees;
		this.held = held;
		this.sightings = sightings;
		this.settings = settings;
		this.cashier = cashier;
		this.vehicles = vehicles;
		this.locks = locks;
		this.keys = keys;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	// --- entry -------------------------------------------------------------------------

	/**
	 * A vehicle enters (R12.1): refused when its plate is already inside (409), when the
	 * goods were not checked or damage was not told to the driver (400).
	 */
	public StayView enter(long communityId, EnterVehicle command) {
		scope.require(Permission.CARPARK_GATE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		Instant at = recordedAt(p, command.at());
		p.throwIfAny();
		return enter(communityId, command, at, command.at() == null ? EntrySource.GATE : EntrySource.PAPER,
				scope.actor());
	}

	/**
	 * The entry itself, for the guard and for a camera (whose time is its capture time).
	 */
	StayView enter(long communityId, EnterVehicle command, Instant at, EntrySource source, String actor) {
		String plate = command.normalizedPlate();
		// two entries of one plate at once: the second waits here and finds the first
		locks.lockForTransaction(communityId, "carpark-plate:" + plate);
		if (stays.openOf(communityId, plate).isPresent()) {
			throw new ConflictException("carpark.alreadyInside", plate);
		}
		CardLookup card = ownCard(communityId, plate, time.dayOf(communityId, at));
		Stay s = Stay.enter(stays.nextId(), communityId,
				new Stay.Entry(plate, at, source, actor, command.goodsChecked(),
						EnterVehicle.strip(command.damageNote()), command.damageTold(),
						EnterVehicle.strip(command.passNumber()),
						card.check() == CardCheck.VALID && card.card() != null ? card.card().id() : null));
		commit(s);
		return view(s);
	}

	// --- exit --------------------------------------------------------------------------

	/** What the exit would do now: the cards, the fee, whether to hold (read only). */
	@Transactional(readOnly = true)
	public ExitQuote quote(long stayId, @Nullable String cardNumber) {
		scope.require(Permission.CARPARK_GATE);
		Stay s = stays.find(scope.allowedIds(), stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
		long c = s.communityId();
		Instant now = time.now();
		CardLookup card = cardCheck(c, s.plate(), cardNumber, time.dayOf(c, now));
		Tariff tariff = settings.inForce(c, now);
		Tariff.Charge charge = tariff.charge(s.entry().at(), now, time.zone(c));
		ExitPolicy.Decision d = ExitPolicy.decide(card.check(), charge, null);
		List<String> registered = vehicles.ofPlate(c, s.plate()).map(RegisteredVehicle::describe).stream().toList();
		return new ExitQuote(view(s), card.check(), card.card() == null ? null : card.card().number(), charge.minutes(),
				d.fee(), d.freeReason(), d.hold(), charge.days(), tariff.approvalReference(), registered);
	}

	/**
	 * The vehicle leaves (R12.1, R12.2): a valid card or a short stay leaves free, a
	 * policy-free or approved vehicle free with the note, everyone else pays the tariff's
	 * fee with a receipt; a card of another plate is held instead (R12.3).
	 */
	public ExitResult exit(long stayId, ExitVehicle command) {
		scope.require(Permission.CARPARK_GATE);
		Problems p = new Problems();
		command.validate(p);
		Instant at = recordedAt(p, command.at());
		p.throwIfAny();
		Stay s = stays.lock(scope.allowedIds(), stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
		String key = EnterVehicle.strip(command.requestKey());
		if (key != null) {
			// the same exit again answers the first; the key with another body is
			// refused (issue 9 item 16)
			keys.claim(s.communityId(), "carpark-exit", key, "exit", stayId, command);
		}
		return exit(s, command, at, command.at() == null ? EntrySource.GATE : EntrySource.PAPER, scope.actor());
	}

	/** The plate's open stay leaves (the API by plate). */
	public ExitResult exitByPlate(long communityId, @Nullable String plate, ExitVehicle command) {
		scope.require(Permission.CARPARK_GATE);
		scope.require(communityId);
		Problems p = new Problems();
		Plates.check(p, "plate", plate);
		p.throwIfAny();
		String normalized = PlateNumber.normalize(plate);
		String key = EnterVehicle.strip(command.requestKey());
		Long id = key == null ? null : stays.idByExitKey(communityId, key).orElse(null);
		if (id == null) {
			id = stays.openOf(communityId, normalized)
				.map(Stay::id)
				.orElseThrow(() -> new NotFoundException("stay", normalized));
		}
		return exit(id, command);
	}

	/**
	 * The exit itself, for the guard (at the gate or from the paper register) and for a
	 * camera on an automatic lane, which checks neither the driver nor a pass (the model
	 * allows it only for a valid card and a stay that was handed no pass).
	 */
	ExitResult exit(Stay s, ExitVehicle command, Instant at, EntrySource source, String actor) {
		long c = s.communityId();
		String key = EnterVehicle.strip(command.requestKey());
		Stay.Exit done = s.exit();
		if (s.status() == StayStatus.LEFT && done != null && key != null && key.equals(done.requestKey())) {
			// the same request again: the first exit's answer, nothing charged twice
			return new ExitResult(view(s), null, null);
		}
		s.check(StayAction.EXIT);
		CardLookup card = cardCheck(c, s.plate(), command.cardNumber(), time.dayOf(c, at));
		Tariff.Charge charge = settings.inForce(c, at).charge(s.entry().at(), at, time.zone(c));
		ExitPolicy.Decision d = ExitPolicy.decide(card.check(), charge, command.free());
		if (d.isHold()) {
			ParkingCard other = card.card();
			HeldView h = held.holdStay(s, d.hold(),
					other == null ? null : other.number() + " → " + other.holder().plate(), at, actor);
			return new ExitResult(view(s), null, h.id());
		}
		if (source != EntrySource.CAMERA) {
			// R12.1, seed 001 item 5: the checks come before the barrier opens and any
			// fee
			Problems checks = new Problems();
			checks.check(command.driverChecked(), "driverChecked", "carpark.exit.driverUnchecked");
			checks.check(!s.passHanded() || command.passReturned(), "passReturned", "carpark.exit.passNotReturned");
			checks.throwIfAny();
		}
		ReceiptView receipt = null;
		if (d.fee().isPositive()) {
			if (command.method() == null) {
				throw ValidationException.of("method", "validation.required");
			}
			receipt = cashier.take(c, new FeePayment(FeePurpose.PARKING, s.plate(), d.fee().amount(), command.method(),
					command.tendered(), view(s).ticket(), "carpark-stay:" + s.id()));
		}
		String note = d.freeReason() == null ? null : switch (d.freeReason()) {
			case CARD -> card.card() == null ? null : card.card().number();
			case SHORT_STAY -> charge.minutes() + " min";
			case POLICY, APPROVED -> EnterVehicle.strip(command.freeNote());
		};
		s.leave(new Stay.Exit(source, at, actor, d.fee(), d.freeReason(), note,
				d.freeReason() == FreeReason.APPROVED ? EnterVehicle.strip(command.approvedBy()) : null,
				d.freeReason() == FreeReason.CARD && card.card() != null ? card.card().id() : null,
				command.driverChecked(), command.passReturned(), key));
		commit(s);
		if (receipt != null) {
			fees.record(Kind.EXIT, s.id(), null, s.plate(), receipt, at);
		}
		// a camera saw it waiting at the exit: the guard's exit confirms that reading
		for (CameraSighting seen : sightings.lockPendingExits(c, s.plate())) {
			seen.confirm(s.id(), time.now(), actor);
			sightings.save(seen);
			seen.saved();
		}
		return new ExitResult(view(s, receipt == null ? null : receipt.number()), receipt, null);
	}

	// --- incidents and mistakes
	// ----------------------------------------------------------

	/** An entry made by mistake (a wrong plate) is struck out with the reason. */
	public StayView cancel(long stayId, @Nullable String reason) {
		scope.require(Permission.CARPARK_GATE);
		new Problems().text("reason", reason, 200).throwIfAny();
		Stay s = load(stayId);
		s.cancel(reason.strip(), time.now(), scope.actor());
		commit(s);
		return view(s);
	}

	/**
	 * The vehicle forced its way out (冲卡, R12.5): an incident, recorded with what was
	 * seen (a military or police plate goes to the responsible office). A held vehicle's
	 * hold ends with it.
	 */
	public StayView forceOut(long stayId, @Nullable String note) {
		scope.require(Permission.CARPARK_GATE);
		new Problems().text("note", note, 300).throwIfAny();
		Stay s = load(stayId);
		s.forceOut(note.strip(), time.now(), scope.actor());
		held.endWithStay(s, StayStatus.FORCED_OUT, note.strip());
		commit(s);
		return view(s);
	}

	/** The vehicle was abandoned (弃车, R12.5): the shift lead records the incident. */
	public StayView abandon(long stayId, @Nullable String note) {
		scope.require(Permission.CARPARK_RELEASE);
		new Problems().text("note", note, 300).throwIfAny();
		Stay s = load(stayId);
		s.abandon(note.strip(), time.now(), scope.actor());
		held.endWithStay(s, StayStatus.ABANDONED, note.strip());
		commit(s);
		return view(s);
	}

	// --- reads -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public StayView get(long stayId) {
		requireReader();
		Stay s = stays.find(scope.allowedIds(), stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
		return view(s);
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long stayId) {
		StayView s = get(stayId);
		return stays.history(s.communityId(), stayId);
	}

	/** The vehicles inside now and those held, the longest there first. */
	@Transactional(readOnly = true)
	public List<StayView> inside(long communityId) {
		requireReader();
		scope.require(communityId);
		return stays.open(communityId, 500).stream().map(this::view).toList();
	}

	/**
	 * The day's register (车辆出入登记表): stays that entered or left that day, latest first.
	 */
	@Transactional(readOnly = true)
	public List<StayView> day(long communityId, LocalDate day) {
		requireReader();
		scope.require(communityId);
		return stays
			.movedBetween(communityId, time.startOf(communityId, day), time.startOf(communityId, day.plusDays(1)), 500)
			.stream()
			.map(this::view)
			.toList();
	}

	/** The plate's open stay, if it is inside. */
	@Transactional(readOnly = true)
	public java.util.Optional<StayView> insideByPlate(long communityId, @Nullable String plate) {
		requireReader();
		scope.require(communityId);
		if (plate == null || plate.isBlank()) {
			return java.util.Optional.empty();
		}
		return stays.openOf(communityId, PlateNumber.normalize(plate)).map(this::view);
	}

	public LocalDate today(long communityId) {
		return time.today(communityId);
	}

	// --- plumbing ----------------------------------------------------------------------

	/** The card presented, or else the plate's own cards. */
	CardLookup cardCheck(long communityId, String plate, @Nullable String cardNumber, LocalDate day) {
		String number = EnterVehicle.strip(cardNumber);
		if (number != null) {
			return cards.byNumber(communityId, number.toUpperCase(Locale.ROOT))
				.map(card -> new CardLookup(card.verify(plate, day), card))
				.orElse(new CardLookup(CardCheck.UNKNOWN, null));
		}
		return ownCard(communityId, plate, day);
	}

	private CardLookup ownCard(long communityId, String plate, LocalDate day) {
		List<ParkingCard> own = cards.ofPlate(communityId, plate);
		if (own.isEmpty()) {
			return new CardLookup(CardCheck.NONE, null);
		}
		return own.stream()
			.filter(card -> card.verify(plate, day) == CardCheck.VALID)
			.findFirst()
			.map(card -> new CardLookup(CardCheck.VALID, card))
			.orElse(new CardLookup(own.get(0).verify(plate, day), own.get(0)));
	}

	/**
	 * A time given with an entry or exit: only the shift lead enters the paper register
	 * afterwards (补录); it must be within the last week.
	 */
	private Instant recordedAt(Problems p, @Nullable Instant at) {
		if (at != null && !scope.has(Permission.CARPARK_RELEASE)) {
			throw new AccessDeniedException("only a shift lead records an earlier time");
		}
		return time.recorded(p, "at", at);
	}

	private Stay load(long stayId) {
		return stays.lock(scope.allowedIds(), stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
	}

	void commit(Stay s) {
		stays.save(s);
		for (Aggregate.Step step : s.steps()) {
			audit.record(s.communityId(), "parking_stay", s.id(), step.action().toLowerCase(Locale.ROOT),
					s.plate() + (step.note() == null ? "" : " " + step.note()));
		}
		s.events().forEach(events::publishEvent);
		s.saved();
	}

	StayView view(Stay s) {
		return view(s, s.exit() != null && s.exit().fee().isPositive()
				? fees.receiptOfStay(s.communityId(), s.id()).orElse(null) : null);
	}

	private static StayView view(Stay s, @Nullable String receiptNumber) {
		return StayView.of(s, receiptNumber);
	}

	private void requireReader() {
		if (!scope.has(Permission.CARPARK_REPORT) && !scope.has(Permission.CARPARK_ADMIN)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

}
