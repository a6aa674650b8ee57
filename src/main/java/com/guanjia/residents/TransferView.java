package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A recorded ownership transfer: who handed the unit to whom, when and why. */
public record TransferView(long id, long communityId, long unitId, String unitLabel, LocalDate date,
		TransferReason reason, @Nullable String contractNo, @Nullable String note, List<PartyShare> previousOwners,
		List<PartyShare> newOwners, Instant recordedAt, String recordedBy) {

	/** A party on one side of a transfer. */
	public record PartyShare(long partyId, String name, @Nullable BigDecimal share) {
	}

}
