package com.guanjia.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline check on a fixed delay through db-scheduler: the schedule lives in the
 * {@code scheduled_tasks} table and each execution is claimed by exactly one instance, however many
 * share the database. Switched off with {@code guanjia.scheduling.enabled=false} (the test suite
 * calls {@link Deadlines#check()} itself, on its own clock).
 */
@Component
class DeadlineCheckJob implements SmartLifecycle {

	static final String TASK_NAME = "deadline-check";

	private static final Logger log = LoggerFactory.getLogger(DeadlineCheckJob.class);

	private final DataSource dataSource;

	private final Deadlines deadlines;

	private final boolean enabled;

	private final Duration interval;

	private volatile Scheduler scheduler;

	DeadlineCheckJob(DataSource dataSource, Deadlines deadlines,
			@Value("${guanjia.scheduling.enabled:true}") boolean enabled,
			@Value("${guanjia.scheduling.deadline-check-interval:30s}") Duration interval) {
		this.dataSource = dataSource;
		this.deadlines = deadlines;
		this.enabled = enabled;
		this.interval = interval;
	}

	/** The recurring task, with the work it runs; package-visible so a test can build two instances. */
	static RecurringTask<Void> task(String name, Duration interval, Runnable work) {
		return Tasks.recurring(name, FixedDelay.of(interval)).execute((instance, context) -> work.run());
	}

	static Scheduler scheduler(DataSource dataSource, RecurringTask<Void> task, String instanceName,
			Duration pollingInterval) {
		return Scheduler.create(dataSource, List.of())
			.startTasks(task)
			.schedulerName(new SchedulerName.Fixed(instanceName))
			.pollingInterval(pollingInterval)
			.threads(1)
			.build();
	}

	@Override
	public void start() {
		if (!enabled) {
			return;
		}
		RecurringTask<Void> task = task(TASK_NAME, interval, () -> {
			var result = deadlines.check();
			if (result.warned() + result.breached() > 0) {
				log.info("Deadline check: {} warnings, {} breaches", result.warned(), result.breached());
			}
		});
		scheduler = scheduler(dataSource, task, new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid(),
				Duration.ofSeconds(10));
		scheduler.start();
	}

	@Override
	public void stop() {
		if (scheduler != null) {
			scheduler.stop();
			scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return scheduler != null;
	}

}
