package com.guanjia.residents;

import java.util.List;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

/**
 * A resident's detail. {@code idCardNumber} and {@code phones} are whole only when the
 * caller's role may see them ({@code idCardMasked}, {@code phonesMasked} say which);
 * every tie to a unit, current and past, is listed; {@code retirement} is set when the
 * resident is out of service (decision 0014).
 */
public record ResidentView(long id, long communityId, PartyKind kind, String name, @Nullable Gender gender,
		@Nullable String idCardNumber, boolean idCardMasked, List<String> phones, boolean phonesMasked,
		@Nullable String creditCode, @Nullable String contactName, @Nullable String notes, int version,
		List<OwnershipView> ownerships, List<TenancyView> tenancies, List<HouseholdMemberView> households,
		List<VehicleView> vehicles, @Nullable Retirement retirement) {

	/** Whether the resident is out of service (decision 0014). */
	public boolean retired() {
		return retirement != null;
	}

}
