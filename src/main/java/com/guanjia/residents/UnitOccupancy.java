package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentsEvents.OwnerRegistered;
import com.guanjia.residents.ResidentsEvents.TenantMovedIn;
import com.guanjia.residents.ResidentsEvents.TenantMovedOut;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is tied to a unit (R1.3): owners (several per unit, with optional shares; a party
 * may own several units) and tenants, and the occupants view of a unit with its ownership
 * history. Household members and vehicles are in {@link HouseholdRegistry}; transfers in
 * {@link OwnershipTransfers}.
 */
@Service
@Transactional
@NamedInterface("api")
public class UnitOccupancy {

	private final OccupancyRepository occupancy;

	private final Parties parties;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	UnitOccupancy(OccupancyRepository occupancy, Parties parties, UnitManagement units, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.occupancy = occupancy;
		this.parties = parties;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	/** Registers an owner of a unit (another joint owner when it already has some). */
	public OwnershipView registerOwner(long communityId, OwnerCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		LocalDate today = parties.today(communityId);
		Problems p = new Problems();
		p.required("unitId", command.unitId());
		parties.validate(p, "", command.partyId(), command.party(), OccupantRole.OWNER);
		Parties.validateShare(p, "share", command.share());
		parties.notFuture(p, "since", command.since(), today);
		p.throwIfAny();
		UnitView unit = parties.unit(communityId, command.unitId());
		PartyRecord party = parties.resolve(communityId, "", command.partyId(), command.party(), OccupantRole.OWNER);
		Map<Long, String> labels = Map.of(unit.id(), unit.label());
		List<OwnershipView> current = occupancy.currentOwnersForUpdate(communityId, unit.id(), labels);
		if (current.stream().anyMatch(o -> o.partyId() == party.id())) {
			throw ValidationException.of("partyId", "owner.alreadyOwner", party.name(), unit.label());
		}
		checkShares(current, command.share());
		LocalDate since = command.since() == null ? today : command.since();
		long id = occupancy.insertOwnership(communityId, unit.id(), party.id(), command.share(), since, null,
				parties.now());
		audit.record(communityId, "ownership", id, "create", unit.label() + " " + party.name());
		events.publishEvent(new OwnerRegistered(communityId, unit.id(), id, party.id(), party.name(), since));
		return occupancy.ownershipsOfUnit(communityId, unit.id(), labels)
			.stream()
			.filter(o -> o.id() == id)
			.findFirst()
			.orElseThrow();
	}

	/** Joint owners' shares, where given, add up to at most 100%. */
	static void checkShares(List<OwnershipView> current, @Nullable BigDecimal share) {
		if (share == null) {
			return;
		}
		BigDecimal taken = current.stream()
			.map(OwnershipView::share)
			.filter(s -> s != null)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (taken.add(share).compareTo(BigDecimal.valueOf(100)) > 0) {
			throw ValidationException.of("share", "owner.shareExceeded", BigDecimal.valueOf(100).subtract(taken));
		}
	}

	public TenancyView moveIn(long communityId, TenantCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		LocalDate today = parties.today(communityId);
		LocalDate startsOn = command.startsOn() == null ? today : command.startsOn();
		Problems p = new Problems();
		p.required("unitId", command.unitId());
		parties.validate(p, "", command.partyId(), command.party(), OccupantRole.TENANT);
		parties.notFuture(p, "startsOn", startsOn, today);
		p.check(command.endsOn() == null || !command.endsOn().isBefore(startsOn), "endsOn", "validation.date.order");
		p.throwIfAny();
		UnitView unit = parties.unit(communityId, command.unitId());
		PartyRecord party = parties.resolve(communityId, "", command.partyId(), command.party(), OccupantRole.TENANT);
		if (occupancy.livesThere("tenancy", communityId, unit.id(), party.id())) {
			throw ValidationException.of("partyId", "tenant.alreadyLiving", party.name(), unit.label());
		}
		long id = occupancy.insertTenancy(communityId, unit.id(), party.id(), startsOn, command.endsOn(),
				parties.now());
		audit.record(communityId, "tenancy", id, "create", unit.label() + " " + party.name());
		events.publishEvent(
				new TenantMovedIn(communityId, unit.id(), id, party.id(), party.name(), startsOn, command.endsOn()));
		return occupancy.tenancy(communityId, id, Map.of(unit.id(), unit.label())).orElseThrow();
	}

	/**
	 * The tenant moves out on {@code date} (today when absent); a second move-out is
	 * refused (409).
	 */
	public TenancyView moveOut(long tenancyId, @Nullable LocalDate date) {
		scope.require(Permission.PEOPLE_WRITE);
		long[] where = occupancy.locateTenancy(scope.allowedIds(), tenancyId)
			.orElseThrow(() -> new NotFoundException("tenancy", tenancyId));
		long communityId = where[0];
		Map<Long, String> labels = parties.labels(communityId, List.of(where[1]));
		TenancyView before = occupancy.tenancy(communityId, tenancyId, labels).orElseThrow();
		LocalDate today = parties.today(communityId);
		LocalDate on = date == null ? today : date;
		Problems p = new Problems();
		parties.notFuture(p, "date", on, today);
		p.check(!on.isBefore(before.startsOn()), "date", "tenant.moveOutBeforeStart", before.startsOn());
		p.throwIfAny();
		if (!occupancy.moveOutTenant(communityId, tenancyId, on)) {
			throw new ConflictException("tenant.alreadyMovedOut", before.partyName());
		}
		audit.record(communityId, "tenancy", tenancyId, "move-out", before.unitLabel() + " " + before.partyName());
		events.publishEvent(
				new TenantMovedOut(communityId, before.unitId(), tenancyId, before.partyId(), before.partyName(), on));
		return occupancy.tenancy(communityId, tenancyId, labels).orElseThrow();
	}

	/**
	 * Everyone tied to a unit now, and its ownership history (phones masked). 404 outside
	 * the caller's scope.
	 */
	@Transactional(readOnly = true)
	public OccupantsView occupants(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		long c = unit.communityId();
		Map<Long, String> labels = Map.of(unit.id(), unit.label());
		List<OwnershipView> history = occupancy.ownershipsOfUnit(c, unit.id(), labels);
		List<TenancyView> tenancies = occupancy.tenanciesOfUnit(c, unit.id(), labels);
		return new OccupantsView(unit.id(), c, unit.label(), history.stream().filter(OwnershipView::current).toList(),
				tenancies.stream().filter(TenancyView::current).toList(),
				occupancy.membersOfUnit(c, unit.id(), labels).stream().filter(HouseholdMemberView::current).toList(),
				occupancy.vehiclesOfUnit(c, unit.id(), labels).stream().filter(VehicleView::current).toList(), history,
				occupancy.transfersOfUnit(c, unit.id(), unit.label(), history),
				tenancies.stream().filter(t -> !t.current()).toList());
	}

}
