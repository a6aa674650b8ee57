package com.guanjia.billing;

import java.time.Clock;
import java.util.List;

import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.billing.LedgerViews.ReversalRequest;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The reversal policy (R6.4) around {@link Reversal}: never twice, never a charge already
 * paid, the entry's reversal serialised per entry; a reversal is the exact opposite
 * entry, so the line's outstanding amount and the unit's balance move back by exactly the
 * reversed amount.
 */
@Component
class Reversals {

	private final ReversalRepository repository;

	private final LedgerRepository ledger;

	private final ChargeStandards standards;

	private final AdvisoryLocks locks;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Reversals(ReversalRepository repository, LedgerRepository ledger, ChargeStandards standards, AdvisoryLocks locks,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.ledger = ledger;
		this.standards = standards;
		this.locks = locks;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	ReversalRequest request(long communityId, Entry entry, String reason) {
		Money threshold = standards.loadSettings(communityId).reversalApprovalThreshold();
		Reversal reversal = Reversal.request(communityId, entry, reason, scope.actor(), threshold, clock.instant());
		check(communityId, entry);
		repository.insert(reversal);
		audit.record(communityId, "reversal", reversal.id(), "request",
				entry.kind() + " " + entry.amount() + " " + reason);
		if (reversal.isDone()) {
			reverse(reversal, entry);
		}
		return reversal.toView();
	}

	ReversalRequest approve(long requestId) {
		Reversal reversal = repository.findForUpdate(scope.allowedIds(), requestId)
			.orElseThrow(() -> new NotFoundException("reversal", requestId));
		reversal.approve(scope.actor(), clock.instant());
		Entry entry = ledger.entry(List.of(reversal.communityId()), reversal.entryId()).orElseThrow();
		check(reversal.communityId(), entry);
		repository.save(reversal);
		reverse(reversal, entry);
		audit.record(reversal.communityId(), "reversal", requestId, "approve", null);
		return reversal.toView();
	}

	List<ReversalRequest> pending(long communityId) {
		return repository.pending(communityId).stream().map(Reversal::toView).toList();
	}

	/**
	 * Serialises the entry's reversals (two requests at once: the second waits and finds
	 * it reversed), then refuses an entry reversed already or a charge already paid.
	 */
	private void check(long communityId, Entry entry) {
		locks.lockForTransaction(communityId, "reversal:" + entry.id());
		if (ledger.isReversed(communityId, entry.id())) {
			throw new ConflictException("reversal.already");
		}
		if (entry.kind() == EntryKind.CHARGE && entry.billLineId() != null) {
			var line = ledger.linesById(communityId, List.of(entry.billLineId())).get(0);
			if (line.outstanding().compareTo(line.amount()) < 0) {
				throw new RuleViolationException("reversal.paid");
			}
		}
	}

	private void reverse(Reversal reversal, Entry entry) {
		if (entry.billLineId() != null) {
			ledger.lock(reversal.communityId(), entry.unitId(), List.of(entry.billLineId()));
		}
		ledger.insert(reversal.communityId(),
				EntryDraft.reversing(entry).ref("REVERSAL", reversal.id()).because(reversal.reason()), scope.actor());
		reversal.events().forEach(events::publishEvent);
	}

}
