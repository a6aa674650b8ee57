package com.guanjia.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.EntryKind;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.CashierEvents.PaymentReceived;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes payments and issues receipts (R6.3); voids a receipt only with a reason and a
 * second person's approval, the number staying used (R6.6). One payment is one
 * transaction: the lines settled, the credit, the receipt number and the receipt, or none
 * of them.
 */
@Service
@Transactional
public class Cashier {

	private final PaymentRepository payments;

	private final ReceiptVoidRepository voids;

	private final Ledger ledger;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final AdvisoryLocks locks;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cashier(PaymentRepository payments, ReceiptVoidRepository voids, Ledger ledger, ReceiptBook receipts,
			CashierDays days, AdvisoryLocks locks, UnitManagement units, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.payments = payments;
		this.voids = voids;
		this.ledger = ledger;
		this.receipts = receipts;
		this.days = days;
		this.locks = locks;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Pays the selected lines. A request whose idempotency key was seen before returns
	 * the first payment's receipt and charges nothing. When another cashier paid one of
	 * the lines first, a {@link ConflictException} names it.
	 */
	public ReceiptView pay(PaymentCommand command) {
		scope.require(Permission.CASHIER_TAKE);
		command.validate();
		UnitView unit = units.get(command.unitId());
		long c = unit.communityId();
		scope.require(c);
		String key = command.idempotencyKey().strip();
		// same key, same moment: the second request waits here and then finds the first
		// payment
		locks.lockForTransaction(c, key);
		var earlier = payments.byKey(c, key);
		if (earlier.isPresent()) {
			if (!earlier.get().ofBills(unit.id())) {
				throw new ConflictException("payment.keyReused");
			}
			return receipt(earlier.get().receiptId());
		}
		LocalDate day = days.today(c);
		days.requireOpen(c, scope.actor(), day);
		var till = new PaymentRepository.Till(scope.actor(), day, clock.instant());
		long paymentId = payments.open(PaymentRepository.Opening.ofBills(c, unit.id(), key, command, till));
		Money bills = Money.ZERO;
		if (!command.lines().isEmpty()) {
			List<Line> settled = ledger.settle(unit.unitId(), command.lines(), "PAYMENT", paymentId);
			bills = settled.stream().map(Line::outstanding).reduce(Money.ZERO, Money::plus);
		}
		Money prepaid = command.prepaymentOrZero();
		if (prepaid.isPositive()) {
			ledger.prepay(unit.unitId(), prepaid, "PAYMENT", paymentId);
		}
		Money amount = bills.plus(prepaid);
		Money tendered = amount;
		if (command.method() == PaymentMethod.CASH) {
			tendered = Money.of(command.tendered());
			if (tendered.compareTo(amount) < 0) {
				throw ValidationException.of("tendered", "payment.tenderedTooLittle", amount);
			}
		}
		long receiptId = receipts.issue(c, paymentId, unit.id(), amount, day, scope.actor());
		payments.complete(c, paymentId,
				new PaymentRepository.Completion(amount, tendered, tendered.minus(amount), prepaid, receiptId));
		ReceiptView receipt = receipt(receiptId);
		audit.record(c, "payment", paymentId, "pay",
				unit.label() + " " + command.method() + " " + amount + " receipt " + receipt.number());
		events.publishEvent(new PaymentReceived(c, unit.id(), paymentId, receipt.number(), amount.amount()));
		return receipt;
	}

	@Transactional(readOnly = true)
	public ReceiptView receipt(long receiptId) {
		scope.require(Permission.FEE_READ);
		ReceiptBook.Row row = receipts.find(scope.allowedIds(), receiptId)
			.orElseThrow(() -> new NotFoundException("receipt", receiptId));
		return view(row);
	}

	@Transactional(readOnly = true)
	public List<ReceiptView> receiptsOfUnit(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return receipts.ofUnit(unit.communityId(), unitId).stream().map(this::view).toList();
	}

	/**
	 * The cashier asks for a void with a reason; nothing changes until a second person
	 * approves.
	 */
	public ReceiptView requestVoid(long receiptId, String reason) {
		scope.require(Permission.CASHIER_TAKE);
		ReceiptView receipt = receipt(receiptId);
		ReceiptVoid request = ReceiptVoid.request(receipt, reason, scope.actor(), clock.instant());
		days.requireOpen(receipt.communityId(), receipt.cashier(), receipt.businessDay());
		if (!voids.insert(request)) {
			throw new ConflictException("receipt.voidRequested", receipt.number());
		}
		audit.record(receipt.communityId(), "receipt", receiptId, "void-request", request.reason());
		return receipt(receiptId);
	}

	/**
	 * A second person (not the one who asked) approves the void: the payment's ledger
	 * entries are reversed, so its lines are open again; the receipt keeps its number,
	 * marked void. Refused once the receipt's day is closed, even when the void was asked
	 * for before the close.
	 */
	public ReceiptView approveVoid(long receiptId) {
		scope.require(Permission.CASHIER_APPROVE);
		ReceiptView receipt = receipt(receiptId);
		ReceiptVoid request = voids.findForUpdate(receipt)
			.orElseThrow(() -> new RuleViolationException("receipt.noVoidRequest", receipt.number()));
		request.approve(scope.actor(), clock.instant());
		// a void asked for before the close but not approved by then would change a day
		// that was handed over (R6.6)
		if (days.isClosedLocked(receipt.communityId(), receipt.cashier(), receipt.businessDay())) {
			throw new RuleViolationException("receipt.voidDayClosed", receipt.number(), receipt.businessDay());
		}
		voids.save(request);
		ledger.reverseByRef(receipt.communityId(), "PAYMENT", receipt.paymentId(), "void " + receipt.number());
		audit.record(receipt.communityId(), "receipt", receiptId, "void", request.reason());
		request.events().forEach(events::publishEvent);
		return receipt(receiptId);
	}

	ReceiptView view(ReceiptBook.Row row) {
		if (row.unitId() == null) {
			return row.toView(row.payer() == null ? "" : row.payer(), List.of());
		}
		UnitView unit = units.get(row.unitId());
		List<ReceiptView.Item> items = ledger.entriesOf(row.communityId(), "PAYMENT", row.paymentId())
			.stream()
			.filter(e -> e.kind() == EntryKind.PAYMENT && e.item() != null)
			.map(e -> new ReceiptView.Item(e.item(), e.period(), e.amount().negate()))
			.toList();
		return row.toView(unit.label(), items);
	}

}
