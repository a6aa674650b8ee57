package com.guanjia.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentsEvents.HouseholdMemberMovedIn;
import com.guanjia.residents.ResidentsEvents.HouseholdMemberMovedOut;
import com.guanjia.residents.ResidentsEvents.VehicleRegistered;
import com.guanjia.residents.ResidentsEvents.VehicleRemoved;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Household members (家庭成员) and vehicles (车辆) of a unit (R1.3). */
@Service
@Transactional
@NamedInterface("api")
public class HouseholdRegistry {

	private final OccupancyRepository occupancy;

	private final PartyRepository partyRepository;

	private final Parties parties;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	HouseholdRegistry(OccupancyRepository occupancy, PartyRepository partyRepository, Parties parties,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events) {
		this.occupancy = occupancy;
		this.partyRepository = partyRepository;
		this.parties = parties;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	public HouseholdMemberView addMember(long communityId, HouseholdMemberCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		LocalDate today = parties.today(communityId);
		Problems p = new Problems();
		p.required("unitId", command.unitId()).required("relation", command.relation());
		parties.validate(p, "", command.partyId(), command.party(), OccupantRole.HOUSEHOLD_MEMBER);
		parties.notFuture(p, "since", command.since(), today);
		p.throwIfAny();
		UnitView unit = parties.unit(communityId, command.unitId());
		PartyRecord party = parties.resolve(communityId, "", command.partyId(), command.party(),
				OccupantRole.HOUSEHOLD_MEMBER);
		if (occupancy.livesThere("household_member", communityId, unit.id(), party.id())) {
			throw ValidationException.of("partyId", "member.alreadyLiving", party.name(), unit.label());
		}
		LocalDate since = command.since() == null ? today : command.since();
		long id = occupancy.insertMember(communityId, unit.id(), party.id(), command.relation(), since, parties.now());
		audit.record(communityId, "household-member", id, "create",
				unit.label() + " " + party.name() + " " + command.relation());
		events.publishEvent(new HouseholdMemberMovedIn(communityId, unit.id(), id, party.id(), party.name(),
				command.relation(), since));
		return occupancy.member(communityId, id, Map.of(unit.id(), unit.label())).orElseThrow();
	}

	public HouseholdMemberView moveOutMember(long memberId, @Nullable LocalDate date) {
		scope.require(Permission.PEOPLE_WRITE);
		long[] where = occupancy.locateMember(scope.allowedIds(), memberId)
			.orElseThrow(() -> new NotFoundException("household-member", memberId));
		long communityId = where[0];
		Map<Long, String> labels = parties.labels(communityId, List.of(where[1]));
		HouseholdMemberView before = occupancy.member(communityId, memberId, labels).orElseThrow();
		LocalDate today = parties.today(communityId);
		LocalDate on = date == null ? today : date;
		Problems p = new Problems();
		parties.notFuture(p, "date", on, today);
		p.check(!on.isBefore(before.since()), "date", "member.moveOutBeforeStart", before.since());
		p.throwIfAny();
		if (!occupancy.moveOutMember(communityId, memberId, on)) {
			throw new ConflictException("member.alreadyMovedOut", before.partyName());
		}
		audit.record(communityId, "household-member", memberId, "move-out",
				before.unitLabel() + " " + before.partyName());
		events.publishEvent(new HouseholdMemberMovedOut(communityId, before.unitId(), memberId, before.partyId(),
				before.partyName(), on));
		return occupancy.member(communityId, memberId, labels).orElseThrow();
	}

	/**
	 * Registers a vehicle; a plate is registered to at most one unit of the community at
	 * a time.
	 */
	public VehicleView registerVehicle(long communityId, VehicleCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		p.throwIfAny();
		UnitView unit = parties.unit(communityId, command.unitId());
		if (command.partyId() != null && partyRepository.find(communityId, command.partyId()).isEmpty()) {
			throw ValidationException.of("partyId", "resident.unknown");
		}
		String plate = command.normalizedPlate();
		occupancy.unitOfPlate(communityId, plate).ifPresent(unitId -> {
			throw ValidationException.of("plate", "vehicle.duplicatePlate", plate,
					parties.labels(communityId, List.of(unitId)).getOrDefault(unitId, "#" + unitId));
		});
		long id = occupancy.insertVehicle(communityId, unit.id(), command.partyId(), plate,
				blankToNull(command.brand()), blankToNull(command.colour()), parties.today(communityId), parties.now());
		audit.record(communityId, "vehicle", id, "create", unit.label() + " " + plate);
		events.publishEvent(new VehicleRegistered(communityId, unit.id(), id, plate));
		return occupancy.vehicle(communityId, id, Map.of(unit.id(), unit.label())).orElseThrow();
	}

	/**
	 * The vehicle no longer parks here (kept as history); a second removal is refused
	 * (409).
	 */
	public VehicleView removeVehicle(long vehicleId, @Nullable LocalDate date) {
		scope.require(Permission.PEOPLE_WRITE);
		long[] where = occupancy.locateVehicle(scope.allowedIds(), vehicleId)
			.orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
		long communityId = where[0];
		Map<Long, String> labels = parties.labels(communityId, List.of(where[1]));
		VehicleView before = occupancy.vehicle(communityId, vehicleId, labels).orElseThrow();
		LocalDate today = parties.today(communityId);
		LocalDate on = date == null ? today : date;
		Problems p = new Problems();
		parties.notFuture(p, "date", on, today);
		p.check(!on.isBefore(before.registeredOn()), "date", "vehicle.removedBeforeRegistered", before.registeredOn());
		p.throwIfAny();
		if (!occupancy.removeVehicle(communityId, vehicleId, on)) {
			throw new ConflictException("vehicle.alreadyRemoved", before.plate());
		}
		audit.record(communityId, "vehicle", vehicleId, "remove", before.unitLabel() + " " + before.plate());
		events.publishEvent(new VehicleRemoved(communityId, before.unitId(), vehicleId, before.plate(), on));
		return occupancy.vehicle(communityId, vehicleId, labels).orElseThrow();
	}

	@Transactional(readOnly = true)
	public VehicleView vehicle(long vehicleId) {
		scope.require(Permission.PEOPLE_READ);
		long[] where = occupancy.locateVehicle(scope.allowedIds(), vehicleId)
			.orElseThrow(() -> new NotFoundException("vehicle", vehicleId));
		return occupancy.vehicle(where[0], vehicleId, parties.labels(where[0], List.of(where[1]))).orElseThrow();
	}

	/**
	 * A community's current vehicles whose plate contains the fragment (all of them when
	 * blank).
	 */
	@Transactional(readOnly = true)
	public List<VehicleView> vehicles(long communityId, @Nullable String fragment, int limit) {
		scope.require(Permission.PEOPLE_READ);
		scope.require(communityId);
		String q = fragment == null ? "" : PlateNumber.normalize(fragment);
		List<VehicleView> raw = occupancy.searchPlates(communityId, q, Math.max(1, Math.min(limit, 500)), Map.of());
		Map<Long, String> labels = parties.labels(communityId, raw.stream().map(VehicleView::unitId).toList());
		return raw.stream().map(v -> withLabel(v, labels)).toList();
	}

	static VehicleView withLabel(VehicleView v, Map<Long, String> labels) {
		return new VehicleView(v.id(), v.communityId(), v.unitId(), labels.getOrDefault(v.unitId(), v.unitLabel()),
				v.partyId(), v.partyName(), v.plate(), v.brand(), v.colour(), v.registeredOn(), v.removedOn());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
