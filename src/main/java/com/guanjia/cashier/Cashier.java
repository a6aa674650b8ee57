package com.guanjia.cashier;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.billing.EntryKind;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.CashierEvents.PaymentReceived;
import com.guanjia.cashier.CashierEvents.ReceiptVoided;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes payments and issues receipts (R6.3); voids a receipt only with a reason and a
 * supervisor's approval, the number staying used (R6.6). One payment is one transaction:
 * the lines settled, the credit, the receipt number and the receipt, or none of them.
 */
@Service
@Transactional
public class Cashier {

	private final JdbcClient jdbc;

	private final Ledger ledger;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cashier(JdbcClient jdbc, Ledger ledger, ReceiptBook receipts, CashierDays days, UnitManagement units,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.receipts = receipts;
		this.days = days;
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
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params((int) c, key).query((rs, i) -> 1).list();
		var existing = jdbc
			.sql("select id, unit_id, receipt_id from payment where community_id = ? and idempotency_key = ?")
			.params(c, key)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.optional();
		if (existing.isPresent()) {
			if (existing.get()[1] != unit.id()) {
				throw new ConflictException("payment.keyReused");
			}
			return receipt(existing.get()[2]);
		}
		LocalDate day = days.today(c);
		days.requireOpen(c, scope.actor(), day);
		long paymentId = jdbc.sql("""
				insert into payment (community_id, unit_id, kind, idempotency_key, method, reference, cashier,
				  business_day, created_at) values (?, ?, 'BILLS', ?, ?, ?, ?, ?, ?) returning id""")
			.params(c, unit.id(), key, command.method().name(), command.reference(), scope.actor(), Date.valueOf(day),
					now())
			.query(Long.class)
			.single();
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
		Money change = tendered.minus(amount);
		long receiptId = receipts.issue(c, paymentId, unit.id(), amount, day, scope.actor());
		jdbc.sql("""
				update payment set amount = ?, tendered = ?, change_given = ?, prepaid = ?, receipt_id = ?
				where community_id = ? and id = ?""")
			.params(amount.amount(), tendered.amount(), change.amount(), prepaid.amount(), receiptId, c, paymentId)
			.update();
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
	 * The cashier asks for a void with a reason; nothing changes until a supervisor
	 * approves.
	 */
	public ReceiptView requestVoid(long receiptId, String reason) {
		scope.require(Permission.CASHIER_TAKE);
		ReceiptView receipt = receipt(receiptId);
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.throwIfAny();
		days.requireOpen(receipt.communityId(), receipt.cashier(), receipt.businessDay());
		int inserted = jdbc.sql("""
				insert into receipt_void (community_id, receipt_id, reason, status, requested_by, requested_at)
				values (?, ?, ?, 'PENDING', ?, ?) on conflict do nothing""")
			.params(receipt.communityId(), receiptId, reason.strip(), scope.actor(), now())
			.update();
		if (inserted == 0) {
			throw new ConflictException("receipt.voidRequested", receipt.number());
		}
		audit.record(receipt.communityId(), "receipt", receiptId, "void-request", reason);
		return receipt(receiptId);
	}

	/**
	 * A supervisor (not the one who asked) approves the void: the payment's ledger
	 * entries are reversed, so its lines are open again; the receipt keeps its number,
	 * marked void. Refused once the receipt's day is closed, even when the void was asked
	 * for before the close.
	 */
	public ReceiptView approveVoid(long receiptId) {
		scope.require(Permission.CASHIER_APPROVE);
		ReceiptView receipt = receipt(receiptId);
		String requestedBy = jdbc.sql(
				"select requested_by from receipt_void where community_id = ? and receipt_id = ? and status = 'PENDING' for update")
			.params(receipt.communityId(), receiptId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new RuleViolationException("receipt.noVoidRequest", receipt.number()));
		if (requestedBy.equals(scope.actor())) {
			throw new RuleViolationException("receipt.voidSecondPerson");
		}
		// a void asked for before the close but not approved by then would change a day
		// that was handed over (R6.6)
		days.lock(receipt.communityId(), receipt.cashier(), receipt.businessDay());
		if (days.isClosed(receipt.communityId(), receipt.cashier(), receipt.businessDay())) {
			throw new RuleViolationException("receipt.voidDayClosed", receipt.number(), receipt.businessDay());
		}
		jdbc.sql("""
				update receipt_void set status = 'DONE', approved_by = ?, approved_at = ?
				where community_id = ? and receipt_id = ?""")
			.params(scope.actor(), now(), receipt.communityId(), receiptId)
			.update();
		String reason = receipt(receiptId).voidReason();
		ledger.reverseByRef(receipt.communityId(), "PAYMENT", receipt.paymentId(), "void " + receipt.number());
		audit.record(receipt.communityId(), "receipt", receiptId, "void", reason);
		events.publishEvent(new ReceiptVoided(receipt.communityId(), receipt.unitId(), receiptId, receipt.number(),
				reason == null ? "" : reason));
		return receipt(receiptId);
	}

	ReceiptView view(ReceiptBook.Row row) {
		UnitView unit = units.get(row.unitId());
		List<ReceiptView.Item> items = ledger.entriesOf(row.communityId(), "PAYMENT", row.paymentId())
			.stream()
			.filter(e -> e.kind() == EntryKind.PAYMENT && e.item() != null)
			.map(e -> new ReceiptView.Item(e.item(), e.period(), e.amount().negate()))
			.toList();
		return new ReceiptView(row.id(), row.communityId(), ReceiptView.format(row.year(), row.number()),
				row.paymentId(), row.unitId(), unit.label(), PaymentMethod.valueOf(row.method()), row.amount(),
				row.tendered(), row.change(), row.prepaid(), row.reference(), row.cashier(), row.day(),
				row.issuedAt().toInstant(), items, row.voidStatus(), row.voidReason());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
