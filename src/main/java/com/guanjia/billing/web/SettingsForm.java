package com.guanjia.billing.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.guanjia.billing.BillingSettings;
import com.guanjia.billing.BillingSettings.LateFeeBasis;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A community's fee rules as finance states them: the late fee as a percentage of the
 * overdue amount (0.05 % a day), not as the stored fraction (0.0005).
 */
public class SettingsForm {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private @Nullable RoundingMode roundingMode;

	private @Nullable BigDecimal custodialPercent;

	private @Nullable Integer dueDays;

	private @Nullable LateFeeBasis lateFeeBasis;

	private @Nullable BigDecimal lateFeePercent;

	private @Nullable BigDecimal reversalApprovalThreshold;

	static SettingsForm of(BillingSettings s) {
		SettingsForm f = new SettingsForm();
		f.roundingMode = s.roundingMode();
		f.custodialPercent = plain(s.custodialPercent());
		f.dueDays = s.dueDays();
		f.lateFeeBasis = s.lateFeeBasis();
		f.lateFeePercent = plain(s.lateFeeRate().multiply(HUNDRED));
		f.reversalApprovalThreshold = s.reversalApprovalThreshold().amount();
		return f;
	}

	/** 70, not 70.00 or 7E+1, in the field. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	/**
	 * The settings to save; missing or malformed fields are named before the service
	 * checks the rest.
	 */
	BillingSettings toSettings() {
		Problems p = new Problems();
		p.required("roundingMode", roundingMode);
		p.required("custodialPercent", custodialPercent);
		p.required("dueDays", dueDays);
		p.required("lateFeeBasis", lateFeeBasis);
		p.required("lateFeePercent", lateFeePercent);
		p.required("reversalApprovalThreshold", reversalApprovalThreshold);
		p.check(reversalApprovalThreshold == null || reversalApprovalThreshold.stripTrailingZeros().scale() <= 2,
				"reversalApprovalThreshold", "validation.money.scale");
		p.throwIfAny();
		return new BillingSettings(roundingMode, custodialPercent, dueDays, lateFeeBasis,
				lateFeePercent.divide(HUNDRED), Money.of(reversalApprovalThreshold));
	}

	public @Nullable RoundingMode getRoundingMode() {
		return roundingMode;
	}

	public void setRoundingMode(@Nullable RoundingMode roundingMode) {
		this.roundingMode = roundingMode;
	}

	public @Nullable BigDecimal getCustodialPercent() {
		return custodialPercent;
	}

	public void setCustodialPercent(@Nullable BigDecimal custodialPercent) {
		this.custodialPercent = custodialPercent;
	}

	public @Nullable Integer getDueDays() {
		return dueDays;
	}

	public void setDueDays(@Nullable Integer dueDays) {
		this.dueDays = dueDays;
	}

	public @Nullable LateFeeBasis getLateFeeBasis() {
		return lateFeeBasis;
	}

	public void setLateFeeBasis(@Nullable LateFeeBasis lateFeeBasis) {
		this.lateFeeBasis = lateFeeBasis;
	}

	public @Nullable BigDecimal getLateFeePercent() {
		return lateFeePercent;
	}

	public void setLateFeePercent(@Nullable BigDecimal lateFeePercent) {
		this.lateFeePercent = lateFeePercent;
	}

	public @Nullable BigDecimal getReversalApprovalThreshold() {
		return reversalApprovalThreshold;
	}

	public void setReversalApprovalThreshold(@Nullable BigDecimal reversalApprovalThreshold) {
		this.reversalApprovalThreshold = reversalApprovalThreshold;
	}

}
