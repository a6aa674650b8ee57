package com.guanjia.notifications;

import java.time.Duration;

/**
 * How the delivery job works: messages taken per round, retries, the per-phone SMS limit,
 * and how long a send may stay unfinished before it counts as interrupted.
 */
record DeliveryPolicy(int batchSize, RetryPolicy retry, SmsRateLimit smsLimit, Duration sendingLease) {

	static DeliveryPolicy of(NotificationProperties properties) {
		NotificationProperties.Delivery d = properties.delivery();
		return new DeliveryPolicy(d.batchSize(),
				new RetryPolicy(d.maxAttempts(), d.firstRetryDelay(), d.maxRetryDelay()),
				new SmsRateLimit(properties.sms().perPhonePerHour(), properties.sms().perPhonePerDay()),
				d.sendingLease());
	}

}
