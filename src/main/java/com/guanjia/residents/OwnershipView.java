package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One ownership of a unit: current while {@code endedOn} is null, history afterwards
 * (closed by the transfer {@code endedByTransfer}). Phones are masked.
 */
public record OwnershipView(long id, long communityId, long unitId, String unitLabel, long partyId, PartyKind partyKind,
		String partyName, List<String> phones, @Nullable BigDecimal share, LocalDate since, @Nullable LocalDate endedOn,
		@Nullable Long startedByTransfer, @Nullable Long endedByTransfer) {

	public boolean current() {
		return endedOn == null;
	}

}
