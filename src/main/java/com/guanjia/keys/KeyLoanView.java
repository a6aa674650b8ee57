package com.guanjia.keys;

import java.time.Instant;
import java.util.List;

import com.guanjia.residents.Standing;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A key loan as pages and the API show it: which key, who borrowed it and why they may,
 * when it went out and came back; {@code overdue} when it is still out after the day it
 * was lent (in the community's zone).
 */
@NamedInterface("api")
public record KeyLoanView(long id, long communityId, long itemId, String itemNumber, long unitId, String unitLabel,
		long borrowerPartyId, String borrowerName, Standing.Kind standing, @Nullable Long authorisationId,
		String purpose, LoanStatus status, Instant lentAt, String lentBy, @Nullable Instant returnedAt,
		@Nullable String receivedBy, boolean overdue, List<LoanAction> actions) {

	public boolean out() {
		return status == LoanStatus.OUT;
	}

}
