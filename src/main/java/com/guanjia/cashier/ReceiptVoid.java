package com.guanjia.cashier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.cashier.CashierEvents.ReceiptReversed;
import com.guanjia.cashier.CashierEvents.ReceiptVoided;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The correction of one receipt (R6.3, R6.6): asked for by a cashier with a reason
 * (PENDING), approved by a second person, who is never the one who asked: a void (DONE)
 * while the receipt's day is open, a red reversal (红冲, REVERSED) once it is closed — a
 * receipt of a closed day is never voided. The receipt keeps its number either way;
 * reversing the payment's ledger entries, the red receipt and the day-close check are the
 * cashier's orchestration around {@link #approve} and {@link #approveAsRedReversal}.
 */
final class ReceiptVoid {

	private final long communityId;

	private final long receiptId;

	private final String receiptNumber;

	private final @Nullable Long unitId;

	private final String reason;

	private final String requestedBy;

	private final Instant requestedAt;

	private VoidStatus status;

	private @Nullable String approvedBy;

	private @Nullable Instant approvedAt;

	private @Nullable Long redReceiptId;

	private final List<Object> events = new ArrayList<>();

	private ReceiptVoid(ReceiptView receipt, String reason, String requestedBy, Instant requestedAt,
			VoidStatus status) {
		this.communityId = receipt.communityId();
		this.receiptId = receipt.id();
		this.receiptNumber = receipt.number();
		this.unitId = receipt.unitId();
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.status = status;
	}

	/** A cashier asks for the receipt's void; nothing changes until it is approved. */
	static ReceiptVoid request(ReceiptView receipt, String reason, String actor, Instant now) {
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.throwIfAny();
		if (receipt.isRed()) {
			throw new RuleViolationException("receipt.redNotCorrectable", receipt.number());
		}
		if (!VoidStatus.allowsRequest(receipt.voidStatus())) {
			throw new ConflictException("receipt.voidRequested", receipt.number());
		}
		return new ReceiptVoid(receipt, reason.strip(), actor, now, VoidStatus.PENDING);
	}

	/** As stored (only the repository calls this). */
	static ReceiptVoid restore(ReceiptView receipt, String reason, String requestedBy, Instant requestedAt,
			VoidStatus status, @Nullable String approvedBy, @Nullable Instant approvedAt) {
		ReceiptVoid v = new ReceiptVoid(receipt, reason, requestedBy, requestedAt, status);
		v.approvedBy = approvedBy;
		v.approvedAt = approvedAt;
		return v;
	}

	/**
	 * A second person approves: the void is done and {@link ReceiptVoided} is raised.
	 * Refused when it is not pending (naming its state) or when the approver asked for
	 * it.
	 */
	void approve(String approver, Instant now) {
		if (!VoidStatus.allowsApproval(status)) {
			throw new RuleViolationException("receipt.voidNotPending", receiptNumber,
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		FourEyes.RECEIPT_VOID.check(requestedBy, approver);
		status = VoidStatus.DONE;
		approvedBy = approver;
		approvedAt = now;
		events.add(new ReceiptVoided(communityId, unitId, receiptId, receiptNumber, reason));
	}

	/**
	 * A second person approves the correction of a receipt whose day was closed: not a
	 * void (a handed-over day never changes) but a red reversal (红冲) on an open day, the
	 * red receipt {@code redReceipt} naming this one. Same four eyes as a void.
	 */
	void approveAsRedReversal(String approver, Instant now, long redReceipt, String redNumber) {
		if (!VoidStatus.allowsApproval(status)) {
			throw new RuleViolationException("receipt.voidNotPending", receiptNumber,
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		FourEyes.RECEIPT_VOID.check(requestedBy, approver);
		status = VoidStatus.REVERSED;
		approvedBy = approver;
		approvedAt = now;
		redReceiptId = redReceipt;
		events.add(new ReceiptReversed(communityId, unitId, receiptId, receiptNumber, redReceipt, redNumber, reason));
	}

	/** Refuses approving by the one who asked, before anything is written. */
	void checkApprover(String approver) {
		if (!VoidStatus.allowsApproval(status)) {
			throw new RuleViolationException("receipt.voidNotPending", receiptNumber,
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		FourEyes.RECEIPT_VOID.check(requestedBy, approver);
	}

	@Nullable Long redReceiptId() {
		return redReceiptId;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	long communityId() {
		return communityId;
	}

	long receiptId() {
		return receiptId;
	}

	String reason() {
		return reason;
	}

	String requestedBy() {
		return requestedBy;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	VoidStatus status() {
		return status;
	}

	@Nullable String approvedBy() {
		return approvedBy;
	}

	@Nullable Instant approvedAt() {
		return approvedAt;
	}

}
