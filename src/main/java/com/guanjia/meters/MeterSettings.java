package com.guanjia.meters;

import java.math.BigDecimal;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Per-community thresholds of the reading checks: the spike factor over the median of the
 * last {@code historyMonths} months (3× over 6 by default) and the custodial limits
 * (R7.2; seed 002 "托管期间水表不超过5º，电表不超过20º"), counted per month of the custody period unless
 * {@code custodialBasis} says the whole period (absent: per month). Gas has no limit.
 */
@NamedInterface("api")
public record MeterSettings(BigDecimal spikeFactor, int historyMonths, BigDecimal custodialWaterLimit,
		BigDecimal custodialElectricityLimit, CustodialBasis custodialBasis) {

	public static final MeterSettings DEFAULTS = new MeterSettings(new BigDecimal("3"), 6, new BigDecimal("5"),
			new BigDecimal("20"), CustodialBasis.MONTH);

	public MeterSettings {
		if (custodialBasis == null) {
			custodialBasis = CustodialBasis.MONTH;
		}
	}

	/** The largest custodial limit the settings hold. */
	static final BigDecimal MAX_LIMIT = new BigDecimal("99999999.99");

	public void validate() {
		Problems p = new Problems();
		p.check(spikeFactor != null && spikeFactor.compareTo(BigDecimal.ONE) > 0, "spikeFactor", "meter.factor");
		p.check(historyMonths >= 1 && historyMonths <= 24, "historyMonths", "meter.historyMonths");
		p.check(custodialWaterLimit != null && custodialWaterLimit.signum() >= 0, "custodialWaterLimit",
				"reading.negative");
		p.check(custodialElectricityLimit != null && custodialElectricityLimit.signum() >= 0,
				"custodialElectricityLimit", "reading.negative");
		// The columns hold numeric(10,2) (issue 9 item 16).
		p.check(custodialWaterLimit == null || custodialWaterLimit.compareTo(MAX_LIMIT) <= 0, "custodialWaterLimit",
				"validation.range", 0, MAX_LIMIT);
		p.check(custodialElectricityLimit == null || custodialElectricityLimit.compareTo(MAX_LIMIT) <= 0,
				"custodialElectricityLimit", "validation.range", 0, MAX_LIMIT);
		p.throwIfAny();
	}

	/** The custodial limit of a meter's kind; none for gas (the seed sets none). */
	@Nullable BigDecimal custodialLimit(MeterKind kind) {
		return switch (kind) {
			case WATER -> custodialWaterLimit;
			case ELECTRICITY -> custodialElectricityLimit;
			case GAS -> null;
		};
	}

}
