package com.guanjia.renovation;

import java.math.BigDecimal;
import java.time.LocalTime;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A community's renovation rules: the working hours (R9.4, seed 000 "装修单元正常施工时间为每天上午至时;
 * 下午至時,如需超时工作或在规定时间外工作,须获得管理处书面同意" — 08:00–12:00 and 14:00–18:00 unless the community
 * says otherwise), the garbage-removal fee and the deposit asked at the permit (R9.3),
 * and the longest permit in days.
 */
public record RenovationSettings(@Nullable LocalTime morningStart, @Nullable LocalTime morningEnd,
		@Nullable LocalTime afternoonStart, @Nullable LocalTime afternoonEnd, @Nullable BigDecimal garbageFee,
		@Nullable BigDecimal deposit, int maxPermitDays, int version) {

	public static final RenovationSettings DEFAULTS = new RenovationSettings(LocalTime.of(8, 0), LocalTime.of(12, 0),
			LocalTime.of(14, 0), LocalTime.of(18, 0), new BigDecimal("300.00"), new BigDecimal("2000.00"), 90, 0);

	public void validate() {
		Problems p = new Problems();
		p.required("morningStart", morningStart)
			.required("morningEnd", morningEnd)
			.required("afternoonStart", afternoonStart)
			.required("afternoonEnd", afternoonEnd);
		if (morningStart != null && morningEnd != null && afternoonStart != null && afternoonEnd != null) {
			p.check(morningStart.isBefore(morningEnd), "morningEnd", "renovation.time.order");
			p.check(!afternoonStart.isBefore(morningEnd), "afternoonStart", "renovation.time.order");
			p.check(afternoonStart.isBefore(afternoonEnd), "afternoonEnd", "renovation.time.order");
		}
		p.check(garbageFee != null && garbageFee.signum() >= 0 && garbageFee.scale() <= 2
				&& garbageFee.compareTo(new BigDecimal("100000")) < 0, "garbageFee", "renovation.money");
		p.check(deposit != null && deposit.signum() >= 0 && deposit.scale() <= 2
				&& deposit.compareTo(new BigDecimal("1000000")) < 0, "deposit", "renovation.money");
		p.check(maxPermitDays >= 1 && maxPermitDays <= 366, "maxPermitDays", "renovation.permitDays");
		p.throwIfAny();
	}

	/** The working hours as a policy. */
	public WorkingHours hours() {
		return new WorkingHours(java.util.Objects.requireNonNull(morningStart),
				java.util.Objects.requireNonNull(morningEnd), java.util.Objects.requireNonNull(afternoonStart),
				java.util.Objects.requireNonNull(afternoonEnd));
	}

}
