package com.guanjia.cashier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposits and guarantees (R6.5): a deposit is registered and taken by the cashier with a
 * receipt (no approval); its refund is asked for with a reason, approved by finance
 * ("根據會計通知，完全履行簽字程序後，如實退還多收業戶的各類押金或保證金", seed 004) and then paid out by a cashier on an
 * open day, an outflow of that day's handover (R6.6). Deposits are money held for the
 * payer, not charges, so they stay out of the unit's ledger. The rules of each step are
 * {@link Deposit}'s; this service loads, orchestrates and saves.
 */
@NamedInterface("api")
@Service
@Transactional
public class Deposits {

	private final DepositRepository repository;

	private final PaymentRepository payments;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final Cashier cashier;

	private final IdempotencyKeys keys;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Deposits(DepositRepository repository, PaymentRepository payments, ReceiptBook receipts, CashierDays days,
			Cashier cashier, IdempotencyKeys keys, UnitManagement units, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.payments = payments;
		this.receipts = receipts;
		this.days = days;
		this.cashier = cashier;
		this.keys = keys;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public DepositView request(long unitId, String purpose, @Nullable BigDecimal amount) {
		scope.require(Permission.CASHIER_TAKE);
		UnitView unit = units.get(unitId);
		Deposit d = Deposit.request(unit.communityId(), unitId, purpose, amount, scope.actor(), clock.instant());
		repository.insert(d);
		audit.record(unit.communityId(), "deposit", d.id(), "request", purpose + " " + amount);
		return d.toView();
	}

	/**
	 * A deposit another module's procedure asks for on a unit (the renovation deposit at
	 * its permit, R9.3): asked for in the name of the staff member who took that step,
	 * then taken at the cashier like any other (no approval, R6.5). No caller check: the
	 * calling module has checked its caller and the unit.
	 */
	public DepositView requestFor(UnitId unit, String purpose, BigDecimal amount, String requestedBy) {
		units.find(unit).orElseThrow(() -> new NotFoundException("unit", unit.value()));
		Deposit d = Deposit.request(unit.communityId(), unit.value(), purpose, amount, requestedBy, clock.instant());
		repository.insert(d);
		audit.record(unit.communityId(), "deposit", d.id(), "request", purpose + " " + amount);
		return d.toView();
	}

	/**
	 * The refund of a deposit another module's procedure holds, asked for in the name of
	 * the staff member who took that step, less a deduction with its reason (the
	 * renovation's completion, R9.7); finance approves it and a cashier pays it out like
	 * any other. No caller check: the calling module has checked its caller.
	 */
	public DepositView requestRefundFor(long communityId, long id, String reason, BigDecimal deduction,
			@Nullable String deductionReason, String requestedBy) {
		Deposit d = repository.findForUpdate(List.of(communityId), id)
			.orElseThrow(() -> new NotFoundException("deposit", id));
		d.requestRefund(reason, Money.of(deduction), deductionReason, requestedBy);
		save(d, "refund_requested", reason.strip() + (deduction.signum() > 0 ? " -" + deduction : ""));
		return d.toView();
	}

	/**
	 * A deposit for another module's page (no caller check: the community is explicit).
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<DepositView> find(long communityId, long id) {
		return repository.find(List.of(communityId), id).map(Deposit::toView);
	}

	/**
	 * Takes the registered deposit's money and issues a receipt. A retry (same deposit,
	 * any key) returns the first receipt: the deposit is locked, so concurrent retries
	 * wait for the first and find it held. A key already used for another payment is
	 * refused.
	 */
	public ReceiptView take(long id, PaymentMethod method, BigDecimal tendered, String idempotencyKey) {
		scope.require(Permission.CASHIER_TAKE);
		Problems p = new Problems();
		p.text("idempotencyKey", idempotencyKey, 80);
		p.required("method", method);
		PaymentCommand.money(p, "tendered", tendered);
		p.throwIfAny();
		Deposit d = load(id);
		String key = idempotencyKey.strip();
		// the key sent again with another body (another deposit, method or amount) is
		// refused before anything else (issue 9 item 16)
		keys.claim(d.communityId(), PaymentRepository.KEYS, key, "take-deposit", id, method, tendered);
		if (d.status() == DepositView.Status.HELD && d.paymentId() != null) {
			return cashier.receipt(payments.receiptOf(d.communityId(), d.paymentId()));
		}
		d.requireTakeable();
		long c = d.communityId();
		Money amount = d.amount();
		Money paid = method == PaymentMethod.CASH ? Money.of(tendered) : amount;
		if (paid.compareTo(amount) < 0) {
			throw ValidationException.of("tendered", "payment.tenderedTooLittle", amount);
		}
		if (payments.byKey(c, key).isPresent()) {
			// a key taken before fingerprints were kept, by another payment
			throw new RuleViolationException("payment.keyReused");
		}
		LocalDate day = days.today(c);
		days.requireOpen(c, scope.actor(), day);
		var till = new PaymentRepository.Till(scope.actor(), day, clock.instant());
		long paymentId = payments.open(PaymentRepository.Opening.ofDeposit(d, key, method, till));
		long receiptId = receipts.issue(c, paymentId, d.unitId(), amount, day, cashier.issuer());
		payments.complete(c, paymentId,
				new PaymentRepository.Completion(amount, paid, paid.minus(amount), Money.ZERO, receiptId));
		d.take(paymentId);
		save(d, "held", paymentId);
		return cashier.receipt(receiptId);
	}

	public DepositView requestRefund(long id, String reason) {
		scope.require(Permission.CASHIER_TAKE);
		Deposit d = load(id);
		d.requestRefund(reason, scope.actor());
		save(d, "refund_requested", reason.strip());
		return d.toView();
	}

	/**
	 * Finance approves and signs the refund (seed 004 "根據會計通知"): never a supervisor
	 * without finance's permission, and never the one who asked for it, administrators
	 * included. Nothing is paid yet.
	 */
	public DepositView approveRefund(long id) {
		scope.require(Permission.FINANCE_CONFIRM);
		Deposit d = load(id);
		d.approveRefund(scope.actor());
		save(d, "refund_approved", scope.actor());
		return d.toView();
	}

	/**
	 * The signed-in cashier pays an approved refund out today: refused once their day is
	 * closed, so a handed-over drawer never changes; the refund is an outflow of today's
	 * handover (a cash refund leaves the drawer, R6.6).
	 */
	public DepositView payRefund(long id, @Nullable PaymentMethod method) {
		scope.require(Permission.CASHIER_TAKE);
		new Problems().required("method", method).throwIfAny();
		Deposit d = load(id);
		LocalDate today = days.today(d.communityId());
		days.requireOpen(d.communityId(), scope.actor(), today);
		d.payRefund(method, scope.actor(), today, clock.instant());
		save(d, "refunded", method + " " + d.amount());
		return d.toView();
	}

	/** Refunds finance approved that wait for a cashier to pay them out. */
	@Transactional(readOnly = true)
	public List<DepositView> awaitingPayout(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return repository.awaitingPayout(communityId).stream().map(Deposit::toView).toList();
	}

	@Transactional(readOnly = true)
	public List<DepositView> ofUnit(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return repository.ofUnit(unit.communityId(), unitId).stream().map(Deposit::toView).toList();
	}

	@Transactional(readOnly = true)
	public DepositView get(long id) {
		scope.require(Permission.FEE_READ);
		return repository.find(scope.allowedIds(), id)
			.map(Deposit::toView)
			.orElseThrow(() -> new NotFoundException("deposit", id));
	}

	private Deposit load(long id) {
		return repository.findForUpdate(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("deposit", id));
	}

	private void save(Deposit d, String action, Object detail) {
		repository.save(d);
		audit.record(d.communityId(), "deposit", d.id(), action, String.valueOf(detail));
		d.events().forEach(events::publishEvent);
	}

}
