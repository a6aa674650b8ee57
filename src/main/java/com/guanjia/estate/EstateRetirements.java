package com.guanjia.estate;

import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.EstateEvents.UnitReinstated;
import com.guanjia.estate.EstateEvents.UnitRetired;
import com.guanjia.estate.RetirementRepository.Table;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Retirement;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes units, buildings, parking spaces and communities out of service, brings them
 * back, and deletes those nothing refers to (decision 0014).
 * <p>
 * A retired record keeps its row: history, ledgers and reports still name it, and its own
 * page shows it marked retired; lists, search and pickers leave it out unless asked. A
 * building is retired after its units, a community after its buildings and parking
 * spaces, so no record in service hangs under a retired one; a record comes back only
 * under a parent in service. Deleting is for a record registered by mistake: refused
 * (409, naming what) while any module's {@link ReferenceCheck} finds a reference. Every
 * step is audited with its date and reason.
 */
@Service
@Transactional
public class EstateRetirements {

	private final RetirementRepository rows;

	private final UnitManagement units;

	private final ParkingManagement parking;

	private final CommunityManagement communities;

	private final CommunityDirectory directory;

	private final RegistryReferences references;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EstateRetirements(RetirementRepository rows, UnitManagement units, ParkingManagement parking,
			CommunityManagement communities, CommunityDirectory directory, RegistryReferences references,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.rows = rows;
		this.units = units;
		this.parking = parking;
		this.communities = communities;
		this.directory = directory;
		this.references = references;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- units -------------------------------------------------------------------------

	/**
	 * Retires a unit (merged, split, registered twice): billing runs and work-order
	 * intake leave it out from now on; its ledger, orders and log stay.
	 */
	public UnitView retireUnit(long unitId, @Nullable LocalDate retiredOn, @Nullable String reason) {
		scope.require(Permission.ESTATE_WRITE);
		UnitView unit = units.get(unitId);
		requireInService(unit.retirement(), unit.label());
		Retirement retirement = Retirement.of(retiredOn, reason, today(unit.communityId()));
		retire(Table.UNIT, unit.communityId(), unitId, retirement, unit.label());
		events.publishEvent(
				new UnitRetired(unit.communityId(), unitId, unit.label(), retirement.retiredOn(), retirement.reason()));
		return units.get(unitId);
	}

	/** Brings a retired unit back into service; its building must be in service. */
	public UnitView reinstateUnit(long unitId) {
		scope.require(Permission.ESTATE_WRITE);
		UnitView unit = units.get(unitId);
		requireRetired(unit.retirement(), unit.label());
		BuildingView building = units.building(unit.buildingId());
		if (building.retired()) {
			throw new RuleViolationException("unit.reinstate.buildingRetired", unit.label(), building.name());
		}
		reinstate(Table.UNIT, unit.communityId(), unitId, unit.label());
		events.publishEvent(new UnitReinstated(unit.communityId(), unitId, unit.label(), today(unit.communityId())));
		return units.get(unitId);
	}

	/** Deletes a unit nothing refers to, in this module or any other. */
	public void deleteUnit(long unitId) {
		scope.require(Permission.ESTATE_WRITE);
		UnitView unit = units.get(unitId);
		references.requireUnreferenced(RegistryRecord.unit(unit.communityId(), unitId), unit.label());
		rows.delete(Table.UNIT, unit.communityId(), unitId);
		audit.record(unit.communityId(), "unit", unitId, "delete", unit.label());
	}

	// --- buildings ---------------------------------------------------------------------

	/** Retires a building whose units are all retired (a building pulled down). */
	public BuildingView retireBuilding(long buildingId, @Nullable LocalDate retiredOn, @Nullable String reason) {
		scope.require(Permission.ESTATE_WRITE);
		BuildingView building = units.building(buildingId);
		requireInService(building.retirement(), building.name());
		Retirement retirement = Retirement.of(retiredOn, reason, today(building.communityId()));
		long inService = rows.unitsInService(building.communityId(), buildingId);
		if (inService > 0) {
			throw new RuleViolationException("building.retire.unitsInService", building.name(), inService);
		}
		retire(Table.BUILDING, building.communityId(), buildingId, retirement, building.name());
		return units.building(buildingId);
	}

	/** Brings a retired building back; its community must be in service. */
	public BuildingView reinstateBuilding(long buildingId) {
		scope.require(Permission.ESTATE_WRITE);
		BuildingView building = units.building(buildingId);
		requireRetired(building.retirement(), building.name());
		units.requireInService(building.communityId());
		reinstate(Table.BUILDING, building.communityId(), buildingId, building.name());
		return units.building(buildingId);
	}

	/**
	 * Deletes a building nothing refers to: no unit, retired or not, and no other record.
	 */
	public void deleteBuilding(long buildingId) {
		scope.require(Permission.ESTATE_WRITE);
		BuildingView building = units.building(buildingId);
		references.requireUnreferenced(RegistryRecord.building(building.communityId(), buildingId), building.name());
		rows.delete(Table.BUILDING, building.communityId(), buildingId);
		audit.record(building.communityId(), "building", buildingId, "delete", building.code() + " " + building.name());
	}

	// --- parking spaces ----------------------------------------------------------------

	/**
	 * Retires a parking space (removed, merged): billing runs no longer charge its rent.
	 */
	public ParkingSpaceView retireParkingSpace(long id, @Nullable LocalDate retiredOn, @Nullable String reason) {
		scope.require(Permission.ESTATE_WRITE);
		ParkingSpaceView space = parking.get(id);
		requireInService(space.retirement(), space.code());
		Retirement retirement = Retirement.of(retiredOn, reason, today(space.communityId()));
		retire(Table.PARKING_SPACE, space.communityId(), id, retirement, space.code());
		return parking.get(id);
	}

	/** Brings a retired parking space back; its community must be in service. */
	public ParkingSpaceView reinstateParkingSpace(long id) {
		scope.require(Permission.ESTATE_WRITE);
		ParkingSpaceView space = parking.get(id);
		requireRetired(space.retirement(), space.code());
		units.requireInService(space.communityId());
		reinstate(Table.PARKING_SPACE, space.communityId(), id, space.code());
		return parking.get(id);
	}

	/** Deletes a parking space nothing refers to. */
	public void deleteParkingSpace(long id) {
		scope.require(Permission.ESTATE_WRITE);
		ParkingSpaceView space = parking.get(id);
		references.requireUnreferenced(RegistryRecord.parkingSpace(space.communityId(), id), space.code());
		rows.delete(Table.PARKING_SPACE, space.communityId(), id);
		audit.record(space.communityId(), "parking", id, "delete", space.code());
	}

	// --- communities -------------------------------------------------------------------

	/**
	 * Retires a community the company no longer manages, once its buildings and parking
	 * spaces are retired. It stays in its staff's scope, so its history, ledgers and
	 * reports can still be opened; it is never deleted (its departments, settings and
	 * audit log refer to it from the day it was created).
	 */
	public CommunityView retireCommunity(long id, @Nullable LocalDate retiredOn, @Nullable String reason) {
		scope.require(Permission.COMMUNITY_ADMIN);
		CommunityView community = communities.get(id);
		requireInService(community.retirement(), community.name());
		Retirement retirement = Retirement.of(retiredOn, reason, today(id));
		long buildings = rows.buildingsInService(id);
		long spaces = rows.parkingSpacesInService(id);
		if (buildings + spaces > 0) {
			throw new RuleViolationException("community.retire.inService", community.name(), buildings, spaces);
		}
		if (!rows.retireCommunity(id, retirement)) {
			throw new ConflictException("registry.alreadyRetired", community.name());
		}
		audit.record(id, "community", id, "retire", describe(community.name(), retirement));
		return communities.get(id);
	}

	/** Brings a retired community back into service. */
	public CommunityView reinstateCommunity(long id) {
		scope.require(Permission.COMMUNITY_ADMIN);
		CommunityView community = communities.get(id);
		requireRetired(community.retirement(), community.name());
		if (!rows.reinstateCommunity(id)) {
			throw new ConflictException("registry.notRetired", community.name());
		}
		audit.record(id, "community", id, "reinstate", community.name());
		return communities.get(id);
	}

	// --- the steps every record takes
	// ---------------------------------------------------

	private void retire(Table table, long communityId, long id, Retirement retirement, String label) {
		if (!rows.retire(table, communityId, id, retirement)) {
			throw new ConflictException("registry.alreadyRetired", label);
		}
		audit.record(communityId, auditType(table), id, "retire", describe(label, retirement));
	}

	private void reinstate(Table table, long communityId, long id, String label) {
		if (!rows.reinstate(table, communityId, id)) {
			throw new ConflictException("registry.notRetired", label);
		}
		audit.record(communityId, auditType(table), id, "reinstate", label);
	}

	private static void requireInService(@Nullable Retirement retirement, String label) {
		if (retirement != null) {
			throw new ConflictException("registry.alreadyRetired", label);
		}
	}

	private static void requireRetired(@Nullable Retirement retirement, String label) {
		if (retirement == null) {
			throw new ConflictException("registry.notRetired", label);
		}
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(directory.timeZone(communityId)));
	}

	/** The audit log's entity types, as the registry's other writes name them. */
	private static String auditType(Table table) {
		return switch (table) {
			case UNIT -> "unit";
			case BUILDING -> "building";
			case PARKING_SPACE -> "parking";
		};
	}

	private static String describe(String label, Retirement retirement) {
		return label + " retired on " + retirement.retiredOn() + ": " + retirement.reason();
	}

}
