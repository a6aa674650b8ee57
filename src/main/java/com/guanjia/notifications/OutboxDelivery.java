package com.guanjia.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.AdvisoryLocks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox (issue 10 item 13; seed 003: 相关事项需告知业户的及时短信通知). In rounds: one
 * short transaction locks the due messages ({@code for update skip locked}), throttles
 * those whose phone had its share (the per-phone limit, counted under an advisory lock
 * per phone) and claims the rest (SENDING); then each is handed to its channel's sender
 * outside any transaction, and its outcome (sent, logged, retry after backoff, failed)
 * saved in a transaction of its own. A send left unfinished by a stopped instance is
 * retried after the lease. Runs from {@link OutboxDeliveryJob}, once across instances; a
 * test calls it for its own community.
 */
class OutboxDelivery {

	private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

	/** Rounds per run at most, so one run ends even while messages keep coming. */
	static final int MAX_ROUNDS = 50;

	private final OutboxRepository outbox;

	private final MessageSenders senders;

	private final DeliveryPolicy policy;

	private final TransactionTemplate transactions;

	private final AdvisoryLocks locks;

	private final Clock clock;

	OutboxDelivery(OutboxRepository outbox, MessageSenders senders, DeliveryPolicy policy,
			TransactionTemplate transactions, AdvisoryLocks locks, Clock clock) {
		this.outbox = outbox;
		this.senders = senders;
		this.policy = policy;
		this.transactions = transactions;
		this.locks = locks;
		this.clock = clock;
	}

	/**
	 * What a run did: messages delivered (sent or logged), to retry, failed, throttled.
	 */
	record Run(int delivered, int retrying, int failed, int throttled) {

		Run plus(Run other) {
			return new Run(delivered + other.delivered, retrying + other.retrying, failed + other.failed,
					throttled + other.throttled);
		}

	}

	/** Delivers what is due in every community. */
	Run deliverDue() {
		return deliverDue(null);
	}

	/** Delivers what is due in one community, or in all ({@code null}). */
	Run deliverDue(@Nullable Long communityId) {
		Run total = new Run(0, 0, 0, 0);
		for (int round = 0; round < MAX_ROUNDS; round++) {
			Claimed claimed = transactions.execute(tx -> claim(communityId));
			if (claimed == null || claimed.examined() == 0) {
				break;
			}
			total = total.plus(new Run(0, 0, claimed.failedAtOnce(), claimed.throttled()));
			for (OutboxEntry entry : claimed.entries()) {
				total = total.plus(send(entry));
			}
		}
		return total;
	}

	private record Claimed(int examined, List<OutboxEntry> entries, int throttled, int failedAtOnce) {
	}

	private Claimed claim(@Nullable Long communityId) {
		Instant now = clock.instant();
		List<OutboxEntry> due = outbox.lockDue(communityId, now, now.minus(policy.sendingLease()), policy.batchSize());
		List<OutboxEntry> claimed = new ArrayList<>();
		int throttled = 0;
		int failed = 0;
		for (OutboxEntry entry : due) {
			if (entry.stale(now, policy.sendingLease())) {
				entry.interrupted(now, policy.retry());
				if (!entry.due(now)) {
					outbox.save(entry);
					failed++;
					continue;
				}
			}
			Optional<Instant> blocked = blockedUntil(entry.message(), now);
			if (blocked.isPresent()) {
				entry.throttle(blocked.get());
				outbox.save(entry);
				throttled++;
				continue;
			}
			entry.claim(now);
			outbox.save(entry);
			claimed.add(entry);
		}
		return new Claimed(due.size(), claimed, throttled, failed);
	}

	/**
	 * The per-phone SMS limit: locks the phone for this transaction (so two claims cannot
	 * both take its last free place) and counts its recent SMS, this round's claims
	 * included.
	 */
	private Optional<Instant> blockedUntil(OutgoingMessage message, Instant now) {
		if (message.channel() != Channel.SMS || message.phone() == null) {
			return Optional.empty();
		}
		locks.lockGlobally("outbox-sms:" + message.phone());
		return policy.smsLimit().blockedUntil(outbox.smsSentTo(message.phone(), now.minus(SmsRateLimit.DAY)), now);
	}

	private Run send(OutboxEntry entry) {
		MessageSender sender = senders.of(entry.message().channel());
		SendReceipt receipt = null;
		SendFailure failure = null;
		try {
			receipt = sender.send(entry.message());
		}
		catch (SendFailure ex) {
			failure = ex;
		}
		catch (RuntimeException ex) {
			failure = new SendFailure(ex.getClass().getSimpleName() + ": " + ex.getMessage(), false, ex);
		}
		Instant now = clock.instant();
		if (receipt != null) {
			SendReceipt done = receipt;
			transactions.executeWithoutResult(tx -> {
				entry.delivered(done, now);
				outbox.save(entry);
			});
			return new Run(1, 0, 0, 0);
		}
		SendFailure failed = failure;
		transactions.executeWithoutResult(tx -> {
			entry.failed(sender.name(), failed, now, policy.retry());
			outbox.save(entry);
		});
		log.warn("{} #{} not delivered by {} ({}): {}", entry.message().channel(), entry.id(), sender.name(),
				entry.status(), failed.getMessage());
		return entry.status() == OutboxStatus.RETRY ? new Run(0, 1, 0, 0) : new Run(0, 0, 1, 0);
	}

}
