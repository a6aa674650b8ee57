package com.guanjia.cashier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.cashier.CashierEvents.DepositHeld;
import com.guanjia.cashier.CashierEvents.DepositRefunded;
import com.guanjia.cashier.DepositView.Status;
import com.guanjia.cashier.DepositView.Step;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A deposit or guarantee (押金/保证金, R6.5) and the rules of its life: registered and taken
 * with a receipt (no approval: seed 004 "根據管理科目、收樓清單，收取各類押金或保證金並如實開具發票和收款收據"), its refund
 * asked for with a reason, approved by finance ("根據會計通知，完全履行簽字程序後，如實退還"), never by the
 * one who asked, then paid out by a cashier as an outflow of that day. Every step is
 * checked against the current state ({@link Step}); nothing outside this class changes a
 * deposit's status.
 */
final class Deposit {

	private long id;

	private final long communityId;

	private final long unitId;

	private final String purpose;

	private final Money amount;

	private final String requestedBy;

	private final Instant createdAt;

	private Status status;

	private @Nullable String approvedBy;

	private @Nullable Long paymentId;

	private @Nullable String refundReason;

	private Money deduction = Money.ZERO;

	private @Nullable String deductionReason;

	private @Nullable String refundRequestedBy;

	private @Nullable String refundApprovedBy;

	private @Nullable Instant refundedAt;

	private @Nullable PaymentMethod refundMethod;

	private @Nullable String refundedBy;

	private @Nullable LocalDate refundDay;

	private int version;

	private final List<Object> events = new ArrayList<>();

	private Deposit(long communityId, long unitId, String purpose, Money amount, String requestedBy, Instant createdAt,
			Status status) {
		this.communityId = communityId;
		this.unitId = unitId;
		this.purpose = purpose;
		this.amount = amount;
		this.requestedBy = requestedBy;
		this.createdAt = createdAt;
		this.status = status;
	}

	/** A deposit registered; the cashier takes its money next. */
	static Deposit request(long communityId, long unitId, String purpose, @Nullable BigDecimal amount, String actor,
			Instant now) {
		Problems p = new Problems();
		p.text("purpose", purpose, 60);
		p.check(amount != null && amount.signum() > 0, "amount", "payment.amountPositive");
		PaymentCommand.money(p, "amount", amount);
		p.throwIfAny();
		return new Deposit(communityId, unitId, purpose.strip(), Money.of(amount), actor, now, Status.REQUESTED);
	}

	/** The stored facts of a deposit (only the repository builds one). */
	record Stored(long id, long communityId, long unitId, String purpose, Money amount, Status status,
			String requestedBy, Instant createdAt, @Nullable String approvedBy, @Nullable Long paymentId,
			@Nullable String refundReason, @Nullable String refundRequestedBy, @Nullable String refundApprovedBy,
			@Nullable Instant refundedAt, @Nullable PaymentMethod refundMethod, @Nullable String refundedBy,
			@Nullable LocalDate refundDay, int version, Money deduction, @Nullable String deductionReason) {

		/** A deposit whose refund keeps nothing back. */
		Stored(long id, long communityId, long unitId, String purpose, Money amount, Status status, String requestedBy,
				Instant createdAt, @Nullable String approvedBy, @Nullable Long paymentId, @Nullable String refundReason,
				@Nullable String refundRequestedBy, @Nullable String refundApprovedBy, @Nullable Instant refundedAt,
				@Nullable PaymentMethod refundMethod, @Nullable String refundedBy, @Nullable LocalDate refundDay,
				int version) {
			this(id, communityId, unitId, purpose, amount, status, requestedBy, createdAt, approvedBy, paymentId,
					refundReason, refundRequestedBy, refundApprovedBy, refundedAt, refundMethod, refundedBy, refundDay,
					version, Money.ZERO, null);
		}

	}

	static Deposit restore(Stored s) {
		Deposit d = new Deposit(s.communityId(), s.unitId(), s.purpose(), s.amount(), s.requestedBy(), s.createdAt(),
				s.status());
		d.id = s.id();
		d.approvedBy = s.approvedBy();
		d.paymentId = s.paymentId();
		d.refundReason = s.refundReason();
		d.refundRequestedBy = s.refundRequestedBy();
		d.refundApprovedBy = s.refundApprovedBy();
		d.refundedAt = s.refundedAt();
		d.refundMethod = s.refundMethod();
		d.refundedBy = s.refundedBy();
		d.refundDay = s.refundDay();
		d.version = s.version();
		d.deduction = s.deduction();
		d.deductionReason = s.deductionReason();
		return d;
	}

