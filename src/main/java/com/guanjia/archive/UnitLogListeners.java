package com.guanjia.archive;

import java.util.List;

import com.guanjia.estate.EstateEvents.UnitHandedOver;
import com.guanjia.estate.EstateEvents.UnitRegistered;
import com.guanjia.estate.EstateEvents.UnitReinstated;
import com.guanjia.estate.EstateEvents.UnitRetired;
import com.guanjia.estate.EstateEvents.UnitStateChanged;
import com.guanjia.residents.ResidentsEvents.HouseholdMemberMovedIn;
import com.guanjia.residents.ResidentsEvents.HouseholdMemberMovedOut;
import com.guanjia.residents.ResidentsEvents.OwnerRegistered;
import com.guanjia.residents.ResidentsEvents.OwnershipTransferred;
import com.guanjia.residents.ResidentsEvents.TenantMovedIn;
import com.guanjia.residents.ResidentsEvents.TenantMovedOut;
import com.guanjia.residents.ResidentsEvents.VehicleRegistered;
import com.guanjia.residents.ResidentsEvents.VehicleRemoved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the events of estate and residents into the units' logs (R1.5): after the
 * publisher's commit, in its own transaction, persisted in the publication registry so
 * none is lost. Events with an identity are keyed so a redelivery is logged once.
 */
@Component
class UnitLogListeners {

	private final UnitLog log;

	UnitLogListeners(UnitLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(UnitRegistered e) {
		log.record(e.communityId(), e.unitId(), null, UnitEventKind.UNIT_REGISTERED, List.of(e.label()),
				"estate.UnitRegistered:" + e.unitId());
	}

	@ApplicationModuleListener
	void on(UnitStateChanged e) {
		log.record(e.communityId(), e.unitId(), null, UnitEventKind.STATE_CHANGED,
				List.of("#" + e.from().messageKey(), "#" + e.to().messageKey()), null);
	}

	@ApplicationModuleListener
	void on(UnitHandedOver e) {
		log.record(e.communityId(), e.unitId(), e.handoverDate(), UnitEventKind.HANDED_OVER,
				List.of(e.handoverDate().toString()), "estate.UnitHandedOver:" + e.unitId() + ":" + e.handoverDate());
	}

	@ApplicationModuleListener
	void on(UnitRetired e) {
		log.record(e.communityId(), e.unitId(), e.retiredOn(), UnitEventKind.UNIT_RETIRED, List.of(e.reason()),
				"estate.UnitRetired:" + e.unitId() + ":" + e.retiredOn() + ":" + e.reason().hashCode());
	}

	@ApplicationModuleListener
	void on(UnitReinstated e) {
		log.record(e.communityId(), e.unitId(), e.on(), UnitEventKind.UNIT_REINSTATED, List.of(), null);
	}

	@ApplicationModuleListener
	void on(OwnerRegistered e) {
		log.record(e.communityId(), e.unitId(), e.since(), UnitEventKind.OWNER_REGISTERED, List.of(e.name()),
				"residents.OwnerRegistered:" + e.ownershipId());
	}

	@ApplicationModuleListener
	void on(OwnershipTransferred e) {
		log.record(e.communityId(), e.unitId(), e.date(), UnitEventKind.OWNERSHIP_TRANSFERRED, List
			.of(String.join("、", e.previousOwners()), String.join("、", e.newOwners()), "#" + e.reason().messageKey()),
				"residents.OwnershipTransferred:" + e.transferId());
	}

	@ApplicationModuleListener
	void on(TenantMovedIn e) {
		log.record(e.communityId(), e.unitId(), e.startsOn(), UnitEventKind.TENANT_MOVED_IN, List.of(e.name()),
				"residents.TenantMovedIn:" + e.tenancyId());
	}

	@ApplicationModuleListener
	void on(TenantMovedOut e) {
		log.record(e.communityId(), e.unitId(), e.movedOutOn(), UnitEventKind.TENANT_MOVED_OUT, List.of(e.name()),
				"residents.TenantMovedOut:" + e.tenancyId());
	}

	@ApplicationModuleListener
	void on(HouseholdMemberMovedIn e) {
		log.record(e.communityId(), e.unitId(), e.since(), UnitEventKind.MEMBER_MOVED_IN,
				List.of(e.name(), "#" + e.relation().messageKey()), "residents.HouseholdMemberMovedIn:" + e.memberId());
	}

	@ApplicationModuleListener
	void on(HouseholdMemberMovedOut e) {
		log.record(e.communityId(), e.unitId(), e.movedOutOn(), UnitEventKind.MEMBER_MOVED_OUT, List.of(e.name()),
				"residents.HouseholdMemberMovedOut:" + e.memberId());
	}

	@ApplicationModuleListener
	void on(VehicleRegistered e) {
		log.record(e.communityId(), e.unitId(), null, UnitEventKind.VEHICLE_REGISTERED, List.of(e.plate()),
				"residents.VehicleRegistered:" + e.vehicleId());
	}

	@ApplicationModuleListener
	void on(VehicleRemoved e) {
		log.record(e.communityId(), e.unitId(), e.removedOn(), UnitEventKind.VEHICLE_REMOVED, List.of(e.plate()),
				"residents.VehicleRemoved:" + e.vehicleId());
	}

}
