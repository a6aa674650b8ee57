package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * The deadline check runs exactly once per due execution when two instances share the database:
 * two db-scheduler instances poll one {@code scheduled_tasks} table, and no execution runs twice or
 * overlaps another.
 */
@GuanjiaTest
class DeadlineCheckJobTests {

	@Autowired
	DataSource dataSource;

	record Run(String instance, Instant scheduledFor) {
	}

	@Test
	void twoInstancesOnOneDatabaseRunEachExecutionOnce() {
		String name = Fixtures.unique("deadline-check-test-");
		ConcurrentLinkedQueue<Run> runs = new ConcurrentLinkedQueue<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		RecurringTask<Void> task = Tasks.recurring(name, FixedDelay.of(Duration.ofMillis(300)))
			.execute((instance, context) -> {
				if (running.incrementAndGet() > 1) {
					overlaps.incrementAndGet();
				}
				runs.add(new Run(context.getExecution().pickedBy, context.getExecution().executionTime));
				running.decrementAndGet();
			});
		Scheduler first = DeadlineCheckJob.scheduler(dataSource, task, "instance-a", Duration.ofMillis(100));
		Scheduler second = DeadlineCheckJob.scheduler(dataSource, task, "instance-b", Duration.ofMillis(100));
		first.start();
		second.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> runs.size() >= 8);
		}
		finally {
			first.stop();
			second.stop();
		}
		List<Instant> scheduled = runs.stream().map(Run::scheduledFor).toList();
		assertThat(scheduled).doesNotHaveDuplicates();
		assertThat(overlaps).hasValue(0);
		assertThat(runs).extracting(Run::instance).allMatch(i -> i.equals("instance-a") || i.equals("instance-b"));
	}

}