	/**
	 * Refuses taking the money unless the deposit waits for it (before the payment is
	 * written).
	 */
	void requireTakeable() {
		check(Step.TAKE);
	}

	/** The money was taken by the payment (with its receipt): the deposit is held. */
	void take(long payment) {
		check(Step.TAKE);
		paymentId = payment;
		status = Step.TAKE.to();
		events.add(new DepositHeld(communityId, id, unitId, payment, amount.amount()));
	}

	/** The cashier asks for the refund with a reason; nothing is paid yet. */
	void requestRefund(String reason, String actor) {
		requestRefund(reason, Money.ZERO, null, actor);
	}

	/**
	 * The refund is asked for with a reason, less a deduction kept with its own reason
	 * (e.g. a renovation that damaged the corridor, R9.7): at most the deposit; the
	 * deduction's reason is required when there is one. Nothing is paid yet.
	 */
	void requestRefund(String reason, Money deducted, @Nullable String deductedBecause, String actor) {
		check(Step.REQUEST_REFUND);
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.check(!deducted.isNegative() && deducted.compareTo(amount) <= 0, "deduction", "deposit.deduction", amount);
		if (deducted.isPositive()) {
			p.text("deductionReason", deductedBecause, 200);
		}
		p.throwIfAny();
		refundReason = reason.strip();
		deduction = deducted;
		deductionReason = deducted.isPositive() && deductedBecause != null ? deductedBecause.strip() : null;
		refundRequestedBy = actor;
		status = Step.REQUEST_REFUND.to();
	}

	/**
	 * Finance approves and signs the refund (the service checks the permission); the one
	 * who asked for the refund never approves it (four eyes). Nothing is paid yet.
	 */
	void approveRefund(String approver) {
		check(Step.APPROVE_REFUND);
		FourEyes.DEPOSIT_REFUND.check(refundRequester(), approver);
		refundApprovedBy = approver;
		status = Step.APPROVE_REFUND.to();
	}

	/** What is paid back: the deposit less the deduction. */
	Money refunded() {
		return amount.minus(deduction);
	}

	/**
	 * A cashier pays the approved refund out on their business day, by the method given:
	 * it leaves that day's drawer (a cash refund is an outflow of the handover, R6.6).
	 */
	void payRefund(PaymentMethod method, String cashier, LocalDate day, Instant now) {
		check(Step.PAY_REFUND);
		refundMethod = method;
		refundedBy = cashier;
		refundDay = day;
		refundedAt = now;
		status = Step.PAY_REFUND.to();
		events.add(new DepositRefunded(communityId, id, unitId, refunded().amount(),
				refundApprovedBy == null ? "" : refundApprovedBy));
	}

	private String refundRequester() {
		if (refundRequestedBy == null) {
			throw new IllegalStateException("deposit " + id + " has no refund request");
		}
		return refundRequestedBy;
	}

	private void check(Step step) {
		if (!step.allowedFrom(status)) {
			throw new RuleViolationException("deposit.state", new DefaultMessageSourceResolvable(step.messageKey()),
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	/** The repository stored the new deposit. */
	void recorded(long newId) {
		id = newId;
	}

	/** The repository saved a step: the stored version moved on. */
	void saved() {
		version++;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	Stored stored() {
		return new Stored(id, communityId, unitId, purpose, amount, status, requestedBy, createdAt, approvedBy,
				paymentId, refundReason, refundRequestedBy, refundApprovedBy, refundedAt, refundMethod, refundedBy,
				refundDay, version, deduction, deductionReason);
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long unitId() {
		return unitId;
	}

	Money amount() {
		return amount;
	}

	Status status() {
		return status;
	}

	@Nullable Long paymentId() {
		return paymentId;
	}

	int version() {
		return version;
	}

	DepositView toView() {
		return new DepositView(id, communityId, unitId, purpose, amount, status, requestedBy, approvedBy, paymentId,
				refundReason, refundRequestedBy, refundApprovedBy, refundMethod, refundedBy, refundDay, version,
				deduction, deductionReason);
	}

}
