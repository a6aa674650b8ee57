package com.guanjia.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.shared.CommunityId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a community's schedules into the day's rounds (R11.1, R11.2, R11.5, R11.6): a
 * round per window on each scheduled day, and each month a round per vacant unit (from
 * the units' state on the day the month's check is planned) or a route's monthly round.
 * Each round has an occurrence key (schedule, window start; or schedule, month, unit), so
 * planning again — on this instance or another at the same moment — creates nothing
 * twice.
 */
@Component
class RoundPlanner {

	private final ScheduleRepository schedules;

	private final SetupRepository setup;

	private final Rounds rounds;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final JdbcClient jdbc;

	RoundPlanner(ScheduleRepository schedules, SetupRepository setup, Rounds rounds, UnitManagement units,
			CommunityDirectory communities, JdbcClient jdbc) {
		this.schedules = schedules;
		this.setup = setup;
		this.rounds = rounds;
		this.units = units;
		this.communities = communities;
		this.jdbc = jdbc;
	}

	List<Long> communities() {
		return schedules.communitiesWithSchedules();
	}

	/**
	 * Creates the community's rounds of the day {@code now} falls on; answers how many it
	 * asked for.
	 */
	@Transactional
	int plan(long communityId, Instant now) {
		ZoneId zone = communities.timeZone(communityId);
		LocalDate today = LocalDate.ofInstant(now, zone);
		int asked = 0;
		for (ScheduleView s : schedules.list(communityId, true)) {
			asked += switch (s.recurrence()) {
				case DAILY -> windows(s, today, zone);
				case WEEKLY -> s.days().contains(today.getDayOfWeek()) ? windows(s, today, zone) : 0;
				case MONTHLY -> monthly(s, today, zone);
			};
		}
		return asked;
	}

	private int windows(ScheduleView s, LocalDate day, ZoneId zone) {
		List<ScheduleRound.Stop> stops = routeStops(s);
		if (stops.isEmpty()) {
			return 0;
		}
		for (TimeWindow w : s.windows()) {
			Instant start = day.atTime(w.start()).atZone(zone).toInstant();
			Instant end = day.atTime(w.end()).atZone(zone).toInstant();
			rounds.schedule(new ScheduleRound(CommunityId.of(s.communityId()), s.kind(), "s" + s.id() + ":" + start,
					s.name() + " " + w.start() + "–" + w.end(), null, s.routeId(), s.id(), stops, s.assigneeStaffId(),
					start, end));
		}
		return s.windows().size();
	}

	private int monthly(ScheduleView s, LocalDate today, ZoneId zone) {
		if (s.dayOfMonth() == null || today.getDayOfMonth() < s.dayOfMonth()) {
			return 0;
		}
		YearMonth month = YearMonth.from(today);
		Instant start = month.atDay(s.dayOfMonth()).atStartOfDay(zone).toInstant();
		Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		String key = "s" + s.id() + ":" + month;
		if (s.kind() != RoundKind.VACANT_UNIT) {
			List<ScheduleRound.Stop> stops = routeStops(s);
			if (stops.isEmpty()) {
				return 0;
			}
			rounds.schedule(new ScheduleRound(CommunityId.of(s.communityId()), s.kind(), key, s.name() + " " + month,
					null, s.routeId(), s.id(), stops, s.assigneeStaffId(), start, end));
			return 1;
		}
		if (plannedThisMonth(s.communityId(), key)) {
			return 0;
		}
		int asked = 0;
		long after = 0;
		List<UnitView> page;
		do {
			page = units.listAfter(s.communityId(), after, 500);
			for (UnitView u : page) {
				after = u.id();
				if (u.state() == UnitState.VACANT) {
					rounds.schedule(new ScheduleRound(CommunityId.of(s.communityId()), s.kind(), key + ":u" + u.id(),
							u.label(), new RoundSubject(RoundSubject.UNIT, u.id(), u.label()), null, s.id(),
							List.of(new ScheduleRound.Stop(u.label(), s.templateCode(), null, null)),
							s.assigneeStaffId(), start, end));
					asked++;
				}
			}
		}
		while (page.size() == 500);
		return asked;
	}

	/**
	 * Whether this month's vacant units were planned already (they are planned once a
	 * month).
	 */
	private boolean plannedThisMonth(long communityId, String key) {
		return jdbc.sql("""
				select exists (select 1 from inspection_round where community_id = ? and occurrence_key like ?)""")
			.params(communityId, key + ":u%")
			.query(Boolean.class)
			.single();
	}

	private List<ScheduleRound.Stop> routeStops(ScheduleView s) {
		if (s.routeId() == null) {
			return List.of();
		}
		return setup.checkpoints(s.communityId(), s.routeId())
			.stream()
			.filter(CheckpointView::active)
			.map(c -> new ScheduleRound.Stop(c.name(), c.templateCode(), c.id(), c.areaId()))
			.toList();
	}

}
