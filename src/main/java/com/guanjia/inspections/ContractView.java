package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A contractor's contract: its number, term, monthly fee and the areas it covers (R11.4).
 */
public record ContractView(long id, long contractorId, String number, LocalDate startsOn, @Nullable LocalDate endsOn,
		BigDecimal monthlyFee, List<AreaView> areas) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

}
