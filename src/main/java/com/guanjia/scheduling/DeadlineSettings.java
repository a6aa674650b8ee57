package com.guanjia.scheduling;

import java.sql.Time;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's own deadline rules (overriding the defaults the owning modules give) and
 * its business-hours calendar: working hours, public holidays and make-up working days
 * (调休).
 */
@Service
@Transactional
public class DeadlineSettings {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final AuditTrail audit;

	DeadlineSettings(JdbcClient jdbc, CommunityScope scope, AuditTrail audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<DeadlineRule> rule(long communityId, String ruleKey) {
		return jdbc.sql("""
				select allowed_minutes, end_of_day, mode, warn_share from deadline_rule
				where community_id = ? and rule_key = ?""")
			.params(communityId, ruleKey)
			.query((rs, i) -> new DeadlineRule(Duration.ofMinutes(rs.getLong(1)), rs.getBoolean(2),
					CalendarMode.valueOf(rs.getString(3)), rs.getDouble(4)))
			.optional();
	}

	/** The configured rules of a community, by key. */
	@Transactional(readOnly = true)
	public List<RuleSetting> rules(long communityId) {
		scope.require(communityId);
		return jdbc.sql("""
				select rule_key, allowed_minutes, end_of_day, mode, warn_share from deadline_rule
				where community_id = ? order by rule_key""")
			.param(communityId)
			.query((rs, i) -> new RuleSetting(rs.getString(1), rs.getLong(2), rs.getBoolean(3),
					CalendarMode.valueOf(rs.getString(4)), rs.getDouble(5)))
			.list();
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
		jdbc.sql("""
				insert into deadline_rule (community_id, rule_key, allowed_minutes, end_of_day, mode, warn_share)
				values (?, ?, ?, ?, ?, ?)
				on conflict (community_id, rule_key) do update set allowed_minutes = excluded.allowed_minutes,
				  end_of_day = excluded.end_of_day, mode = excluded.mode, warn_share = excluded.warn_share""")
			.params(communityId, setting.ruleKey().strip(), setting.allowedMinutes(), setting.endOfDay(),
					setting.mode().name(), setting.warnShare())
			.update();
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
		int n = jdbc.sql("delete from deadline_rule where community_id = ? and rule_key = ?")
			.params(communityId, ruleKey)
			.update();
		if (n > 0) {
			audit.record(communityId, "deadline_rule", ruleKey, "default", ruleKey);
		}
	}

	/**
	 * The community's holidays and make-up working days with their names, in date order.
	 */
	@Transactional(readOnly = true)
	public List<CalendarDay> days(long communityId) {
		scope.require(communityId);
		return jdbc.sql("select day, kind, name from calendar_day where community_id = ? order by day")
			.param(communityId)
			.query((rs, i) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
	}

	/**
	 * The community's working time; the standard 08:30–17:30, Monday to Friday, when none
	 * is set.
	 */
	@Transactional(readOnly = true)
	public BusinessCalendar calendar(long communityId) {
		var hours = jdbc.sql("select opens, closes from business_hours where community_id = ?")
			.param(communityId)
			.query((rs, i) -> new LocalTime[] { rs.getTime(1).toLocalTime(), rs.getTime(2).toLocalTime() })
			.optional();
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> makeUp = new HashSet<>();
		jdbc.sql("select day, kind from calendar_day where community_id = ?").param(communityId).query(rs -> {
			("MAKEUP".equals(rs.getString(2)) ? makeUp : holidays).add(rs.getDate(1).toLocalDate());
		});
		LocalTime opens = hours.map(h -> h[0]).orElse(BusinessCalendar.STANDARD.opens());
		LocalTime closes = hours.map(h -> h[1]).orElse(BusinessCalendar.STANDARD.closes());
		return new BusinessCalendar(opens, closes, holidays, makeUp);
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
		jdbc.sql("""
				insert into business_hours (community_id, opens, closes) values (?, ?, ?)
				on conflict (community_id) do update set opens = excluded.opens, closes = excluded.closes""")
			.params(communityId, Time.valueOf(opens), Time.valueOf(closes))
			.update();
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
		if (kind == null) {
			jdbc.sql("delete from calendar_day where community_id = ? and day = ?").params(communityId, day).update();
		}
		else {
			jdbc.sql("""
					insert into calendar_day (community_id, day, kind, name) values (?, ?, ?, ?)
					on conflict (community_id, day) do update set kind = excluded.kind, name = excluded.name""")
				.params(communityId, day, kind.name(), name)
				.update();
		}
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
