package com.guanjia.cashier;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.cashier.DepositView.Status;
import com.guanjia.estate.UnitView;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposits and guarantees (R6.5): a deposit is asked for, approved by a second person,
 * then taken by the cashier with a receipt; its refund is asked for with a reason and
 * paid only after a second person approves (signed off). Deposits are money held for the
 * payer, not charges, so they stay out of the unit's ledger.
 */
@Service
@Transactional
public class Deposits {

	private final JdbcClient jdbc;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final Cashier cashier;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	Deposits(JdbcClient jdbc, ReceiptBook receipts, CashierDays days, Cashier cashier, UnitManagement units,
			CommunityScope scope, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.receipts = receipts;
		this.days = days;
		this.cashier = cashier;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	public DepositView request(long unitId, String purpose, BigDecimal amount) {
		scope.require(Permission.CASHIER_TAKE);
		UnitView unit = units.get(unitId);
		Problems p = new Problems();
		p.text("purpose", purpose, 60);
		p.check(amount != null && amount.signum() > 0, "amount", "payment.amountPositive");
		PaymentCommand.money(p, "amount", amount);
		p.throwIfAny();
		long id = jdbc.sql("""
				insert into deposit (community_id, unit_id, purpose, amount, status, requested_by, created_at)
				values (?, ?, ?, ?, 'REQUESTED', ?, ?) returning id""")
			.params(unit.communityId(), unitId, purpose.strip(), amount, scope.actor(), now())
			.query(Long.class)
			.single();
		audit.record(unit.communityId(), "deposit", id, "request", purpose + " " + amount);
		return get(id);
	}

	public DepositView approve(long id) {
		scope.require(Permission.CASHIER_APPROVE);
		DepositView d = get(id);
		secondPerson(d.requestedBy());
		move(d, Status.REQUESTED, Status.APPROVED, "approved_by = ?", scope.actor());
		return get(id);
	}

	/**
	 * Takes the approved deposit's money and issues a receipt (same idempotency rule as a
	 * payment).
	 */
	public ReceiptView take(long id, PaymentMethod method, BigDecimal tendered, String idempotencyKey) {
		scope.require(Permission.CASHIER_TAKE);
		DepositView d = get(id);
		if (d.status() == Status.HELD && d.paymentId() != null) {
			long receiptId = jdbc.sql("select receipt_id from payment where community_id = ? and id = ?")
				.params(d.communityId(), d.paymentId())
				.query(Long.class)
				.single();
			return cashier.receipt(receiptId);
		}
		if (d.status() != Status.APPROVED) {
			throw new RuleViolationException("deposit.notApproved");
		}
		Money amount = d.amount();
		Money paid = method == PaymentMethod.CASH ? Money.of(tendered) : amount;
		if (paid.compareTo(amount) < 0) {
			throw ValidationException.of("tendered", "payment.tenderedTooLittle", amount);
		}
		LocalDate day = days.today(d.communityId());
		days.requireOpen(d.communityId(), scope.actor(), day);
		long paymentId = jdbc.sql("""
				insert into payment (community_id, unit_id, kind, idempotency_key, method, amount, tendered,
				  change_given, cashier, business_day, created_at) values (?, ?, 'DEPOSIT', ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(d.communityId(), d.unitId(), idempotencyKey, method.name(), amount.amount(), paid.amount(),
					paid.minus(amount).amount(), scope.actor(), Date.valueOf(day), now())
			.query(Long.class)
			.single();
		long receiptId = receipts.issue(d.communityId(), paymentId, d.unitId(), amount, day, scope.actor());
		jdbc.sql("update payment set receipt_id = ? where community_id = ? and id = ?")
			.params(receiptId, d.communityId(), paymentId)
			.update();
		move(d, Status.APPROVED, Status.HELD, "payment_id = ?", paymentId);
		return cashier.receipt(receiptId);
	}

	public DepositView requestRefund(long id, String reason) {
		scope.require(Permission.CASHIER_TAKE);
		DepositView d = get(id);
		Problems p = new Problems();
		p.text("reason", reason, 200);
		p.throwIfAny();
		requireRefundDayOpen(d, scope.actor());
		move(d, Status.HELD, Status.REFUND_REQUESTED, "refund_reason = ?", reason.strip());
		jdbc.sql("update deposit set refund_requested_by = ? where community_id = ? and id = ?")
			.params(scope.actor(), d.communityId(), id)
			.update();
		return get(id);
	}

	/** Approved and signed by a second person: the deposit is paid back. */
	public DepositView approveRefund(long id) {
		scope.require(Permission.CASHIER_APPROVE);
		DepositView d = get(id);
		if (d.refundRequestedBy() != null) {
			secondPerson(d.refundRequestedBy());
		}
		requireRefundDayOpen(d, d.refundRequestedBy() == null ? scope.actor() : d.refundRequestedBy());
		move(d, Status.REFUND_REQUESTED, Status.REFUNDED, "refund_approved_by = ?, refunded_at = now()", scope.actor());
		return get(id);
	}

	@Transactional(readOnly = true)
	public List<DepositView> ofUnit(long unitId) {
		scope.require(Permission.FEE_READ);
		UnitView unit = units.get(unitId);
		return jdbc.sql("select * from deposit where community_id = ? and unit_id = ? order by id desc")
			.params(unit.communityId(), unitId)
			.query(Deposits::map)
			.list();
	}

	@Transactional(readOnly = true)
	public DepositView get(long id) {
		scope.require(Permission.FEE_READ);
		return jdbc.sql("select * from deposit where community_id = any(?) and id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), id)
			.query(Deposits::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("deposit", id));
	}

	/**
	 * The cashier who asked for the refund pays it out today: refused once that cashier's
	 * day is closed, so a handed-over drawer never changes (R6.6). Refunds are not part
	 * of the daily income handover; the deposit records who refunded it and when.
	 */
	private void requireRefundDayOpen(DepositView d, String payer) {
		LocalDate today = days.today(d.communityId());
		days.lock(d.communityId(), payer, today);
		if (days.isClosed(d.communityId(), payer, today)) {
			throw new RuleViolationException("deposit.refundDayClosed", today);
		}
	}

	private void secondPerson(String first) {
		if (first.equals(scope.actor())) {
			throw new RuleViolationException("deposit.secondPerson");
		}
	}

	private void move(DepositView d, Status from, Status to, String set, Object value) {
		int updated = jdbc
			.sql("update deposit set status = ?, " + set + ", version = version + 1"
					+ " where community_id = ? and id = ? and status = ?")
			.params(to.name(), value, d.communityId(), d.id(), from.name())
			.update();
		if (updated == 0) {
			throw new ConflictException("deposit.state", d.status());
		}
		audit.record(d.communityId(), "deposit", d.id(), to.name().toLowerCase(), String.valueOf(value));
	}

	static DepositView map(ResultSet rs, int i) throws SQLException {
		return new DepositView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getString("purpose"), Money.of(rs.getBigDecimal("amount")), Status.valueOf(rs.getString("status")),
				rs.getString("requested_by"), rs.getString("approved_by"), (Long) rs.getObject("payment_id"),
				rs.getString("refund_reason"), rs.getString("refund_requested_by"), rs.getString("refund_approved_by"),
				rs.getInt("version"));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
