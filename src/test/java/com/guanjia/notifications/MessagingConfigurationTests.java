package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 10 item 13: the README's configuration, read through the real
 * {@code application.yml} and environment variables as a deployment sets them. Without
 * any, both channels only log; the README's variables choose Alibaba Cloud SMS with a
 * template per kind and SMTP; a provider without its account stops the start.
 */
class MessagingConfigurationTests {

	static NotificationProperties properties(Map<String, Object> environmentVariables) throws IOException {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					environmentVariables));
		new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		return Binder.get(environment).bindOrCreate("guanjia.notifications", NotificationProperties.class);
	}

	static MessageSenders senders(NotificationProperties properties, JavaMailSender... mail) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (mail.length > 0) {
			beans.addBean("mailSender", mail[0]);
		}
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("mail.subject", Locale.SIMPLIFIED_CHINESE, "【{0}】物业服务通知");
		return new MessagingConfiguration().messageSenders(properties, beans.getBeanProvider(JavaMailSender.class),
				messages);
	}

	@Test
	void withoutConfigurationBothChannelsOnlyLog() throws IOException {
		NotificationProperties defaults = properties(Map.of());
		MessageSenders senders = senders(defaults);
		assertThat(senders.sms()).isInstanceOf(LogOnlySender.class);
		assertThat(senders.email()).isInstanceOf(LogOnlySender.class);
		DeliveryPolicy policy = DeliveryPolicy.of(defaults);
		assertThat(policy.retry()).isEqualTo(new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1)));
		assertThat(policy.smsLimit()).isEqualTo(new SmsRateLimit(5, 10));
		assertThat(defaults.sms().signName()).isEqualTo("管家");
		assertThat(defaults.delivery().interval()).isEqualTo(Duration.ofSeconds(10));
	}

	@Test
	void theReadmesVariablesChooseAlibabaCloudSmsWithATemplatePerKindAndSmtp() throws IOException {
		NotificationProperties configured = properties(Map.of("GUANJIA_NOTIFICATIONS_SMS_PROVIDER", "aliyun",
				"ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-test", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "secret",
				"GUANJIA_SMS_TEMPLATE_PAYMENT_NOTICE", "SMS_1", "GUANJIA_SMS_TEMPLATE_CONFIRMATION_CODE", "SMS_5",
				"GUANJIA_NOTIFICATIONS_SMS_PERPHONEPERHOUR", "3", "GUANJIA_NOTIFICATIONS_EMAIL_PROVIDER", "smtp",
				"GUANJIA_NOTIFICATIONS_EMAIL_FROM", "service@sunshine.example"));
		assertThat(configured.sms().aliyun().accessKeyId()).isEqualTo("LTAI-test");
		assertThat(configured.sms().aliyun().templates().of(SmsKind.PAYMENT_NOTICE)).isEqualTo("SMS_1");
		assertThat(configured.sms().aliyun().templates().of(SmsKind.CONFIRMATION_CODE)).isEqualTo("SMS_5");
		assertThat(configured.sms().aliyun().templates().of(SmsKind.ESCALATION)).isEmpty();
		assertThat(DeliveryPolicy.of(configured).smsLimit()).isEqualTo(new SmsRateLimit(3, 10));
		MessageSenders senders = senders(configured, new JavaMailSenderImpl());
		assertThat(senders.sms()).isInstanceOf(AliyunSmsSender.class);
		assertThat(senders.email()).isInstanceOf(SmtpEmailSender.class);
	}

	@Test
	void aProviderWithoutItsAccountStopsTheStart() throws IOException {
		NotificationProperties noKey = properties(Map.of("GUANJIA_NOTIFICATIONS_SMS_PROVIDER", "aliyun"));
		assertThatThrownBy(() -> senders(noKey)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ALIBABA_CLOUD_ACCESS_KEY_ID");
		NotificationProperties noServer = properties(Map.of("GUANJIA_NOTIFICATIONS_EMAIL_PROVIDER", "smtp"));
		assertThatThrownBy(() -> senders(noServer)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("spring.mail.host");
	}

}
