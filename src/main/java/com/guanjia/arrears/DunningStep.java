package com.guanjia.arrears;

/**
 * The measures of the dunning ladder (R6.7), as seed 002 lists them (催缴费用): "可电话、短信提醒
 * 对方应缴纳的费用、时间、期限等；电话通知后三个月内仍未缴纳的业主，通过特快专递的方式给对方发出正式催缴函；对不交费又长期居住在小区的业主，
 * 可上门拜访催缴；对长期无端拒缴、性质特别恶劣的业主，可通过法律渠道处理". When each may be taken is {@link DunningLadder}'s
 * business. Cutting water, power, heat or gas is no measure at all (Civil Code art. 944).
 */
public enum DunningStep {

	/** 电话、短信提醒: from the first day a bill is overdue. */
	REMINDER(false),
	/** 正式催缴函 by express mail: three months after the reminder, still unpaid. */
	DEMAND_LETTER(true),
	/** 上门拜访催缴: only where the owner lives in the estate (长期居住在小区). */
	HOME_VISIT(false),
	/**
	 * 法律渠道: a manager's decision with its reason (长期无端拒缴、性质特别恶劣), never a deadline.
	 */
	LEGAL(false);

	private final boolean printable;

	DunningStep(boolean printable) {
		this.printable = printable;
	}

	public String code() {
		return name();
	}

	/** Whether the step is a printed letter. */
	public boolean printable() {
		return printable;
	}

	public String messageKey() {
		return "dunning.step." + name();
	}

	/** The step of a code, if it is one (history holds codes of retired steps too). */
	static java.util.Optional<DunningStep> of(String code) {
		for (DunningStep s : values()) {
			if (s.name().equals(code)) {
				return java.util.Optional.of(s);
			}
		}
		return java.util.Optional.empty();
	}

}
