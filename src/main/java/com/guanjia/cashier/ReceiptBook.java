package com.guanjia.cashier;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt numbers and receipts. The next number comes from one counter row per community
 * and year, incremented inside the paying transaction: concurrent cashiers wait for each
 * other on that row, and a payment that rolls back takes its increment with it, so the
 * numbers of a year run 1, 2, 3… without a gap.
 */
@Component
class ReceiptBook {

	private final JdbcClient jdbc;

	private final Clock clock;

	ReceiptBook(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	int nextNumber(long communityId, int year) {
		return jdbc.sql("""
				insert into receipt_counter (community_id, year, last_number) values (?, ?, 1)
				on conflict (community_id, year) do update set last_number = receipt_counter.last_number + 1
				returning last_number""").params(communityId, year).query(Integer.class).single();
	}

	long issue(long communityId, long paymentId, @Nullable Long unitId, Money amount, LocalDate day, String actor) {
		int year = day.getYear();
		int number = nextNumber(communityId, year);
		return jdbc.sql("""
				insert into receipt (community_id, year, number, payment_id, unit_id, amount, issued_at, issued_by,
				  business_day) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, year, number, paymentId, unitId, amount.amount(), SqlTime.utc(clock.instant()), actor,
					Date.valueOf(day))
			.query(Long.class)
			.single();
	}

	record Row(long id, long communityId, int year, int number, long paymentId, @Nullable Long unitId, Money amount,
			PaymentMethod method, Money tendered, Money change, Money prepaid, @Nullable String reference,
			String cashier, LocalDate day, OffsetDateTime issuedAt, @Nullable VoidStatus voidStatus,
			@Nullable String voidReason, String kind, @Nullable String payer, @Nullable FeePurpose purpose) {

		String formattedNumber() {
			return ReceiptView.format(year, number);
		}

		/**
		 * The receipt as printed, with its unit's label (or a fee's payer) and the items
		 * it paid.
		 */
		ReceiptView toView(String unitLabel, List<ReceiptView.Item> items) {
			return new ReceiptView(id, communityId, formattedNumber(), paymentId, unitId, unitLabel, method, amount,
					tendered, change, prepaid, reference, cashier, day, issuedAt.toInstant(), items, voidStatus,
					voidReason, purpose);
		}

		/** What the daily close counts of it. */
		DailyClose.Counted counted() {
			return new DailyClose.Counted(formattedNumber(), method, amount, voidStatus == VoidStatus.DONE);
		}

	}

	private static final String SELECT = """
			select r.id, r.community_id, r.year, r.number, r.payment_id, r.unit_id, r.amount, p.method, p.tendered,
			  p.change_given, p.prepaid, p.reference, p.cashier, r.business_day, r.issued_at, v.status as void_status,
			  v.reason as void_reason, p.kind, p.payer, p.purpose
			from receipt r join payment p on p.community_id = r.community_id and p.id = r.payment_id
			left join receipt_void v on v.community_id = r.community_id and v.receipt_id = r.id\s""";

	Optional<Row> find(List<Long> communityIds, long id) {
		return jdbc.sql(SELECT + " where r.community_id = any(?) and r.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ReceiptBook::map)
			.optional();
	}

	List<Row> ofDay(long communityId, String cashier, LocalDate day) {
		return jdbc
			.sql(SELECT
					+ " where r.community_id = ? and p.cashier = ? and r.business_day = ? order by r.year, r.number")
			.params(communityId, cashier, Date.valueOf(day))
			.query(ReceiptBook::map)
			.list();
	}

	List<Row> ofUnit(long communityId, long unitId) {
		return jdbc.sql(SELECT + " where r.community_id = ? and r.unit_id = ? order by r.id desc limit 50")
			.params(communityId, unitId)
			.query(ReceiptBook::map)
			.list();
	}

	static Row map(ResultSet rs, int i) throws SQLException {
		String voidStatus = rs.getString("void_status");
		String purpose = rs.getString("purpose");
		return new Row(rs.getLong("id"), rs.getLong("community_id"), rs.getInt("year"), rs.getInt("number"),
				rs.getLong("payment_id"), (Long) rs.getObject("unit_id"), money(rs.getBigDecimal("amount")),
				PaymentMethod.valueOf(rs.getString("method")), money(rs.getBigDecimal("tendered")),
				money(rs.getBigDecimal("change_given")), money(rs.getBigDecimal("prepaid")), rs.getString("reference"),
				rs.getString("cashier"), rs.getDate("business_day").toLocalDate(),
				rs.getObject("issued_at", OffsetDateTime.class),
				voidStatus == null ? null : VoidStatus.valueOf(voidStatus), rs.getString("void_reason"),
				rs.getString("kind"), rs.getString("payer"), purpose == null ? null : FeePurpose.valueOf(purpose));
	}

	private static Money money(BigDecimal value) {
		return Money.of(value);
	}

}
