package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.Role;
import com.guanjia.scheduling.RecurringJob;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 item 13: the outbox is delivered. In the embedded run (and this shared test
 * context) both channels only log: a message is written to the log with its phone masked
 * and marked LOGGED, nothing leaves the building. An SMS to a role reaches each staff
 * member with the role who has a mobile (the complaint escalation to the manager, seed
 * 002: 当天呈送管理处主任); with nobody to reach it fails visibly. The job runs once across
 * instances, and two delivery runs at once never take the same message ({@code for
 * update skip locked}). A send an instance left unfinished is taken again after the
 * lease.
 */
@GuanjiaTest
class OutboxDeliveryTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	MessageSenders senders;

	@Autowired
	List<RecurringJob> jobs;

	@Autowired
	StaffManagement staff;

	@Autowired
	OutboxRows rows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	long community;

	@BeforeEach
	void setUp() {
		community = fixtures.community("投递小区").id();
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	StaffView staffWithPhone(Role role, String phone) {
		return Fixtures.as(Fixtures.ROOT, () -> staff.create(new StaffCommand(Fixtures.unique("m"), "王经理",
				Fixtures.PASSWORD, phone, Set.of(role), List.of(new StaffCommand.AssignmentCommand(community, null)))));
	}

	@Test
	void theEmbeddedRunOnlyLogsAndTheDeliveryJobIsScheduled() {
		assertThat(senders.sms()).isInstanceOf(LogOnlySender.class);
		assertThat(senders.email()).isInstanceOf(LogOnlySender.class);
		assertThat(jobs).extracting(RecurringJob::name).contains(OutboxDeliveryJob.TASK_NAME).doesNotHaveDuplicates();
	}

	@Test
	void aMessageIsWrittenToTheLogWithItsPhoneMaskedAndMarkedLogged() {
		// at INFO, whatever another test (a second application) left the levels at
		Logger logger = (Logger) LoggerFactory.getLogger(LogOnlySender.class);
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		logger.addAppender(log);
		String phone = OutboxRows.phone();
		String key = Fixtures.unique("code:");
		notifications.queue(community, key, "SMS", null, null, phone, "notice.confirmationCode", "WO-20261130-0001",
				"5678");

		try {
			assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(1, 0, 0, 0));
		}
		finally {
			logger.detachAppender(log);
			logger.setLevel(level);
		}
		String output = log.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", String::concat);
		OutboxRows.Row logged = rows.byKey(community, key);
		assertThat(logged.status()).isEqualTo("LOGGED");
		assertThat(logged.provider()).isEqualTo("log");
		assertThat(logged.sentAt()).isEqualTo(clock.instant());
		assertThat(output).contains("(log only, not sent): 【管家】您的报修 WO-20261130-0001 已完工，确认码 5678")
			.contains(phone.substring(0, 3) + "****" + phone.substring(7))
			.doesNotContain(phone);
		// delivered once: a second run finds nothing
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 0, 0));
	}

	@Test
	void anSmsToARoleGoesToEachMobileOfTheRoleAndWithoutOneItFailsVisibly() {
		String first = OutboxRows.phone();
		String second = OutboxRows.phone();
		StaffView manager = staffWithPhone(Role.MANAGER, first);
		StaffView deputy = staffWithPhone(Role.MANAGER, second);
		fixtures.staff(Role.MANAGER, community); // no mobile: nothing for them
		String complaint = Fixtures.unique("complaint:");
		notifications.queue(community, complaint, "SMS", "MANAGER", null, null, "notice.complaint", "WO-20261130-0002",
				"#complaint.severity.MAJOR");
		String escalation = Fixtures.unique("escalated:");
		notifications.queue(community, escalation, "SMS", "SUPERVISOR", null, null, "notice.escalated",
				"WO-20261130-0002", "#deadline.kind.RESPONSE", "12-01 10:00", "1");

		delivery.deliverDue(community);
		OutboxRows.Row toManager = rows.byKey(community, complaint + ":" + manager.id());
		assertThat(toManager.phone()).isEqualTo(first);
		assertThat(toManager.status()).isEqualTo("LOGGED");
		assertThat(toManager.text()).isEqualTo("【管家】收到重大投诉，工单 WO-20261130-0002，请按时限处理。");
		assertThat(rows.byKey(community, complaint + ":" + deputy.id()).phone()).isEqualTo(second);
		assertThat(jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like ?")
			.params(community, complaint + "%")
			.query(Long.class)
			.single()).isEqualTo(2);

		OutboxRows.Row nobody = rows.byKey(community, escalation);
		assertThat(nobody.status()).isEqualTo("FAILED");
		assertThat(nobody.phone()).isNull();
		assertThat(nobody.lastError()).isEqualTo("no recipient address");
	}

	@Test
	void twoDeliveryRunsAtOnceTakeEachMessageOnce() throws Exception {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String key = Fixtures.unique("many:");
			notifications.queue(community, key, "SMS", null, null, OutboxRows.phone(), "notice.confirmationCode",
					"WO-" + i, "0000");
			keys.add(key);
		}
		CountDownLatch start = new CountDownLatch(1);
		Callable<OutboxDelivery.Run> run = () -> {
			start.await();
			return delivery.deliverDue(community);
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<OutboxDelivery.Run> a = pool.submit(run);
			Future<OutboxDelivery.Run> b = pool.submit(run);
			start.countDown();
			assertThat(a.get().delivered() + b.get().delivered()).isEqualTo(30);
		}
		finally {
			pool.shutdownNow();
		}
		for (String key : keys) {
			OutboxRows.Row row = rows.byKey(community, key);
			assertThat(row.status()).isEqualTo("LOGGED");
			assertThat(rows.attemptOutcomes(community, row.id())).containsExactly("LOGGED");
		}
	}

	@Test
	void aSendItsInstanceNeverFinishedIsTakenAgainAfterTheLease() {
		String key = Fixtures.unique("stuck:");
		notifications.queue(community, key, "SMS", null, null, OutboxRows.phone(), "notice.confirmationCode", "WO-9",
				"9999");
		long id = rows.byKey(community, key).id();
		Instant claimed = clock.instant();
		// as a delivery run leaves it when its instance stops mid-send
		jdbc.sql("""
				update notification_outbox set status = 'SENDING', attempts = 1, claimed_at = ?, next_attempt_at = null
				where community_id = ? and id = ?""").params(java.sql.Timestamp.from(claimed), community, id).update();

		clock.set(claimed.plus(Duration.ofMinutes(4)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(0, 0, 0, 0));
		clock.set(claimed.plus(Duration.ofMinutes(5)));
		assertThat(delivery.deliverDue(community)).isEqualTo(new OutboxDelivery.Run(1, 0, 0, 0));
		OutboxRows.Row row = rows.byKey(community, key);
		assertThat(row.status()).isEqualTo("LOGGED");
		assertThat(row.attempts()).isEqualTo(2);
		assertThat(rows.attemptOutcomes(community, id)).containsExactly("RETRY", "LOGGED");
	}

}
