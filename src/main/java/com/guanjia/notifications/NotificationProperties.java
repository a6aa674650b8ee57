package com.guanjia.notifications;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code guanjia.notifications.*}: how the outbox is delivered. Both channels only log
 * unless a provider is configured (README, "Messages: SMS and e-mail").
 */
@ConfigurationProperties("guanjia.notifications")
record NotificationProperties(@DefaultValue Delivery delivery, @DefaultValue Sms sms, @DefaultValue Email email) {

	/** The delivery job: how often it runs, how much it takes at once, retries. */
	record Delivery(@DefaultValue("10s") Duration interval, @DefaultValue("100") int batchSize,
			@DefaultValue("5") int maxAttempts, @DefaultValue("1m") Duration firstRetryDelay,
			@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("5m") Duration sendingLease) {
	}

	enum SmsProvider {

		LOG, ALIYUN

	}

	/**
	 * SMS: the provider, the sign name the provider shows as 【管家】, and how many SMS one
	 * phone gets at most per hour and per day.
	 */
	record Sms(@DefaultValue("log") SmsProvider provider, @DefaultValue("管家") String signName,
			@DefaultValue("5") int perPhonePerHour, @DefaultValue("10") int perPhonePerDay,
			@DefaultValue Aliyun aliyun) {
	}

	/** Alibaba Cloud SMS (dysmsapi 2017-05-25): the account and a template per kind. */
	record Aliyun(@Nullable String accessKeyId, @Nullable String accessKeySecret,
			@DefaultValue("dysmsapi.aliyuncs.com") String endpoint, @DefaultValue("https") String protocol,
			@DefaultValue Templates templates) {
	}

	/** The provider's template code (SMS_123456789) of each kind of SMS. */
	record Templates(@Nullable String paymentNotice, @Nullable String dunningReminder, @Nullable String escalation,
			@Nullable String complaint, @Nullable String confirmationCode, @Nullable String mailArrived,
			@Nullable String roundMissed, @Nullable String rectification, @Nullable String renovationPermitted,
			@Nullable String renovationViolation, @Nullable String renovationEscalated) {

		@Nullable String of(SmsKind kind) {
			return switch (kind) {
				case PAYMENT_NOTICE -> paymentNotice;
				case DUNNING_REMINDER -> dunningReminder;
				case ESCALATION -> escalation;
				case COMPLAINT -> complaint;
				case CONFIRMATION_CODE -> confirmationCode;
				case MAIL_ARRIVED -> mailArrived;
				case ROUND_MISSED -> roundMissed;
				case RECTIFICATION -> rectification;
				case RENOVATION_PERMITTED -> renovationPermitted;
				case RENOVATION_VIOLATION -> renovationViolation;
				case RENOVATION_ESCALATED -> renovationEscalated;
			};
		}

	}

	enum EmailProvider {

		LOG, SMTP

	}

	/**
	 * E-mail: the provider ({@code smtp} uses Spring Boot's {@code spring.mail.*} server)
	 * and the sender address.
	 */
	record Email(@DefaultValue("log") EmailProvider provider, @DefaultValue("guanjia@localhost") String from) {
	}

}
