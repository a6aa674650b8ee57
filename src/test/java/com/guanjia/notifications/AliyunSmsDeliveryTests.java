package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.guanjia.notifications.NotificationProperties.Aliyun;
import com.guanjia.notifications.NotificationProperties.Templates;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 item 13: SMS leave the building through Alibaba Cloud SMS's official SDK. The
 * SDK talks to a local stub of the provider's API, so the test sees what a real account
 * would receive: the template of the message's kind, the sign name 管家 (shown as 【管家】),
 * the phone and the template's variables. A failed answer is retried with exponential
 * backoff, a permanent refusal is not, and a phone gets at most its share of SMS per
 * hour. The shared context keeps its log-only sender: this test builds its own delivery
 * around the SDK adapter (seed 003: 相关事项需告知业户的及时短信通知; 002: 可电话、 短信提醒对方应缴纳的费用).
 */
@GuanjiaTest
class AliyunSmsDeliveryTests {

	static final Templates TEMPLATES = new Templates("SMS_100000001", "SMS_100000002", "SMS_100000003", "SMS_100000004",
			"SMS_100000005", "SMS_100000006", "SMS_100000007", "SMS_100000008", "SMS_100000009", "SMS_100000010",
			"SMS_100000011");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxRepository repository;

	@Autowired
	OutboxRows rows;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AdvisoryLocks locks;

	@Autowired
	MutableClock clock;

	ProviderStub provider;

	long community;

	@BeforeEach
	void setUp() throws IOException {
		provider = new ProviderStub();
		community = fixtures.community("短信小区").id();
	}

	@AfterEach
	void tearDown() {
		provider.close();
		clock.set(TestClockConfiguration.START);
	}

	AliyunSmsSender sender(Templates templates) {
		return new AliyunSmsSender(new Aliyun("test-access-key", "test-secret", provider.endpoint(), "http", templates),
				"管家");
	}

	OutboxDelivery delivery(RetryPolicy retry, SmsRateLimit limit) {
		return new OutboxDelivery(repository, new MessageSenders(sender(TEMPLATES), new LogOnlySender()),
				new DeliveryPolicy(100, retry, limit, Duration.ofMinutes(5)), transactions, locks, clock);
	}

