package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's recurring jobs (the deadline check, the resubmission of stale event
 * publications) run in one db-scheduler instance per application instance, and each
 * execution of each job runs exactly once when two instances share the database: no
 * execution runs twice or overlaps another of the same job.
 */
@GuanjiaTest
class RecurringJobsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	List<RecurringJob> jobs;

	record Run(String job, String instance, Instant scheduledFor) {
	}

	@Test
	void theApplicationSchedulesTheDeadlineCheckAndTheEventResubmission() {
		assertThat(jobs).extracting(RecurringJob::name)
			.contains(DeadlineCheckJob.TASK_NAME, EventResubmissionJob.TASK_NAME)
			.doesNotHaveDuplicates();
	}

	@Test
	void twoInstancesOnOneDatabaseRunEachExecutionOfEachJobOnce() {
		ConcurrentLinkedQueue<Run> runs = new ConcurrentLinkedQueue<>();
		Map<String, AtomicInteger> running = new ConcurrentHashMap<>();
		AtomicInteger overlaps = new AtomicInteger();
		List<String> names = List.of(Fixtures.unique("deadline-check-test-"),
				Fixtures.unique("event-resubmission-test-"));
		// The jobs' tasks as RecurringJobs builds them, but recording which instance ran
		// which execution.
		List<RecurringTask<Void>> tasks = names.stream()
			.map(name -> Tasks.recurring(name, FixedDelay.of(Duration.ofMillis(300))).execute((instance, context) -> {
				AtomicInteger now = running.computeIfAbsent(name, n -> new AtomicInteger());
				if (now.incrementAndGet() > 1) {
					overlaps.incrementAndGet();
				}
				runs.add(new Run(name, context.getExecution().pickedBy, context.getExecution().executionTime));
				now.decrementAndGet();
			}))
			.toList();
		Scheduler first = RecurringJobs.scheduler(dataSource, tasks, "instance-a", Duration.ofMillis(100));
		Scheduler second = RecurringJobs.scheduler(dataSource, tasks, "instance-b", Duration.ofMillis(100));
		first.start();
		second.start();
		try {
			// Enough executions of each job, and both instances took some: a test in
			// which
			// one instance did all the work would prove nothing about the sharing.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> names.stream().allMatch(n -> runs.stream().filter(r -> r.job().equals(n)).count() >= 6)
						&& runs.stream().map(Run::instance).distinct().count() == 2);
		}
		finally {
			first.stop();
			second.stop();
		}
		for (String name : names) {
			List<Instant> scheduled = runs.stream().filter(r -> r.job().equals(name)).map(Run::scheduledFor).toList();
			assertThat(scheduled).as(name).doesNotHaveDuplicates();
		}
		assertThat(overlaps).hasValue(0);
		assertThat(runs).extracting(Run::instance)
			.containsOnly("instance-a", "instance-b")
			.contains("instance-a", "instance-b");
	}

}
