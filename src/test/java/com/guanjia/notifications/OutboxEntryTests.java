package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The outbox message's delivery steps (issue 10 item 13), plain JUnit: which step is
 * allowed from which status (written out by hand, not read from the model), the
 * exponential backoff, the last attempt, permanent failures, throttling and a
 * supervisor's retry.
 */
class OutboxEntryTests {

	static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

	static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMinutes(1), Duration.ofMinutes(5));

	static OutboxEntry entry(OutboxStatus status, int attempts, Instant next) {
		OutgoingMessage message = new OutgoingMessage(7, 1, Channel.SMS, "13900001111", null, "notice.confirmationCode",
				List.of("WO-1", "1234"), "【管家】确认码 1234");
		return OutboxEntry
			.restore(new OutboxEntry.Stored(message, T0, status, attempts, status == OutboxStatus.SENDING ? null : next,
					status == OutboxStatus.SENDING ? T0 : null, null, null, null, null, 0));
	}

	static OutboxEntry pending() {
		return entry(OutboxStatus.PENDING, 0, T0);
	}

	static SendFailure temporary() {
		return SendFailure.temporary("isp.SYSTEM_ERROR: busy");
	}

	/** The legal steps by hand: step → the statuses it may start from. */
	static final Map<String, Set<OutboxStatus>> LEGAL = Map.of("claim",
			EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY, OutboxStatus.THROTTLED), "throttle",
			EnumSet.of(OutboxStatus.PENDING, OutboxStatus.RETRY, OutboxStatus.THROTTLED), "delivered",
			EnumSet.of(OutboxStatus.SENDING), "failed", EnumSet.of(OutboxStatus.SENDING), "retry",
			EnumSet.of(OutboxStatus.FAILED));

	static final Map<String, Consumer<OutboxEntry>> STEPS = Map.of("claim", e -> e.claim(T0), "throttle",
			e -> e.throttle(T0.plusSeconds(60)), "delivered", e -> e.delivered(SendReceipt.sent("aliyun", "biz"), T0),
			"failed", e -> e.failed("aliyun", temporary(), T0, POLICY), "retry", e -> e.retry(T0));

	@Test
	void eachStepIsTakenOnlyFromItsStatuses() {
		for (var step : STEPS.entrySet()) {
			for (OutboxStatus status : OutboxStatus.values()) {
				OutboxEntry e = entry(status, 1, T0);
				if (LEGAL.get(step.getKey()).contains(status)) {
					step.getValue().accept(e);
				}
				else {
					assertThatThrownBy(() -> step.getValue().accept(e)).as(step.getKey() + " from " + status)
						.isInstanceOf(RuleViolationException.class);
					assertThat(e.status()).isEqualTo(status);
				}
			}
		}
	}

	@Test
	void aMessageIsClaimedOnlyWhenDue() {
		OutboxEntry later = entry(OutboxStatus.RETRY, 1, T0.plusSeconds(1));
		assertThatThrownBy(() -> later.claim(T0)).isInstanceOf(RuleViolationException.class);
		later.claim(T0.plusSeconds(1));
		assertThat(later.status()).isEqualTo(OutboxStatus.SENDING);
		assertThat(later.attempts()).isEqualTo(2);
		assertThat(later.nextAttemptAt()).isNull();
	}

	@Test
	void aProviderSendIsSentAndTheLogOnlySenderIsLogged() {
		OutboxEntry sent = pending();
		sent.claim(T0);
		sent.delivered(SendReceipt.sent("aliyun", "900619746936498440^0"), T0.plusSeconds(2));
		assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
		assertThat(sent.sentAt()).isEqualTo(T0.plusSeconds(2));
		assertThat(sent.providerRef()).isEqualTo("900619746936498440^0");
		assertThat(sent.newAttempts()).singleElement()
			.satisfies(a -> assertThat(a.outcome()).isEqualTo(OutboxStatus.SENT));

		OutboxEntry logged = pending();
		logged.claim(T0);
		logged.delivered(SendReceipt.logged(), T0);
		assertThat(logged.status()).isEqualTo(OutboxStatus.LOGGED);
		assertThat(logged.provider()).isEqualTo("log");
	}

	@Test
	void failuresAreRetriedAfter1Then2Then4MinutesAndTheFourthAttemptIsTheLast() {
		OutboxEntry e = pending();
		Instant now = T0;
		for (Duration expected : List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4))) {
			e.claim(now);
			e.failed("aliyun", temporary(), now, POLICY);
			assertThat(e.status()).isEqualTo(OutboxStatus.RETRY);
			assertThat(e.nextAttemptAt()).isEqualTo(now.plus(expected));
			assertThat(e.lastError()).isEqualTo("isp.SYSTEM_ERROR: busy");
			now = e.nextAttemptAt();
		}
		e.claim(now);
		assertThat(e.attempts()).isEqualTo(4);
		e.failed("aliyun", temporary(), now, POLICY);
		assertThat(e.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(e.nextAttemptAt()).isNull();
		assertThat(e.newAttempts()).extracting(OutboxEntry.Attempt::outcome)
			.containsExactly(OutboxStatus.RETRY, OutboxStatus.RETRY, OutboxStatus.RETRY, OutboxStatus.FAILED);
	}

	@Test
	void theBackoffStopsGrowingAtItsMaximum() {
		assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(POLICY.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(POLICY.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
		assertThat(POLICY.delayAfter(30)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aPermanentFailureIsNotRetried() {
		OutboxEntry e = pending();
		e.claim(T0);
		e.failed("aliyun", SendFailure.permanent("isv.MOBILE_NUMBER_ILLEGAL: 非法手机号"), T0, POLICY);
		assertThat(e.status()).isEqualTo(OutboxStatus.FAILED);
		assertThat(e.attempts()).isEqualTo(1);
	}

	@Test
	void aThrottledMessageWaitsWithoutUsingAnAttempt() {
		OutboxEntry e = pending();
		e.throttle(T0.plus(Duration.ofMinutes(40)));
		assertThat(e.status()).isEqualTo(OutboxStatus.THROTTLED);
		assertThat(e.attempts()).isZero();
		assertThat(e.due(T0.plus(Duration.ofMinutes(39)))).isFalse();
		assertThat(e.due(T0.plus(Duration.ofMinutes(40)))).isTrue();
	}

	@Test
	void aSupervisorRetriesAFailedMessageWithAFreshSetOfAttempts() {
		OutboxEntry e = entry(OutboxStatus.FAILED, 4, T0);
		e.retry(T0.plusSeconds(5));
		assertThat(e.status()).isEqualTo(OutboxStatus.PENDING);
		assertThat(e.attempts()).isZero();
		assertThat(e.due(T0.plusSeconds(5))).isTrue();
		assertThatThrownBy(() -> entry(OutboxStatus.SENT, 1, T0).retry(T0)).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("outbox.notRetryable");
	}

	@Test
	void aSendLeftUnfinishedPastTheLeaseIsRetriedAtOnce() {
		OutboxEntry e = entry(OutboxStatus.SENDING, 1, T0);
		Duration lease = Duration.ofMinutes(5);
		assertThat(e.stale(T0.plus(Duration.ofMinutes(4)), lease)).isFalse();
		Instant later = T0.plus(lease);
		assertThat(e.stale(later, lease)).isTrue();
		e.interrupted(later, POLICY);
		assertThat(e.status()).isEqualTo(OutboxStatus.RETRY);
		assertThat(e.due(later)).isTrue();
		assertThat(e.lastError()).contains("interrupted");
	}

}
