package com.guanjia.inspections;

import java.math.BigDecimal;
import java.util.List;

/**
 * A community's month-end settings (R11.4): the period's end day ("月底(25号)做出评估") and the
 * scoring rule of each contracted trade, the default where the community has set none
 * ({@code custom} false, version 0).
 */
public record EvaluationSettingsView(long communityId, int periodEndDay, int version, List<TradeRule> rules) {

	/**
	 * A trade's rule: base, deduction per failed item (times its weight), overdue factor,
	 * floor.
	 */
	public record TradeRule(Trade trade, BigDecimal baseScore, BigDecimal deductionPerItem, BigDecimal overdueFactor,
			BigDecimal floorScore, int version, boolean custom) {

	}

}
