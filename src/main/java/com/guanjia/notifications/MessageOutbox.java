package com.guanjia.notifications;

import java.time.Clock;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as supervisors and managers see it (MESSAGE_OUTBOX): every SMS and e-mail of
 * a community with its delivery status, the attempts made, and a retry for a failed one.
 * Phones are masked unless the reader may see them (R1.3); a message of another community
 * is not found.
 */
@Service
@Transactional
public class MessageOutbox {

	private final OutboxRepository outbox;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	MessageOutbox(OutboxRepository outbox, CommunityScope scope, AuditTrail audit, Clock clock) {
		this.outbox = outbox;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of a community's messages, newest first, optionally of one status. */
	@Transactional(readOnly = true)
	public ResultPage<OutboxMessage> list(long communityId, @Nullable OutboxStatus status, ResultPage.Request page) {
		scope.require(Permission.MESSAGE_OUTBOX);
		scope.require(communityId);
		boolean phones = scope.has(Permission.PHONE_VIEW);
		return outbox.page(communityId, status, page).map(m -> m.masked(phones));
	}

	@Transactional(readOnly = true)
	public OutboxMessage get(long id) {
		scope.require(Permission.MESSAGE_OUTBOX);
		return outbox.find(scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("outboxMessage", id))
			.masked(scope.has(Permission.PHONE_VIEW));
	}

	/** The attempts to deliver a message, in order. */
	@Transactional(readOnly = true)
	public List<OutboxMessage.Attempt> attempts(long id) {
		OutboxMessage message = get(id);
		return outbox.attempts(message.communityId(), id);
	}

	/**
	 * Sends a failed message again: due now, with a fresh set of attempts. Only a failed
	 * message (422 otherwise); audited.
	 */
	public OutboxMessage retry(long id) {
		scope.require(Permission.MESSAGE_OUTBOX);
		OutboxEntry entry = outbox.lock(scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("outboxMessage", id));
		String error = entry.lastError();
		entry.retry(clock.instant());
		outbox.save(entry);
		audit.record(entry.communityId(), "outboxMessage", id, "retry", "after: " + error);
		return get(id);
	}

}