	OutboxDelivery delivery() {
		return delivery(new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1)), new SmsRateLimit(5, 10));
	}

	String queueCode(String key, String phone, String code) {
		notifications.queue(community, key, "SMS", null, null, phone, "notice.confirmationCode", "WO-20261130-0007",
				code);
		return key;
	}

	@Test
	void theRequestCarriesTheTemplateTheSignNameThePhoneAndTheVariables() throws Exception {
		String phone = OutboxRows.phone();
		SendReceipt receipt = sender(TEMPLATES)
			.send(new OutgoingMessage(41, community, Channel.SMS, phone, null, "sms.paymentNotice",
					List.of("阳光花园", "3-2-1502", "2026年11月", "71.60", "143.20", "2026年12月15日"), "【管家】…"));

		assertThat(receipt.provider()).isEqualTo("aliyun");
		assertThat(receipt.reference()).isEqualTo("biz-1");
		assertThat(provider.requests()).singleElement().satisfies(r -> {
			assertThat(r.method()).isEqualTo("POST");
			assertThat(r.headers()).containsEntry("x-acs-action", "SendSms")
				.containsEntry("x-acs-version", "2017-05-25");
			assertThat(r.headers().get("authorization")).startsWith("ACS3-HMAC-SHA256 Credential=test-access-key");
			assertThat(r.param("PhoneNumbers")).isEqualTo(phone);
			assertThat(r.param("SignName")).isEqualTo("管家");
			assertThat(r.param("TemplateCode")).isEqualTo("SMS_100000001");
			assertThat(r.param("TemplateParam")).isEqualTo("""
					{"community":"阳光花园","unit":"3-2-1502","period":"2026年11月","amount":"71.60",\
					"owed":"143.20","due":"2026年12月15日"}""");
			assertThat(r.param("OutId")).isEqualTo("41");
		});
	}

	@Test
	void aKindWithoutATemplateOrWithTheWrongArgumentsFailsPermanently() {
		Templates none = new Templates(null, null, null, null, " ", null, null, null, null, null, null);
		assertThatThrownBy(() -> sender(none).send(new OutgoingMessage(1, community, Channel.SMS, OutboxRows.phone(),
				null, "notice.confirmationCode", List.of("WO-1", "1234"), "…")))
			.isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.permanent()).isTrue())
			.hasMessageContaining("CONFIRMATION_CODE");
		assertThatThrownBy(() -> sender(TEMPLATES).send(new OutgoingMessage(1, community, Channel.SMS,
				OutboxRows.phone(), null, "notice.confirmationCode", List.of("WO-1"), "…")))
			.isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.permanent()).isTrue());
		assertThat(provider.requests()).isEmpty();
	}

	@Test
	void aFailedSendIsRetriedAfterItsBackoffAndThenSent() {
		String phone = OutboxRows.phone();
		String key = queueCode(Fixtures.unique("code:"), phone, "4321");
		provider.plan(ProviderStub.serverError());
		Instant start = clock.instant();

		OutboxDelivery delivery = delivery();
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 1, 0, 0));
		OutboxRows.Row failedOnce = rows.byKey(community, key);
		assertThat(failedOnce.status()).isEqualTo("RETRY");
		assertThat(failedOnce.attempts()).isEqualTo(1);
		assertThat(failedOnce.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
		assertThat(failedOnce.lastError()).contains("isp.SYSTEM_ERROR");

		// not due yet: nothing is sent
		clock.set(start.plusSeconds(59));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 0, 0));
		assertThat(provider.requests()).hasSize(1);

		clock.set(start.plus(Duration.ofMinutes(1)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(1, 0, 0, 0));
		OutboxRows.Row sent = rows.byKey(community, key);
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.provider()).isEqualTo("aliyun");
		assertThat(sent.providerRef()).isEqualTo("biz-1");
		assertThat(sent.sentAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
		assertThat(sent.lastError()).isNull();
		assertThat(sent.text()).isEqualTo("【管家】您的报修 WO-20261130-0007 已完工，确认码 4321，请告知维修人员以签认。");
		assertThat(rows.attemptOutcomes(community, sent.id())).containsExactly("RETRY", "SENT");
		assertThat(provider.requestsTo(phone)).hasSize(2)
			.allSatisfy(r -> assertThat(r.param("TemplateParam"))
				.isEqualTo("{\"number\":\"WO-20261130-0007\",\"code\":\"4321\"}"));
	}

	@Test
	void theBackoffDoublesAndTheLastAttemptGivesUp() {
		String key = queueCode(Fixtures.unique("code:"), OutboxRows.phone(), "1111");
		provider.plan(ProviderStub.serverError(), ProviderStub.serverError(), ProviderStub.serverError());
		OutboxDelivery delivery = delivery(new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1)),
				new SmsRateLimit(5, 10));
		Instant start = clock.instant();

		delivery.deliverDue(community);
		assertThat(rows.byKey(community, key).nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
		clock.set(start.plus(Duration.ofMinutes(1)));
		delivery.deliverDue(community);
		assertThat(rows.byKey(community, key).nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(3)));
		clock.set(start.plus(Duration.ofMinutes(3)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 1, 0));
		OutboxRows.Row failed = rows.byKey(community, key);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.nextAttemptAt()).isNull();
		assertThat(rows.attemptOutcomes(community, failed.id())).containsExactly("RETRY", "RETRY", "FAILED");

		clock.set(start.plus(Duration.ofHours(2)));
		delivery.deliverDue(community);
		assertThat(provider.requests()).hasSize(3);
	}

	@Test
	void aRefusalNoRetryCanFixIsNotRetried() {
		String key = queueCode(Fixtures.unique("code:"), OutboxRows.phone(), "2222");
		provider.plan(ProviderStub.refused("isv.MOBILE_NUMBER_ILLEGAL"));
		assertThat(delivery().deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 1, 0));
		OutboxRows.Row failed = rows.byKey(community, key);
		assertThat(failed.status()).isEqualTo("FAILED");
		assertThat(failed.lastError()).startsWith("isv.MOBILE_NUMBER_ILLEGAL");
	}

	@Test
	void theProvidersOwnFlowControlIsRetried() {
		String key = queueCode(Fixtures.unique("code:"), OutboxRows.phone(), "3333");
		provider.plan(ProviderStub.refused("isv.BUSINESS_LIMIT_CONTROL"));
		delivery().deliverDue(community);
		assertThat(rows.byKey(community, key).status()).isEqualTo("RETRY");
	}

	@Test
	void aPhoneGetsAtMostItsShareOfSmsPerHourAndTheRestWaitsItsTurn() {
		String resident = OutboxRows.phone();
		String neighbour = OutboxRows.phone();
		List<String> keys = List.of(queueCode(Fixtures.unique("a:"), resident, "0001"),
				queueCode(Fixtures.unique("b:"), resident, "0002"), queueCode(Fixtures.unique("c:"), resident, "0003"),
				queueCode(Fixtures.unique("d:"), neighbour, "0004"));
		OutboxDelivery delivery = delivery(new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofHours(1)),
				new SmsRateLimit(2, 10));
		Instant start = clock.instant();

		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(3, 0, 0, 1));
		assertThat(provider.requestsTo(resident)).hasSize(2);
		assertThat(provider.requestsTo(neighbour)).hasSize(1);
		OutboxRows.Row waiting = rows.byKey(community, keys.get(2));
		assertThat(waiting.status()).isEqualTo("THROTTLED");
		assertThat(waiting.attempts()).isZero();
		assertThat(waiting.nextAttemptAt()).isEqualTo(start.plus(Duration.ofHours(1)));

		clock.set(start.plus(Duration.ofMinutes(59)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 0, 0));
		clock.set(start.plus(Duration.ofHours(1)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(1, 0, 0, 0));
		assertThat(rows.byKey(community, keys.get(2)).status()).isEqualTo("SENT");
		assertThat(provider.requestsTo(resident)).hasSize(3)
			.extracting(r -> r.param("TemplateParam"))
			.containsExactly("{\"number\":\"WO-20261130-0007\",\"code\":\"0001\"}",
					"{\"number\":\"WO-20261130-0007\",\"code\":\"0002\"}",
					"{\"number\":\"WO-20261130-0007\",\"code\":\"0003\"}");
	}

}
