package com.guanjia.cashier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.scheduling.RecurringJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks every few minutes, on one instance, whether a community's business day ends
 * within half an hour and reminds its cashiers to fill in the daily income handover
 * ({@link DailyCloses#remindIfDue}; seed 004 "每工作日結束前半小時", R6.6).
 */
@Component
class CloseReminderJob implements RecurringJob {

	private final DailyCloses closes;

	private final CommunityDirectory communities;

	private final Clock clock;

	private final Duration interval;

	CloseReminderJob(DailyCloses closes, CommunityDirectory communities, Clock clock,
			@Value("${guanjia.cashier.close-reminder-interval:5m}") Duration interval) {
		this.closes = closes;
		this.communities = communities;
		this.clock = clock;
		this.interval = interval;
	}

	@Override
	public String name() {
		return "cashier-close-reminder";
	}

	@Override
	public Duration interval() {
		return interval;
	}

	@Override
	public void run() {
		Instant now = clock.instant();
		for (long communityId : communities.allIds()) {
			closes.remindIfDue(communityId, now);
		}
	}

}
