package com.guanjia.billing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.billing.BillingEvents.LedgerChanged;
import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.billing.LedgerViews.ReversalRequest;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A request to reverse a charge or a discount (R6.4), with its reason. Up to the
 * community's threshold it is DONE at once; above it it waits (PENDING) for a second
 * person, never the requester, to approve. Once DONE the ledger gets the opposite entry
 * (the caller writes it) and {@link LedgerChanged} is raised. Whether the entry may still
 * be reversed (not reversed already, not paid) is the ledger's question, asked by
 * {@link Reversals} before each step.
 */
final class Reversal {

	enum Status {

		PENDING, DONE;

		String messageKey() {
			return "reversal.status." + name();
		}

	}

	private long id;

	private final long communityId;

	private final long entryId;

	private final long unitId;

	private final Money amount;

	private final String reason;

	private final String requestedBy;

	private final Instant requestedAt;

	private Status status;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private int version;

	private final List<Object> events = new ArrayList<>();

	private Reversal(long communityId, long entryId, long unitId, Money amount, String reason, String requestedBy,
			Instant requestedAt, Status status) {
		this.communityId = communityId;
		this.entryId = entryId;
		this.unitId = unitId;
		this.amount = amount;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = status;
	}

	/**
	 * Asks to reverse the entry: only charges and discounts (payments go through their
	 * receipt's void); above {@code threshold} (absolute amount) a second person must
	 * approve, otherwise it is done at once.
	 */
	static Reversal request(long communityId, Entry entry, String reason, String actor, Money threshold, Instant now) {
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.throwIfAny();
		if (!entry.kind().reversible()) {
			throw new RuleViolationException("reversal.kind");
		}
		boolean needsApproval = entry.amount().amount().abs().compareTo(threshold.amount()) > 0;
		Reversal r = new Reversal(communityId, entry.id(), entry.unitId(), entry.amount(), reason.strip(), actor, now,
				needsApproval ? Status.PENDING : Status.DONE);
		if (!needsApproval) {
			r.events.add(new LedgerChanged(communityId, entry.unitId()));
		}
		return r;
	}

	/** The stored facts of a reversal request (only the repository builds one). */
	record Stored(long id, long communityId, long entryId, long unitId, Money amount, String reason, Status status,
			String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
			int version) {
	}

	static Reversal restore(Stored s) {
		Reversal r = new Reversal(s.communityId(), s.entryId(), s.unitId(), s.amount(), s.reason(), s.requestedBy(),
				s.requestedAt(), s.status());
		r.id = s.id();
		r.decidedBy = s.decidedBy();
		r.decidedAt = s.decidedAt();
		r.version = s.version();
		return r;
	}

	/**
	 * A second person approves: the reversal is done. Refused unless pending (naming its
	 * state) and for the one who asked (four eyes, administrators included).
	 */
	void approve(String approver, Instant now) {
		if (status != Status.PENDING) {
			throw new RuleViolationException("reversal.notPending",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		FourEyes.REVERSAL.check(requestedBy, approver);
		status = Status.DONE;
		decidedBy = approver;
		decidedAt = now;
		events.add(new LedgerChanged(communityId, unitId));
	}

	boolean isDone() {
		return status == Status.DONE;
	}

	void recorded(long newId) {
		id = newId;
	}

	void saved() {
		version++;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long entryId() {
		return entryId;
	}

	String reason() {
		return reason;
	}

	Status status() {
		return status;
	}

	Stored stored() {
		return new Stored(id, communityId, entryId, unitId, amount, reason, status, requestedBy, requestedAt, decidedBy,
				decidedAt, version);
	}

	ReversalRequest toView() {
		return new ReversalRequest(id, communityId, entryId, unitId, amount, reason, status.name(), requestedBy,
				decidedBy);
	}

}
