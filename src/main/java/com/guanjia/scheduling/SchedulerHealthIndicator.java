package com.guanjia.scheduling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code scheduler} component of {@code /actuator/health/readiness} (issue 9 item
 * 19): DOWN when the db-scheduler scheduler should run on this instance but does not (it
 * failed to start, or the instance is shutting down). Switched off by
 * {@code guanjia.scheduling.enabled=false}, it is UP and says so.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

	private final RecurringJobs jobs;

	private final boolean enabled;

	SchedulerHealthIndicator(RecurringJobs jobs, @Value("${guanjia.scheduling.enabled:true}") boolean enabled) {
		this.jobs = jobs;
		this.enabled = enabled;
	}

	@Override
	public Health health() {
		if (!enabled) {
			return Health.up().withDetail("enabled", false).build();
		}
		return (jobs.isRunning() ? Health.up() : Health.down()).withDetail("enabled", true).build();
	}

}
