package com.guanjia.residents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened in the people registry, published as persisted domain events. They carry
 * names for logs but never ID numbers or phones.
 */
public final class ResidentsEvents {

	private ResidentsEvents() {
	}

	@NamedInterface("api")
	public record OwnerRegistered(long communityId, long unitId, long ownershipId, long partyId, String name,
			LocalDate since) {
	}

	@NamedInterface("api")
	public record OwnershipTransferred(long communityId, long unitId, long transferId, LocalDate date,
			TransferReason reason, List<Long> previousPartyIds, List<String> previousOwners, List<Long> newPartyIds,
			List<String> newOwners) {
	}

	@NamedInterface("api")
	public record TenantMovedIn(long communityId, long unitId, long tenancyId, long partyId, String name,
			LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	@NamedInterface("api")
	public record TenantMovedOut(long communityId, long unitId, long tenancyId, long partyId, String name,
			LocalDate movedOutOn) {
	}

	@NamedInterface("api")
	public record HouseholdMemberMovedIn(long communityId, long unitId, long memberId, long partyId, String name,
			HouseholdRelation relation, LocalDate since) {
	}

	@NamedInterface("api")
	public record HouseholdMemberMovedOut(long communityId, long unitId, long memberId, long partyId, String name,
			LocalDate movedOutOn) {
	}

	@NamedInterface("api")
	public record VehicleRegistered(long communityId, long unitId, long vehicleId, String plate) {
	}

	@NamedInterface("api")
	public record VehicleRemoved(long communityId, long unitId, long vehicleId, String plate, LocalDate removedOn) {
	}

	/**
	 * An owner authorised a proxy to act for them on a unit (委托书, R8.1); the proxy's ID
	 * number stays in the module.
	 */
	public record AuthorisationRecorded(long communityId, long unitId, long authorisationId, long ownerPartyId,
			long proxyPartyId, String proxyName) {
	}

	/** A batch of owners registered from a spreadsheet (one event, not one per row). */
	public record OwnersImported(long communityId, int ownerships, int newParties) {
	}

}
