package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A contractor's month-end evaluation (R11.4) as the page, the print and the export show
 * it: the period (26th to 25th by default), the rule, the deductions and the score, who
 * computed and who signed it; {@code steps} are those the model and the caller's role
 * allow.
 */
@NamedInterface("api")
public record EvaluationView(long id, long communityId, long contractorId, String contractorName, Trade trade,
		YearMonth month, LocalDate periodStart, LocalDate periodEnd, int revision, EvaluationStatus status,
		ScoringRule rule, int failedItems, int overdueItems, BigDecimal deducted, BigDecimal score,
		@Nullable BigDecimal monthlyFee, @Nullable String reason, Instant computedAt, String computedBy,
		@Nullable Instant signedAt, @Nullable String signedBy, int version, List<EvaluationStep> steps,
		List<EvaluationLine> lines) {

	public boolean signed() {
		return status == EvaluationStatus.SIGNED;
	}

	/** Whether the model allows the step now, by name (for templates). */
	public boolean allows(String step) {
		return steps.stream().anyMatch(s -> s.name().equals(step));
	}

}
