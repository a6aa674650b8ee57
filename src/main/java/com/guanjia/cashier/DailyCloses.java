package com.guanjia.cashier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.cashier.CashierEvents.DayClosed;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cashier's daily close (R6.6) and finance's confirmation of it. */
@Service
@Transactional
public class DailyCloses {

	private final JdbcClient jdbc;

	private final ReceiptBook receipts;

	private final CashierDays days;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DailyCloses(JdbcClient jdbc, ReceiptBook receipts, CashierDays days, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.receipts = receipts;
		this.days = days;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Today's figures of the signed-in cashier, closed or not. */
	@Transactional(readOnly = true)
	public DailyCloseView today(long communityId) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(communityId);
		LocalDate day = days.today(communityId);
		return find(communityId, scope.actor(), day).orElseGet(() -> summarize(communityId, scope.actor(), day, null));
	}

	public DailyCloseView close(long communityId, CloseCommand command) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(communityId);
		command.validate();
		LocalDate day = days.today(communityId);
		days.lock(communityId, scope.actor(), day);
		if (days.isClosed(communityId, scope.actor(), day)) {
			throw new ConflictException("cashier.alreadyClosed", day);
		}
		DailyCloseView s = summarize(communityId, scope.actor(), day, command);
		long id = jdbc.sql("""
				insert into daily_close (community_id, cashier, business_day, cash, card, transfer, online, total,
				  receipts, first_receipt, last_receipt, voids, void_amount, invoices, invoice_range, handed_to, note,
				  closed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, s.cashier(), Date.valueOf(day), s.cash().amount(), s.card().amount(),
					s.transfer().amount(), s.online().amount(), s.total().amount(), s.receipts(), s.firstReceipt(),
					s.lastReceipt(), s.voids(), s.voidAmount().amount(), s.invoices(), s.invoiceRange(),
					command.handedTo().name(), command.note(), now())
			.query(Long.class)
			.single();
		audit.record(communityId, "daily-close", id, "close", day + " " + s.total() + " " + s.receipts() + " receipts");
		events.publishEvent(new DayClosed(communityId, id, s.cashier(), day, s.total().amount()));
		return get(id);
	}

	/** Finance confirms it received the day's money. */
	public DailyCloseView confirm(long closeId) {
		scope.require(Permission.FINANCE_CONFIRM);
		DailyCloseView close = get(closeId);
		int updated = jdbc.sql("""
				update daily_close set confirmed_by = ?, confirmed_at = ?
				where community_id = ? and id = ? and confirmed_by is null""")
			.params(scope.actor(), now(), close.communityId(), closeId)
			.update();
		if (updated == 0) {
			throw new ConflictException("cashier.alreadyConfirmed");
		}
		audit.record(close.communityId(), "daily-close", closeId, "confirm", null);
		return get(closeId);
	}

	@Transactional(readOnly = true)
	public DailyCloseView get(long closeId) {
		scope.require(Permission.FEE_READ);
		return jdbc.sql("select * from daily_close where community_id = any(?) and id = ?")
			.params(scope.allowedIds().toArray(Long[]::new), closeId)
			.query(DailyCloses::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("daily-close", closeId));
	}

	@Transactional(readOnly = true)
	public List<DailyCloseView> recent(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return jdbc.sql("select * from daily_close where community_id = ? order by business_day desc, id desc limit 60")
			.param(communityId)
			.query(DailyCloses::map)
			.list();
	}

	private java.util.Optional<DailyCloseView> find(long communityId, String cashier, LocalDate day) {
		return jdbc.sql("select * from daily_close where community_id = ? and cashier = ? and business_day = ?")
			.params(communityId, cashier, Date.valueOf(day))
			.query(DailyCloses::map)
			.optional();
	}

	private DailyCloseView summarize(long communityId, String cashier, LocalDate day, CloseCommand command) {
		Money[] byMethod = { Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO };
		Money voidAmount = Money.ZERO;
		int voids = 0;
		String first = null;
		String last = null;
		List<ReceiptBook.Row> rows = receipts.ofDay(communityId, cashier, day);
		for (ReceiptBook.Row r : rows) {
			String number = ReceiptView.format(r.year(), r.number());
			first = first == null ? number : first;
			last = number;
			if ("DONE".equals(r.voidStatus())) {
				voids++;
				voidAmount = voidAmount.plus(r.amount());
				continue;
			}
			int m = PaymentMethod.valueOf(r.method()).ordinal();
			byMethod[m] = byMethod[m].plus(r.amount());
		}
		Money total = byMethod[0].plus(byMethod[1]).plus(byMethod[2]).plus(byMethod[3]);
		return new DailyCloseView(0, communityId, cashier, day, byMethod[0], byMethod[1], byMethod[2], byMethod[3],
				total, rows.size(), first, last, voids, voidAmount,
				command == null || command.invoices() == null ? 0 : command.invoices(),
				command == null ? null : command.invoiceRange(), command == null ? null : command.handedTo(),
				command == null ? null : command.note(), null, null, null);
	}

	static DailyCloseView map(ResultSet rs, int i) throws SQLException {
		OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
		return new DailyCloseView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("cashier"),
				rs.getDate("business_day").toLocalDate(), Money.of(rs.getBigDecimal("cash")),
				Money.of(rs.getBigDecimal("card")), Money.of(rs.getBigDecimal("transfer")),
				Money.of(rs.getBigDecimal("online")), Money.of(rs.getBigDecimal("total")), rs.getInt("receipts"),
				rs.getString("first_receipt"), rs.getString("last_receipt"), rs.getInt("voids"),
				Money.of(rs.getBigDecimal("void_amount")), rs.getInt("invoices"), rs.getString("invoice_range"),
				DailyCloseView.HandedTo.valueOf(rs.getString("handed_to")), rs.getString("note"),
				rs.getObject("closed_at", OffsetDateTime.class).toInstant(), rs.getString("confirmed_by"),
				confirmed == null ? null : confirmed.toInstant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
