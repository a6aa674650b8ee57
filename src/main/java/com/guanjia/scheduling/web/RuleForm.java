package com.guanjia.scheduling.web;

import com.guanjia.scheduling.CalendarMode;
import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.scheduling.DeadlineRuleDefault;
import com.guanjia.scheduling.DeadlineSettings.RuleSetting;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A deadline rule as the manager states it: "the same day", or an amount of minutes,
 * hours or days; counted in calendar or working time; a warning when a share of the time
 * has passed.
 */
public class RuleForm {

	/** The most a rule may allow (the service's limit): 366 days. */
	static final long MAX_MINUTES = 60L * 24 * 366;

	public enum Unit {

		MINUTES(1), HOURS(60), DAYS(1440);

		final long minutes;

		Unit(long minutes) {
			this.minutes = minutes;
		}

	}

	private @Nullable Long amount;

	private @Nullable Unit unit = Unit.DAYS;

	private boolean sameDay;

	private @Nullable CalendarMode mode = CalendarMode.CALENDAR;

	private @Nullable Integer warnPercent = 80;

	static RuleForm of(DeadlineRule rule) {
		RuleForm f = new RuleForm();
		long minutes = rule.allowed().toMinutes();
		f.sameDay = rule.endOfDay();
		f.mode = rule.mode();
		f.warnPercent = (int) Math.round(rule.warnShare() * 100);
		if (rule.endOfDay() || minutes == 0) {
			f.amount = null;
		}
		else if (minutes % Unit.DAYS.minutes == 0 && rule.mode() == CalendarMode.CALENDAR) {
			f.amount = minutes / Unit.DAYS.minutes;
			f.unit = Unit.DAYS;
		}
		else if (minutes % Unit.HOURS.minutes == 0) {
			f.amount = minutes / Unit.HOURS.minutes;
			f.unit = Unit.HOURS;
		}
		else {
			f.amount = minutes;
			f.unit = Unit.MINUTES;
		}
		return f;
	}

	/**
	 * The setting to save, or every bad field at once. A rule whose time is agreed with
	 * the resident keeps its allowed time and takes only the warning share.
	 */
	RuleSetting toSetting(DeadlineRuleDefault definition) {
		Problems p = new Problems();
		p.check(warnPercent != null && warnPercent >= 1 && warnPercent <= 100, "warnPercent", "validation.range", 1,
				100);
		if (definition.agreedTime()) {
			p.throwIfAny();
			return new RuleSetting(definition.ruleKey(), definition.rule().allowed().toMinutes(), false,
					CalendarMode.CALENDAR, warnPercent / 100.0);
		}
		p.required("mode", mode);
		if (!sameDay) {
			p.required("unit", unit);
			if (unit != null) {
				long max = MAX_MINUTES / unit.minutes;
				p.check(amount != null && amount >= 1 && amount <= max, "amount", "validation.range", 1, max);
				p.check(!(unit == Unit.DAYS && mode == CalendarMode.BUSINESS), "unit", "deadline.businessDays");
			}
		}
		p.throwIfAny();
		long minutes = sameDay ? 0 : amount * unit.minutes;
		return new RuleSetting(definition.ruleKey(), minutes, sameDay, mode, warnPercent / 100.0);
	}

	public @Nullable Long getAmount() {
		return amount;
	}

	public void setAmount(@Nullable Long amount) {
		this.amount = amount;
	}

	public @Nullable Unit getUnit() {
		return unit;
	}

	public void setUnit(@Nullable Unit unit) {
		this.unit = unit;
	}

	public boolean isSameDay() {
		return sameDay;
	}

	public void setSameDay(boolean sameDay) {
		this.sameDay = sameDay;
	}

	public @Nullable CalendarMode getMode() {
		return mode;
	}

	public void setMode(@Nullable CalendarMode mode) {
		this.mode = mode;
	}

	public @Nullable Integer getWarnPercent() {
		return warnPercent;
	}

	public void setWarnPercent(@Nullable Integer warnPercent) {
		this.warnPercent = warnPercent;
	}

}
