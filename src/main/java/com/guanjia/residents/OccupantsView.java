package com.guanjia.residents;

import java.util.List;

/**
 * Who is tied to a unit now (owners, tenants, household members, vehicles) and the unit's
 * ownership history (every ownership ever, oldest first) with the transfers that changed
 * it. Phones are masked (it is a list).
 */
public record OccupantsView(long unitId, long communityId, String unitLabel, List<OwnershipView> owners,
		List<TenancyView> tenants, List<HouseholdMemberView> members, List<VehicleView> vehicles,
		List<OwnershipView> ownershipHistory, List<TransferView> transfers, List<TenancyView> pastTenants) {

	public boolean empty() {
		return owners.isEmpty() && tenants.isEmpty() && members.isEmpty() && vehicles.isEmpty()
				&& ownershipHistory.isEmpty();
	}

}
