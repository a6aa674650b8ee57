package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * A contractor to evaluate in a period: who, in which zone, under which rule, and the
 * monthly fee of its contracts in force on the period's last day (none: no fee).
 */
record EvaluationSubject(long communityId, long contractorId, String name, Trade trade, EvaluationPeriod period,
		ZoneId zone, ScoringRule rule, @Nullable BigDecimal monthlyFee) {

	EvaluationSubject withRule(ScoringRule other) {
		return new EvaluationSubject(communityId, contractorId, name, trade, period, zone, other, monthlyFee);
	}

	EvaluationSubject withPeriod(EvaluationPeriod other) {
		return new EvaluationSubject(communityId, contractorId, name, trade, other, zone, rule, monthlyFee);
	}

}
