package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Schedules of rounds: plain records (weekdays kept as a bit mask, Monday = 1). */
@Repository
class ScheduleRepository {

	private static final String SELECT = """
			select s.*, r.name as route_name from inspection_schedule s
			left join inspection_route r on r.community_id = s.community_id and r.id = s.route_id
			""";

	private final JdbcClient jdbc;

	ScheduleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long communityId, String name, RoundKind kind, @Nullable Long routeId, @Nullable String templateCode,
			Recurrence recurrence, Set<DayOfWeek> days, @Nullable Integer dayOfMonth, List<TimeWindow> windows,
			@Nullable Long assigneeStaffId) {
		return jdbc.sql("""
				insert into inspection_schedule (community_id, name, round_kind, route_id, template_code, recurrence,
				  days_of_week, day_of_month, windows, assignee_staff_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(communityId, name, kind.name(), routeId, templateCode, recurrence.name(), mask(days), dayOfMonth,
					TimeWindow.format(windows), assigneeStaffId)
			.query(Long.class)
			.single();
	}

	boolean setActive(long communityId, long id, boolean active) {
		return jdbc
			.sql("update inspection_schedule set active = ?, version = version + 1 where community_id = ? and id = ?")
			.params(active, communityId, id)
			.update() == 1;
	}

	Optional<ScheduleView> find(Collection<Long> communityIds, long id) {
		return jdbc.sql(SELECT + " where s.community_id = any(?) and s.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> view(rs))
			.optional();
	}

	List<ScheduleView> list(long communityId, boolean activeOnly) {
		return jdbc.sql(SELECT + " where s.community_id = ? and (s.active or not ?) order by s.id")
			.params(communityId, activeOnly)
			.query((rs, i) -> view(rs))
			.list();
	}

	/** Communities with an active schedule (the recurring job's work list). */
	List<Long> communitiesWithSchedules() {
		return jdbc.sql("select distinct community_id from inspection_schedule where active order by community_id")
			.query(Long.class)
			.list();
	}

	private static ScheduleView view(ResultSet rs) throws SQLException {
		List<TimeWindow> windows = TimeWindow.parse(rs.getString("windows"));
		return new ScheduleView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("name"),
				RoundKind.valueOf(rs.getString("round_kind")), (Long) rs.getObject("route_id"),
				rs.getString("route_name"), rs.getString("template_code"),
				Recurrence.valueOf(rs.getString("recurrence")), days(rs.getInt("days_of_week")),
				(Integer) rs.getObject("day_of_month"), windows == null ? List.of() : windows,
				(Long) rs.getObject("assignee_staff_id"), rs.getBoolean("active"));
	}

	static int mask(Set<DayOfWeek> days) {
		int mask = 0;
		for (DayOfWeek d : days) {
			mask |= 1 << (d.getValue() - 1);
		}
		return mask;
	}

	static Set<DayOfWeek> days(int mask) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (DayOfWeek d : DayOfWeek.values()) {
			if ((mask & (1 << (d.getValue() - 1))) != 0) {
				days.add(d);
			}
		}
		return days;
	}

}
