package com.guanjia.cashier;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.cashier.DailyClose.Figures;
import com.guanjia.cashier.DailyClose.Handover;
import com.guanjia.cashier.DailyCloseView.HandedTo;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link DailyClose}s; one per cashier and business day (a unique key). A
 * close to confirm is loaded {@code for update}.
 */
@Repository
class DailyCloseRepository {

	private final JdbcClient jdbc;

	DailyCloseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(long communityId, String cashier, LocalDate day) {
		return jdbc.sql("select count(*) from daily_close where community_id = ? and cashier = ? and business_day = ?")
			.params(communityId, cashier, Date.valueOf(day))
			.query(Long.class)
			.single() > 0;
	}

	Optional<DailyClose> find(List<Long> communityIds, long id) {
		return jdbc.sql("select * from daily_close where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(DailyCloseRepository::map)
			.optional();
	}

	Optional<DailyClose> findForUpdate(List<Long> communityIds, long id) {
		return jdbc.sql("select * from daily_close where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(DailyCloseRepository::map)
			.optional();
	}

	Optional<DailyClose> find(long communityId, String cashier, LocalDate day) {
		return jdbc.sql("select * from daily_close where community_id = ? and cashier = ? and business_day = ?")
			.params(communityId, cashier, Date.valueOf(day))
			.query(DailyCloseRepository::map)
			.optional();
	}

	List<DailyClose> recent(long communityId) {
		return jdbc.sql("select * from daily_close where community_id = ? order by business_day desc, id desc limit 60")
			.param(communityId)
			.query(DailyCloseRepository::map)
			.list();
	}

	void insert(DailyClose close) {
		Figures f = close.figures();
		Handover h = close.handover();
		long id = jdbc.sql("""
				insert into daily_close (community_id, cashier, business_day, cash, card, transfer, online, total,
				  receipts, first_receipt, last_receipt, voids, void_amount, reversals, reversal_amount, refunds,
				  refund_amount, cash_refunds, invoices, invoice_range, handed_to, note, closed_at)
				values (:c, :cashier, :day, :cash, :card, :transfer, :online, :total, :receipts, :first, :last, :voids,
				  :voidAmount, :reversals, :reversalAmount, :refunds, :refundAmount, :cashRefunds, :invoices,
				  :invoiceRange, :handedTo, :note, :closedAt) returning id""")
			.param("c", close.communityId())
			.param("cashier", close.cashier())
			.param("day", Date.valueOf(close.businessDay()))
			.param("cash", f.of(PaymentMethod.CASH).amount())
			.param("card", f.of(PaymentMethod.CARD).amount())
			.param("transfer", f.of(PaymentMethod.TRANSFER).amount())
			.param("online", f.of(PaymentMethod.ONLINE).amount())
			.param("total", f.total().amount())
			.param("receipts", f.receipts())
			.param("first", f.firstReceipt())
			.param("last", f.lastReceipt())
			.param("voids", f.voids())
			.param("voidAmount", f.voidAmount().amount())
			.param("reversals", f.reversals())
			.param("reversalAmount", f.reversalAmount().amount())
			.param("refunds", f.refunds())
			.param("refundAmount", f.refundAmount().amount())
			.param("cashRefunds", f.cashRefunds().amount())
			.param("invoices", f.invoices())
			.param("invoiceRange", f.invoiceRange())
			.param("handedTo", h.handedTo().name())
			.param("note", h.note())
			.param("closedAt", SqlTime.utc(close.closedAt()))
			.query(Long.class)
			.single();
		close.recorded(id);
	}

	/**
	 * Claims the day's reminder of a community; false when it was sent already (by this
	 * or another instance).
	 */
	boolean claimReminder(long communityId, LocalDate day, java.time.Instant now) {
		return jdbc.sql("""
				insert into daily_close_reminder (community_id, business_day, sent_at) values (?, ?, ?)
				on conflict do nothing""").params(communityId, Date.valueOf(day), SqlTime.utc(now)).update() == 1;
	}

	/** Saves the confirmation; the close was loaded for update. */
	void save(DailyClose close) {
		jdbc.sql("update daily_close set confirmed_by = ?, confirmed_at = ? where community_id = ? and id = ?")
			.params(close.confirmedBy(), SqlTime.utcOrNull(close.confirmedAt()), close.communityId(), close.id())
			.update();
	}

	static DailyClose map(ResultSet rs, int i) throws SQLException {
		Figures figures = new Figures(
				Map.of(PaymentMethod.CASH, money(rs, "cash"), PaymentMethod.CARD, money(rs, "card"),
						PaymentMethod.TRANSFER, money(rs, "transfer"), PaymentMethod.ONLINE, money(rs, "online")),
				rs.getInt("receipts"), rs.getString("first_receipt"), rs.getString("last_receipt"), rs.getInt("voids"),
				money(rs, "void_amount"), rs.getInt("reversals"), money(rs, "reversal_amount"), rs.getInt("refunds"),
				money(rs, "refund_amount"), money(rs, "cash_refunds"), rs.getInt("invoices"),
				rs.getString("invoice_range"));
		Handover handover = new Handover(HandedTo.valueOf(rs.getString("handed_to")), rs.getString("note"));
		return DailyClose.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getString("cashier"),
				rs.getDate("business_day").toLocalDate(), figures, handover, SqlTime.instant(rs, "closed_at"),
				rs.getString("confirmed_by"), SqlTime.instant(rs, "confirmed_at"));
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		return Money.of(rs.getBigDecimal(column));
	}

}
