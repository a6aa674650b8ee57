package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.support.Fixtures;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Schedules create exactly the right rounds once, however many instances plan at the same
 * moment (issue 11 item 3; R11.1, R11.2, R11.5): twice a day, Tuesday and Wednesday,
 * Thursday, and each month one round per vacant unit; a round nobody started is flagged
 * missed once, in the app and the outbox.
 */
@GuanjiaTest
class RoundScheduleTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	Schedules schedules;

	@Autowired
	RoundPlanner planner;

	@Autowired
	InspectionJob job;

	@Autowired
	UnitManagement units;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	Estate e;

	@BeforeEach
	void setUp() {
		e = inspections.estate("计划花园");
		long building = fixtures.building(e.communityId(), "9").id();
		Fixtures.as(Fixtures.ROOT, () -> {
			for (String room : List.of("101", "102", "103")) {
				units.register(e.communityId(),
						new UnitCommand(building, "1", room, UnitKind.RESIDENCE, 1, new BigDecimal("88.00"),
								room.equals("103") ? UnitState.OCCUPIED : UnitState.VACANT, LocalDate.of(2024, 1, 1)));
			}
			schedules.create(e.communityId(), new Schedules.NewSchedule("日常巡查", RoundKind.PATROL, e.route().id(),
					Recurrence.DAILY, null, null, "08:00-12:00,14:00-18:00", e.butler().staffId()));
			schedules.create(e.communityId(), new Schedules.NewSchedule("楼道照明与卫生", RoundKind.CORRIDOR, e.route().id(),
					Recurrence.WEEKLY, Set.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), null, "09:00-11:00", null));
			schedules.create(e.communityId(), new Schedules.NewSchedule("公共设施与绿化", RoundKind.FACILITIES, e.route().id(),
					Recurrence.WEEKLY, Set.of(DayOfWeek.THURSDAY), null, "14:00-17:00", null));
			schedules.create(e.communityId(), new Schedules.NewSchedule("空置房月检", RoundKind.VACANT_UNIT, null,
					Recurrence.MONTHLY, null, 1, null, null));
		});
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	record Planned(String kind, String day, String start) {
	}

	List<Planned> planned() {
		return jdbc.sql("""
				select kind, to_char(window_start at time zone 'Asia/Shanghai', 'Dy'),
				  to_char(window_start at time zone 'Asia/Shanghai', 'MM-DD HH24:MI')
				from inspection_round where community_id = ? order by window_start, kind, id""")
			.param(e.communityId())
			.query((rs, i) -> new Planned(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Two instances plan the community at the same moment. */
	void planTwiceAtOnce(Instant now) throws Exception {
		clock.set(now);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return planner.plan(e.communityId(), now);
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aWeekOfSchedulesMakesExactlyTheRoundsOnceAcrossTwoInstances() throws Exception {
		// Tuesday 1 December 2026 to Monday 7 December, planned each day at 00:30 and
		// again at 13:00.
		for (int d = 0; d < 7; d++) {
			LocalDate day = LocalDate.of(2026, 12, 1).plusDays(d);
			planTwiceAtOnce(day.atTime(LocalTime.of(0, 30)).atZone(SHANGHAI).toInstant());
			planTwiceAtOnce(day.atTime(LocalTime.of(13, 0)).atZone(SHANGHAI).toInstant());
		}
		List<Planned> rounds = planned();
		assertThat(rounds).filteredOn(r -> r.kind().equals("PATROL"))
			.extracting(Planned::start)
			.containsExactly("12-01 08:00", "12-01 14:00", "12-02 08:00", "12-02 14:00", "12-03 08:00", "12-03 14:00",
					"12-04 08:00", "12-04 14:00", "12-05 08:00", "12-05 14:00", "12-06 08:00", "12-06 14:00",
					"12-07 08:00", "12-07 14:00");
		assertThat(rounds).filteredOn(r -> r.kind().equals("CORRIDOR"))
			.extracting(Planned::start)
			.containsExactly("12-01 09:00", "12-02 09:00");
		assertThat(rounds).filteredOn(r -> r.kind().equals("FACILITIES"))
			.extracting(Planned::start)
			.containsExactly("12-03 14:00");
		assertThat(rounds).filteredOn(r -> r.kind().equals("VACANT_UNIT"))
			.extracting(Planned::start)
			.as("one round per vacant unit (two of three), from the 1st")
			.containsExactly("12-01 00:00", "12-01 00:00");
		assertThat(rounds).hasSize(14 + 2 + 1 + 2);
		assertThat(jdbc.sql("""
				select count(*) from inspection_round r where community_id = ? and kind = 'VACANT_UNIT'
				  and window_end = '2027-01-01 00:00+08' and subject_kind = 'UNIT'""")
			.param(e.communityId())
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc
			.sql("select count(*) from inspection_round where community_id = ? and kind = 'PATROL'"
					+ " and assignee_staff_id = ?")
			.params(e.communityId(), e.butler().staffId())
			.query(Long.class)
			.single()).isEqualTo(14);
	}

	@Test
	void theJobOnTwoSchedulerInstancesPlansTheDayOnce() {
		clock.set(LocalDate.of(2026, 12, 3).atTime(7, 0).atZone(SHANGHAI).toInstant());
		String name = Fixtures.unique("inspection-rounds-test-");
		AtomicInteger runs = new AtomicInteger();
		var task = Tasks.recurring(name, FixedDelay.of(Duration.ofMillis(200))).execute((instance, context) -> {
			job.run();
			runs.incrementAndGet();
		});
		List<Scheduler> instances = List.of("instance-a", "instance-b")
			.stream()
			.map(n -> Scheduler.create(dataSource, List.of())
				.startTasks(List.of(task))
				.schedulerName(new SchedulerName.Fixed(n))
				.pollingInterval(Duration.ofMillis(100))
				.threads(1)
				.build())
			.toList();
		instances.forEach(Scheduler::start);
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> runs.get() >= 4);
		}
		finally {
			instances.forEach(Scheduler::stop);
		}
		// Thursday: two patrols and the public-facility check; the month's two vacant
		// units.
		assertThat(planned()).extracting(Planned::kind)
			.containsExactlyInAnyOrder("VACANT_UNIT", "VACANT_UNIT", "PATROL", "FACILITIES", "PATROL");
	}

	@Test
	void aRoundNobodyStartedIsFlaggedMissedOnceInTheAppAndTheOutbox() throws Exception {
		Instant start = TestClockConfiguration.START;
		RoundId round = inspections.round(e, Fixtures.unique("r"), start.minusSeconds(7200), start.minusSeconds(3600),
				null);
		RoundId running = inspections.round(e, Fixtures.unique("r"), start.minusSeconds(7200), start.plusSeconds(3600),
				null);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> flagged = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				flagged.add(pool.submit(() -> {
					go.await();
					return job.flagMissed(start);
				}));
			}
			go.countDown();
			int total = 0;
			for (Future<Integer> f : flagged) {
				total += f.get();
			}
			assertThat(total).isGreaterThanOrEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		job.flagMissed(start.plusSeconds(60));
		assertThat(jdbc.sql("""
				select count(*) from inspection_history where community_id = ? and subject = 'ROUND' and subject_id = ?
				  and action = 'MISS'""").params(e.communityId(), round.value()).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select status from inspection_round where community_id = ? and id = ?")
			.params(e.communityId(), running.value())
			.query(String.class)
			.single()).as("its window is still open").isEqualTo("DUE");
		assertThat(
				jdbc.sql("select count(*) from event_publication where serialized_event like ? and event_type like ?")
					.params("%\"roundId\":" + round.value() + ",%", "%RoundMissed")
					.query(Long.class)
					.single())
			.as("one event, however many checks")
			.isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(jdbc
				.sql("select count(*) from notification where community_id = ? and event_key = ?"
						+ " and recipient_role = 'SUPERVISOR'")
				.params(e.communityId(), "round-missed:" + round.value())
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key = ?")
				.params(e.communityId(), "round-missed:" + round.value())
				.query(Long.class)
				.single()).isEqualTo(1);
		});
	}

}
