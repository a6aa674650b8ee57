package com.guanjia.cashier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.EntryKind;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.CashierEvents.PaymentReceived;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.CompanyProfile;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.shared.ChineseCapitals;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Takes payments and issues receipts (R6.3); corrects a receipt only with a reason and a
 * second person's approval, the number staying used (R6.6): a void while its day is open,
 * a red reversal (红冲) on an open day once it is closed. One payment is one transaction:
 * the lines settled, the credit, the receipt number and the receipt, or none of them.
 */
@Service
@Transactional
@NamedInterface("api")
public class Cashier {

	private final PaymentRepository payments;

	private final ReceiptVoidRepository voids;

	private final Ledger ledger;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final IdempotencyKeys keys;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InvoiceRepository invoices;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	private final CompanyProfile company;

	private final StaffManagement staff;

	Cashier(PaymentRepository payments, ReceiptVoidRepository voids, Ledger ledger, ReceiptBook receipts,
			CashierDays days, IdempotencyKeys keys, UnitManagement units, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, InvoiceRepository invoices, ResidentDirectory residents,
			CommunityDirectory communities, CompanyProfile company, StaffManagement staff) {
		this.invoices = invoices;
		this.residents = residents;
		this.communities = communities;
		this.company = company;
		this.staff = staff;
		this.payments = payments;
		this.voids = voids;
		this.ledger = ledger;
		this.receipts = receipts;
		this.days = days;
		this.keys = keys;
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
		// payment; the key with a different body is refused (issue 9 item 16)
		keys.claim(c, PaymentRepository.KEYS, key, "pay-bills", command);
		var earlier = payments.byKey(c, key);
		if (earlier.isPresent()) {
			if (!earlier.get().ofBills(unit.id())) {
				// a key taken before fingerprints were kept, for another payment
				throw new RuleViolationException("payment.keyReused");
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
		long receiptId = receipts.issue(c, paymentId, unit.id(), amount, day, issuer());
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
	 * The cashier asks for a correction with a reason; nothing changes until a second
	 * person approves. While the receipt's day is open that is a void; once it is closed,
	 * a red reversal (红冲) on the asking cashier's open day — so that day must be open.
	 */
	public ReceiptView requestVoid(long receiptId, String reason) {
		scope.require(Permission.CASHIER_TAKE);
		ReceiptView receipt = receipt(receiptId);
		ReceiptVoid request = ReceiptVoid.request(receipt, reason, scope.actor(), clock.instant());
		if (days.isClosedLocked(receipt.communityId(), receipt.cashier(), receipt.businessDay())) {
			days.requireOpen(receipt.communityId(), scope.actor(), days.today(receipt.communityId()));
		}
		if (!voids.insert(request)) {
			throw new ConflictException("receipt.voidRequested", receipt.number());
		}
		audit.record(receipt.communityId(), "receipt", receiptId, "void-request", request.reason());
		return receipt(receiptId);
	}

	/**
	 * A second person (not the one who asked) approves the correction: the payment's
	 * ledger entries are reversed, so its lines are open again. While the receipt's day
	 * is open the receipt is voided, keeping its number. A receipt of a closed day is
	 * never voided (the handover stands): it is corrected by a red reversal — a red
	 * receipt with the negative amount on the asking cashier's current open day, naming
	 * the original — even when the correction was asked for before the close.
	 */
	public ReceiptView approveVoid(long receiptId) {
		scope.require(Permission.CASHIER_APPROVE);
		ReceiptView receipt = receipt(receiptId);
		long c = receipt.communityId();
		ReceiptVoid request = voids.findForUpdate(receipt)
			.orElseThrow(() -> new RuleViolationException("receipt.noVoidRequest", receipt.number()));
		request.checkApprover(scope.actor());
		if (!days.isClosedLocked(c, receipt.cashier(), receipt.businessDay())) {
			request.approve(scope.actor(), clock.instant());
			voids.save(request);
			ledger.reverseByRef(c, "PAYMENT", receipt.paymentId(), "void " + receipt.number());
			audit.record(c, "receipt", receiptId, "void", request.reason());
		}
		else {
			String drawer = request.requestedBy();
			LocalDate today = days.today(c);
			days.requireOpen(c, drawer, today);
			long paymentId = payments
				.open(new PaymentRepository.Opening(c, receipt.unitId(), "REVERSAL", "red:" + receipt.id(),
						receipt.method(), receipt.number(), new PaymentRepository.Till(drawer, today, clock.instant()),
						receipt.unitId() == null ? receipt.unitLabel() : null, receipt.purpose()));
			Money minus = receipt.amount().negate();
			long redId = receipts.issue(c, paymentId, receipt.unitId(), minus, today,
					new ReceiptBook.Issuer(drawer, nameOf(request.requestedBy())), receipt.id());
			payments.complete(c, paymentId,
					new PaymentRepository.Completion(minus, minus, Money.ZERO, receipt.prepaid().negate(), redId));
			ledger.reverseByRef(c, "PAYMENT", receipt.paymentId(), "红冲 " + receipt.number());
			ReceiptView red = receipt(redId);
			request.approveAsRedReversal(scope.actor(), clock.instant(), redId, red.number());
			voids.save(request);
			audit.record(c, "receipt", receiptId, "red-reversal", red.number() + " " + request.reason());
		}
		request.events().forEach(events::publishEvent);
		return receipt(receiptId);
	}

	/** The cashier issuing a receipt now, by username and name as printed. */
	ReceiptBook.Issuer issuer() {
		return new ReceiptBook.Issuer(scope.actor(), staff.displayName(scope.staffId()).orElse(scope.actor()));
	}

	private String nameOf(String username) {
		return staff.displayNameOf(username).orElse(username);
	}

	/**
	 * The receipt as printed: 收款单位 (the company and the community), the payer (the unit's
	 * owners), the items (a red receipt shows the reversed items negated), the amount in
	 * capitals, the cashier by name, the invoices recorded for it.
	 */
	ReceiptView view(ReceiptBook.Row row) {
		long c = row.communityId();
		ReceiptView.Payee payee = new ReceiptView.Payee(company.name(),
				communities.names(List.of(c)).getOrDefault(c, ""));
		boolean dayClosed = days.isClosed(c, row.cashier(), row.day());
		String cashierName = row.cashierName() != null ? row.cashierName() : nameOf(row.cashier());
		String label;
		List<String> payers;
		List<ReceiptView.Item> items;
		if (row.unitId() == null) {
			// a fee not tied to a unit's bill: its payer (a plate) names it
			label = row.payer() == null ? "" : row.payer();
			payers = row.payer() == null ? List.of() : List.of(row.payer());
			items = List.of();
		}
		else {
			UnitView unit = units.get(row.unitId());
			label = unit.label();
			payers = residents.ownersOf(unit.unitId()).stream().map(r -> r.name()).toList();
			long paymentOfItems = row.isRed() && row.reversesId() != null ? receipts.find(List.of(c), row.reversesId())
				.map(ReceiptBook.Row::paymentId)
				.orElse(row.paymentId()) : row.paymentId();
			items = ledger.entriesOf(c, "PAYMENT", paymentOfItems)
				.stream()
				.filter(e -> e.kind() == EntryKind.PAYMENT && e.item() != null)
				.map(e -> new ReceiptView.Item(e.item(), e.period(), row.isRed() ? e.amount() : e.amount().negate()))
				.toList();
		}
		return new ReceiptView(row.id(), c, row.formattedNumber(), row.paymentId(), row.unitId(), label, row.method(),
				row.amount(), row.tendered(), row.change(), row.prepaid(), row.reference(), row.cashier(), row.day(),
				row.issuedAt().toInstant(), items, row.voidStatus(), row.voidReason(), payee, payers,
				ChineseCapitals.of(row.amount()), cashierName, row.reversesNumber(), row.reversedByNumber(), dayClosed,
				invoices.ofReceipt(c, row.id()), row.purpose());
	}

}
