package com.guanjia.scheduling;

import java.sql.Time;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.guanjia.scheduling.DeadlineSettings.CalendarDay;
import com.guanjia.scheduling.DeadlineSettings.DayKind;
import com.guanjia.scheduling.DeadlineSettings.RuleSetting;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's own deadline rules and its business-hours calendar (plain settings, no
 * states): every statement names the community.
 */
@Repository
class DeadlineSettingsRepository {

	private final JdbcClient jdbc;

	DeadlineSettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<DeadlineRule> rule(long communityId, String ruleKey) {
		return jdbc.sql("""
				select allowed_minutes, end_of_day, mode, warn_share from deadline_rule
				where community_id = ? and rule_key = ?""")
			.params(communityId, ruleKey)
			.query((rs, i) -> new DeadlineRule(Duration.ofMinutes(rs.getLong(1)), rs.getBoolean(2),
					CalendarMode.valueOf(rs.getString(3)), rs.getDouble(4)))
			.optional();
	}

	List<RuleSetting> rules(long communityId) {
		return jdbc.sql("""
				select rule_key, allowed_minutes, end_of_day, mode, warn_share from deadline_rule
				where community_id = ? order by rule_key""")
			.param(communityId)
			.query((rs, i) -> new RuleSetting(rs.getString(1), rs.getLong(2), rs.getBoolean(3),
					CalendarMode.valueOf(rs.getString(4)), rs.getDouble(5)))
			.list();
	}

	void putRule(long communityId, RuleSetting setting) {
		jdbc.sql("""
				insert into deadline_rule (community_id, rule_key, allowed_minutes, end_of_day, mode, warn_share)
				values (?, ?, ?, ?, ?, ?)
				on conflict (community_id, rule_key) do update set allowed_minutes = excluded.allowed_minutes,
				  end_of_day = excluded.end_of_day, mode = excluded.mode, warn_share = excluded.warn_share""")
			.params(communityId, setting.ruleKey().strip(), setting.allowedMinutes(), setting.endOfDay(),
					setting.mode().name(), setting.warnShare())
			.update();
	}

	/** Whether there was a rule to remove. */
	boolean removeRule(long communityId, String ruleKey) {
		return jdbc.sql("delete from deadline_rule where community_id = ? and rule_key = ?")
			.params(communityId, ruleKey)
			.update() > 0;
	}

	List<CalendarDay> days(long communityId) {
		return jdbc.sql("select day, kind, name from calendar_day where community_id = ? order by day")
			.param(communityId)
			.query((rs, i) -> new CalendarDay(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2)),
					rs.getString(3)))
			.list();
	}

	/** The community's working time; the standard one when none is set. */
	BusinessCalendar calendar(long communityId) {
		var hours = jdbc.sql("select opens, closes from business_hours where community_id = ?")
			.param(communityId)
			.query((rs, i) -> new LocalTime[] { rs.getTime(1).toLocalTime(), rs.getTime(2).toLocalTime() })
			.optional();
		Set<LocalDate> holidays = new HashSet<>();
		Set<LocalDate> makeUp = new HashSet<>();
		jdbc.sql("select day, kind from calendar_day where community_id = ?").param(communityId).query(rs -> {
			(DayKind.MAKEUP.name().equals(rs.getString(2)) ? makeUp : holidays).add(rs.getDate(1).toLocalDate());
		});
		LocalTime opens = hours.map(h -> h[0]).orElse(BusinessCalendar.STANDARD.opens());
		LocalTime closes = hours.map(h -> h[1]).orElse(BusinessCalendar.STANDARD.closes());
		return new BusinessCalendar(opens, closes, holidays, makeUp);
	}

	void putWorkingHours(long communityId, LocalTime opens, LocalTime closes) {
		jdbc.sql("""
				insert into business_hours (community_id, opens, closes) values (?, ?, ?)
				on conflict (community_id) do update set opens = excluded.opens, closes = excluded.closes""")
			.params(communityId, Time.valueOf(opens), Time.valueOf(closes))
			.update();
	}

	/**
	 * Marks the day as a holiday or make-up working day, or clears it ({@code kind}
	 * null).
	 */
	void putDay(long communityId, LocalDate day, @Nullable DayKind kind, @Nullable String name) {
		if (kind == null) {
			jdbc.sql("delete from calendar_day where community_id = ? and day = ?").params(communityId, day).update();
			return;
		}
		jdbc.sql("""
				insert into calendar_day (community_id, day, kind, name) values (?, ?, ?, ?)
				on conflict (community_id, day) do update set kind = excluded.kind, name = excluded.name""")
			.params(communityId, day, kind.name(), name)
			.update();
	}

}
