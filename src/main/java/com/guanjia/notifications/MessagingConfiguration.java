package com.guanjia.notifications;

import java.time.Clock;
import java.util.Locale;

import com.guanjia.platform.db.AdvisoryLocks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chooses each channel's sender from {@code guanjia.notifications.sms.provider}
 * ({@code log} or {@code aliyun}) and {@code guanjia.notifications.email.provider}
 * ({@code log} or {@code smtp}), both {@code log} by default, and sets up the delivery
 * job. A provider chosen without its account fails the start, not the first message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class MessagingConfiguration {

	@Bean
	MessageSenders messageSenders(NotificationProperties properties, ObjectProvider<JavaMailSender> mail,
			MessageSource messages) {
		MessageSender sms = switch (properties.sms().provider()) {
			case LOG -> new LogOnlySender();
			case ALIYUN -> new AliyunSmsSender(properties.sms().aliyun(), properties.sms().signName());
		};
		MessageSender email = switch (properties.email().provider()) {
			case LOG -> new LogOnlySender();
			case SMTP -> new SmtpEmailSender(mail.getIfAvailable(() -> {
				throw new IllegalStateException(
						"guanjia.notifications.email.provider=smtp needs an SMTP server: set spring.mail.host");
			}), properties.email().from(), messages.getMessage("mail.subject",
					new Object[] { properties.sms().signName() }, Locale.SIMPLIFIED_CHINESE));
		};
		return new MessageSenders(sms, email);
	}

	@Bean
	DeliveryPolicy deliveryPolicy(NotificationProperties properties) {
		return DeliveryPolicy.of(properties);
	}

	@Bean
	OutboxDelivery outboxDelivery(OutboxRepository outbox, MessageSenders senders, DeliveryPolicy policy,
			TransactionTemplate transactions, AdvisoryLocks locks, Clock clock) {
		return new OutboxDelivery(outbox, senders, policy, transactions, locks, clock);
	}

	@Bean
	OutboxDeliveryJob outboxDeliveryJob(OutboxDelivery delivery, NotificationProperties properties) {
		return new OutboxDeliveryJob(delivery, properties.delivery().interval());
	}

}
