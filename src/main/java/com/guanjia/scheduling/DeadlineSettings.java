package com.guanjia.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * A community's own deadline rules (overriding the defaults the owning modules give) and
 * its business-hours calendar: working hours, public holidays and make-up working days
 * (调休).
 */
@Service
@Transactional
@NamedInterface("api")
public class DeadlineSettings {

	private final DeadlineSettingsRepository settings;

	private final CommunityScope scope;

	private final AuditTrail audit;

	DeadlineSettings(DeadlineSettingsRepository settings, CommunityScope scope, AuditTrail audit) {
		this.settings = settings;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<DeadlineRule> rule(long communityId, String ruleKey) {
		return settings.rule(communityId, ruleKey);
	}

	/** The configured rules of a community, by key. */
	@Transactional(readOnly = true)
	public List<RuleSetting> rules(long communityId) {
		scope.require(communityId);
		return settings.rules(communityId);
	}

	/**
	 * Sets (or replaces) a community's rule for a key such as
	 * {@code COMPLAINT.MAJOR.RESOLVE}.
	 */
	public RuleSetting setRule(long communityId, RuleSetting setting) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		Problems p = new Problems();
		p.text("ruleKey", setting.ruleKey(), 60);
		p.check(setting.allowedMinutes() >= 0 && setting.allowedMinutes() <= 60L * 24 * 366, "allowedMinutes",
				"validation.range", 0, 60 * 24 * 366);
		p.check(setting.warnShare() > 0 && setting.warnShare() <= 1, "warnShare", "validation.range", 0.01, 1);
		p.required("mode", setting.mode());
		p.throwIfAny();
		settings.putRule(communityId, setting);
		audit.record(communityId, "deadline_rule", setting.ruleKey(), "set", setting.toString());
		return setting;
	}

	/**
	 * Forgets the community's own rule for a key: the owning module's default applies
	 * again.
	 */
	public void clearRule(long communityId, String ruleKey) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		if (settings.removeRule(communityId, ruleKey)) {
			audit.record(communityId, "deadline_rule", ruleKey, "default", ruleKey);
		}
	}

	/**
	 * The community's holidays and make-up working days with their names, in date order.
	 */
	@Transactional(readOnly = true)
	public List<CalendarDay> days(long communityId) {
		scope.require(communityId);
		return settings.days(communityId);
	}

	/**
	 * The community's working time; the standard 08:30–17:30, Monday to Friday, when none
	 * is set.
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar calendar(long communityId) {
		return settings.calendar(communityId);
	}

	/** The calendar for a caller of the community (the API). */
	@Transactional(readOnly = true)
	public BusinessCalendar calendarOf(long communityId) {
		scope.require(communityId);
		return calendar(communityId);
	}

	public void setWorkingHours(long communityId, LocalTime opens, LocalTime closes) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		new Problems().check(opens.isBefore(closes), "closes", "validation.hours.order").throwIfAny();
		settings.putWorkingHours(communityId, opens, closes);
		audit.record(communityId, "business_hours", communityId, "set", opens + "-" + closes);
	}

	/**
	 * Marks a day as a public holiday or a make-up working day (调休上班); null kind clears
	 * it.
	 */
	public void setDay(long communityId, LocalDate day, @Nullable DayKind kind, @Nullable String name) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		new Problems().optionalText("name", name, 50).throwIfAny();
		settings.putDay(communityId, day, kind, name);
		audit.record(communityId, "calendar_day", day, "set", kind + " " + name);
	}

	/**
	 * Marks every day from {@code from} to {@code to} (inclusive, at most 31 days, e.g. a
	 * Spring Festival week) as a holiday or a make-up working day with one name, in one
	 * transaction.
	 */
	public void setDays(long communityId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable DayKind kind,
			@Nullable String name) {
		scope.require(Permission.DEADLINE_ADMIN);
		scope.require(communityId);
		Problems p = new Problems();
		p.required("day", from);
		p.required("kind", kind);
		p.optionalText("name", name, 50);
		if (from != null && to != null) {
			p.check(!to.isBefore(from) && !to.isAfter(from.plusDays(30)), "to", "validation.calendar.range", 31);
		}
		p.throwIfAny();
		LocalDate last = to == null ? from : to;
		String label = name == null || name.isBlank() ? null : name.strip();
		for (LocalDate d = from; !d.isAfter(last); d = d.plusDays(1)) {
			setDay(communityId, d, kind, label);
		}
	}

	/** A holiday or make-up working day of a community's calendar. */
	public record CalendarDay(LocalDate day, DayKind kind, @Nullable String name) {
	}

	public enum DayKind {

		HOLIDAY, MAKEUP

	}

	public record RuleSetting(String ruleKey, long allowedMinutes, boolean endOfDay, CalendarMode mode,
			double warnShare) {
	}

}
