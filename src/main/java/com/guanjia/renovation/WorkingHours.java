package com.guanjia.renovation;

import java.time.LocalTime;

/**
 * When renovation work is allowed (R9.4): a morning and an afternoon, start included, end
 * excluded; at any other time only with an overtime approval. The corridor check runs
 * half an hour to an hour before the afternoon ends (R9.5, seed 003
 * "每日下午下班提前半小时至1小时检查装修单元的楼道卫生").
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	public boolean allows(LocalTime t) {
		return within(t, morningStart, morningEnd) || within(t, afternoonStart, afternoonEnd);
	}

	/** The corridor check's window: from an hour to half an hour before work ends. */
	public LocalTime corridorCheckFrom() {
		return afternoonEnd.minusHours(1);
	}

	public LocalTime corridorCheckUntil() {
		return afternoonEnd.minusMinutes(30);
	}

	/** "08:00–12:00、14:00–18:00" */
	public String describe() {
		return morningStart + "–" + morningEnd + "、" + afternoonStart + "–" + afternoonEnd;
	}

	private static boolean within(LocalTime t, LocalTime from, LocalTime until) {
		return !t.isBefore(from) && t.isBefore(until);
	}

}
