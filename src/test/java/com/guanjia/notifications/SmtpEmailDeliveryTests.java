package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 10 item 13: e-mail leaves through an SMTP server with Spring Mail, tested against
 * an in-process SMTP server (GreenMail). Staff and residents have no e-mail address in
 * Guanjia, so only a message that carries its address goes by e-mail. The shared context
 * keeps its log-only sender: this test builds the SMTP adapter and a delivery around it.
 */
@GuanjiaTest
class SmtpEmailDeliveryTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

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

	long community;

	@BeforeEach
	void setUp() {
		community = fixtures.community("邮件小区").id();
	}

	static SmtpEmailSender sender(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.setDefaultEncoding("UTF-8");
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		return new SmtpEmailSender(mail, "guanjia@sunshine.example", "【管家】物业服务通知");
	}

	OutboxDelivery delivery(SmtpEmailSender sender) {
		return new OutboxDelivery(repository, new MessageSenders(new LogOnlySender(), sender),
				new DeliveryPolicy(100, new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofHours(1)),
						new SmsRateLimit(5, 10), Duration.ofMinutes(5)),
				transactions, locks, clock);
	}

	@Test
	void aMessageWithAnAddressIsMailedInChinese() throws Exception {
		SendReceipt receipt = sender(smtp.getSmtp().getPort()).send(new OutgoingMessage(9, community, Channel.EMAIL,
				null, "lead@sunshine.example", "notice.complaint", List.of("WO-1", "重大投诉"), "收到重大投诉，工单 WO-1，请按时限处理。"));

		assertThat(receipt.provider()).isEqualTo("smtp");
		assertThat(receipt.reference()).isNotBlank();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("【管家】物业服务通知");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("lead@sunshine.example");
		assertThat(received[0].getFrom()[0].toString()).isEqualTo("guanjia@sunshine.example");
		assertThat(((String) received[0].getContent()).trim()).isEqualTo("收到重大投诉，工单 WO-1，请按时限处理。");
		assertThat(received[0].getMessageID()).isEqualTo(receipt.reference());
	}

	@Test
	void theOutboxDeliversAnEmailAndRecordsItSent() throws Exception {
		String key = Fixtures.unique("mail:");
		notifications.queueEmail(community, key, "finance@sunshine.example", "notice.paymentNoticesUnsent", "2026-11",
				"2", "5-1-503, 5-1-504");

		assertThat(delivery(sender(smtp.getSmtp().getPort())).deliverDue(community))
			.isEqualTo(new OutboxDelivery.Run(1, 0, 0, 0));
		OutboxRows.Row sent = rows.byKey(community, key);
		assertThat(sent.status()).isEqualTo("SENT");
		assertThat(sent.provider()).isEqualTo("smtp");
		assertThat(sent.text()).doesNotStartWith("【").contains("5-1-503, 5-1-504");
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies(m -> assertThat((String) m.getContent()).contains("有 2 份缴费通知无法用短信发送"));
	}

	@Test
	void aMalformedAddressFailsForGoodAndAServerThatDoesNotAnswerIsRetried() throws Exception {
		assertThatThrownBy(() -> sender(smtp.getSmtp().getPort())
			.send(new OutgoingMessage(1, community, Channel.EMAIL, null, "not an address", null, List.of(), "…")))
			.isInstanceOfSatisfying(SendFailure.class, f -> assertThat(f.permanent()).isTrue());

		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String key = Fixtures.unique("mail:");
		notifications.queueEmail(community, key, "manager@sunshine.example", "notice.complaint", "WO-2",
				"#complaint.severity.MAJOR");
		delivery(sender(closedPort)).deliverDue(community);
		OutboxRows.Row retry = rows.byKey(community, key);
		assertThat(retry.status()).isEqualTo("RETRY");
		assertThat(retry.lastError()).isNotBlank();
		assertThat(retry.text()).contains("WO-2").doesNotContain("#complaint");
	}

}
