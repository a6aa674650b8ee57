package com.guanjia.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;

/**
 * A community's fee rules: how each line is rounded to the fen (half-up unless the
 * company says otherwise), the custodial share of the management fee (70%), days until a
 * bill is due, the late fee (off unless the service contract provides one) and the amount
 * above which a reversal needs a second person's approval.
 */
public record BillingSettings(RoundingMode roundingMode, BigDecimal custodialPercent, int dueDays,
		LateFeeBasis lateFeeBasis, BigDecimal lateFeeRate, Money reversalApprovalThreshold) {

	public static final BillingSettings DEFAULTS = new BillingSettings(RoundingMode.HALF_UP, new BigDecimal("70"), 15,
			LateFeeBasis.OFF, BigDecimal.ZERO, Money.of("500"));

	static final Set<RoundingMode> ALLOWED = Set.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
			RoundingMode.HALF_DOWN, RoundingMode.DOWN, RoundingMode.UP);

	/** 滞纳金: a rate per day or per month of the overdue amount, or none. */
	public enum LateFeeBasis {

		OFF, DAY, MONTH

	}

	public void validate() {
		Problems p = new Problems();
		p.check(roundingMode != null && ALLOWED.contains(roundingMode), "roundingMode", "billing.rounding");
		p.check(custodialPercent != null && custodialPercent.signum() >= 0
				&& custodialPercent.compareTo(new BigDecimal("100")) <= 0, "custodialPercent", "billing.percent");
		p.check(dueDays >= 0 && dueDays <= 90, "dueDays", "billing.dueDays");
		p.required("lateFeeBasis", lateFeeBasis);
		p.check(lateFeeRate != null && lateFeeRate.signum() >= 0 && lateFeeRate.compareTo(new BigDecimal("0.1")) <= 0,
				"lateFeeRate", "billing.lateFeeRate");
		p.check(reversalApprovalThreshold != null && !reversalApprovalThreshold.isNegative(),
				"reversalApprovalThreshold", "billing.threshold");
		p.throwIfAny();
	}

}
