package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A change of ownership (产权转让, R1.4): on {@code date} every current owner of the unit
 * hands it to the new owners (existing or new parties, with optional shares), for a
 * reason and under a contract. The previous ownerships are closed, never deleted.
 */
public record TransferCommand(@Nullable Long unitId, @Nullable LocalDate date, @Nullable TransferReason reason,
		@Nullable String contractNo, @Nullable String note, @Nullable List<NewOwner> newOwners) {

	/** One owner after the transfer. */
	public record NewOwner(@Nullable Long partyId, @Nullable PartyCommand party, @Nullable BigDecimal share) {
	}

	void validate(Problems p) {
		p.required("unitId", unitId).required("date", date).required("reason", reason);
		p.optionalText("contractNo", contractNo, 50).optionalText("note", note, 500);
		if (newOwners == null || newOwners.isEmpty()) {
			p.add("newOwners", "transfer.newOwnersRequired");
		}
		else {
			p.check(newOwners.size() <= 10, "newOwners", "transfer.tooManyOwners", 10);
		}
	}

	List<NewOwner> owners() {
		return newOwners == null ? List.of() : newOwners;
	}

}
