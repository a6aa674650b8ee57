package com.guanjia.meters;

import java.math.BigDecimal;

import com.guanjia.shared.Problems;

/**
 * Per-community thresholds of the reading checks: the spike factor over the median of the
 * last {@code historyMonths} months (3× over 6 by default) and the custodial monthly
 * limits (R7.2).
 */
public record MeterSettings(BigDecimal spikeFactor, int historyMonths, BigDecimal custodialWaterLimit,
		BigDecimal custodialElectricityLimit) {

	public static final MeterSettings DEFAULTS = new MeterSettings(new BigDecimal("3"), 6, new BigDecimal("5"),
			new BigDecimal("20"));

	public void validate() {
		Problems p = new Problems();
		p.check(spikeFactor != null && spikeFactor.compareTo(BigDecimal.ONE) > 0, "spikeFactor", "meter.factor");
		p.check(historyMonths >= 1 && historyMonths <= 24, "historyMonths", "meter.historyMonths");
		p.check(custodialWaterLimit != null && custodialWaterLimit.signum() >= 0, "custodialWaterLimit",
				"reading.negative");
		p.check(custodialElectricityLimit != null && custodialElectricityLimit.signum() >= 0,
				"custodialElectricityLimit", "reading.negative");
		p.throwIfAny();
	}

	BigDecimal custodialLimit(MeterKind kind) {
		return kind == MeterKind.WATER ? custodialWaterLimit : custodialElectricityLimit;
	}

}
