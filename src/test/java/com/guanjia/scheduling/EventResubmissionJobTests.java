package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decision 0005: an event publication still incomplete some minutes after it was
 * published (its listener failed, or its instance stopped) is resubmitted by the
 * recurring {@code
 * event-resubmission} job, which two instances run once; a younger one is left to the
 * listener that may still be working on it.
 */
@GuanjiaTest
class EventResubmissionJobTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	EventResubmissionJob job;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aStaleIncompletePublicationIsResubmittedOnceAndAYoungOneIsLeftAlone() {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		// The archive's listener took the unit's UnitRegistered; copy that publication as
		// two that never completed: one published ten minutes ago, one a minute ago.
		UUID done = await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("""
					select id from event_publication where event_type like '%UnitRegistered'
					  and cast(serialized_event as jsonb) ->> 'unitId' = ? and completion_date is not null""")
				.param(String.valueOf(unit))
				.query(UUID.class)
				.optional()
				.orElse(null), id -> id != null);
		UUID stale = copyAsIncomplete(done, Duration.ofMinutes(10));
		UUID young = copyAsIncomplete(done, Duration.ofMinutes(1));

		// The job's task on two instances that share the database: one of them takes the
		// execution.
		RecurringJob once = new RecurringJob() {
			final String name = Fixtures.unique("event-resubmission-test-");

			@Override
			public String name() {
				return name;
			}

			@Override
			public Duration interval() {
				return Duration.ofHours(1);
			}

			@Override
			public void run() {
				job.run();
			}
		};
		Scheduler first = RecurringJobs.scheduler(dataSource, List.of(RecurringJobs.task(once)), "instance-a",
				Duration.ofMillis(100));
		Scheduler second = RecurringJobs.scheduler(dataSource, List.of(RecurringJobs.task(once)), "instance-b",
				Duration.ofMillis(100));
		first.start();
		second.start();
		try {
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(publication(stale)).containsEntry("status", "COMPLETED")
					.containsEntry("completion_attempts", 1));
		}
		finally {
			first.stop();
			second.stop();
		}
		assertThat(publication(young)).containsEntry("status", "PUBLISHED").containsEntry("completion_date", null);
	}

	UUID copyAsIncomplete(UUID publication, Duration age) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
						  completion_attempts)
						select ?, listener_id, event_type, serialized_event, ?, 'PUBLISHED', 0 from event_publication where id = ?""")
			.params(id, OffsetDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC), publication)
			.update();
		return id;
	}

	Map<String, Object> publication(UUID id) {
		return jdbc.sql("select status, completion_attempts, completion_date from event_publication where id = ?")
			.param(id)
			.query()
			.singleRow();
	}

}
