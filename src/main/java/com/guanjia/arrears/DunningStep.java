package com.guanjia.arrears;

/**
 * A rung of a community's dunning ladder: its order, from how many days overdue it is
 * due, and whether it is a printed letter. Defaults (per source 002): a reminder by phone
 * or SMS when a bill is overdue, the formal demand letter by express mail after 3 months,
 * a home visit after 6 months, legal referral after a year.
 */
public record DunningStep(String code, int seq, int minDays, boolean printable) {

	public String messageKey() {
		return "dunning.step." + code;
	}

	static final java.util.List<DunningStep> DEFAULTS = java.util.List.of(new DunningStep("REMINDER", 1, 1, false),
			new DunningStep("DEMAND_LETTER", 2, 90, true), new DunningStep("HOME_VISIT", 3, 180, false),
			new DunningStep("LEGAL", 4, 365, false));

}
