package com.guanjia.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The application's one db-scheduler {@link Scheduler}: runs every {@link RecurringJob}
 * bean as a recurring task. The schedule lives in the {@code scheduled_tasks} table and
 * each execution is claimed by exactly one instance, however many share the database.
 * Switched off with {@code guanjia.scheduling.enabled=false} (the test suite runs the
 * jobs' work itself, on its own clock).
 */
@Component
class RecurringJobs implements SmartLifecycle {

	private final DataSource dataSource;

	private final List<RecurringJob> jobs;

	private final boolean enabled;

	private volatile Scheduler scheduler;

	RecurringJobs(DataSource dataSource, List<RecurringJob> jobs,
			@Value("${guanjia.scheduling.enabled:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.jobs = jobs;
		this.enabled = enabled;
	}

	/** The db-scheduler task of a job. */
	static RecurringTask<Void> task(RecurringJob job) {
		return Tasks.recurring(job.name(), FixedDelay.of(job.interval())).execute((instance, context) -> job.run());
	}

	/**
	 * One scheduler for all the tasks; package-visible so a test can start two instances.
	 */
	static Scheduler scheduler(DataSource dataSource, List<RecurringTask<Void>> tasks, String instanceName,
			Duration pollingInterval) {
		return Scheduler.create(dataSource, List.of())
			.startTasks(tasks)
			.schedulerName(new SchedulerName.Fixed(instanceName))
			.pollingInterval(pollingInterval)
			.threads(1)
			.build();
	}

	@Override
	public void start() {
		if (!enabled || jobs.isEmpty()) {
			return;
		}
		scheduler = scheduler(dataSource, jobs.stream().map(RecurringJobs::task).toList(),
				new SchedulerName.Hostname().getName() + "-" + ProcessHandle.current().pid(), Duration.ofSeconds(10));
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
