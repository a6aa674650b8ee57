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

	/** Issues a receipt under the actor's username (the name is looked up when shown). */
	long issue(long communityId, long paymentId, @Nullable Long unitId, Money amount, LocalDate day, String actor) {
		return issue(communityId, paymentId, unitId, amount, day, new Issuer(actor, null), null);
	}

	/** Who issues a receipt: the cashier's username and name as printed. */
	record Issuer(String username, @Nullable String name) {
	}

	long issue(long communityId, long paymentId, @Nullable Long unitId, Money amount, LocalDate day, Issuer issuer) {
		return issue(communityId, paymentId, unitId, amount, day, issuer, null);
	}

	/**
	 * Issues the next number of the year; a red receipt (红冲, negative amount) names the
	 * receipt it reverses.
	 */
	long issue(long communityId, long paymentId, @Nullable Long unitId, Money amount, LocalDate day, Issuer issuer,
			@Nullable Long reverses) {
		int year = day.getYear();
		int number = nextNumber(communityId, year);
		return jdbc.sql("""
				insert into receipt (community_id, year, number, payment_id, unit_id, amount, issued_at, issued_by,
				  issued_by_name, business_day, reverses_receipt_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(communityId, year, number, paymentId, unitId, amount.amount(), SqlTime.utc(clock.instant()),
					issuer.username(), issuer.name(), Date.valueOf(day), reverses)
			.query(Long.class)
			.single();
	}

	record Row(long id, long communityId, int year, int number, long paymentId, @Nullable Long unitId, Money amount,
			PaymentMethod method, Money tendered, Money change, Money prepaid, @Nullable String reference,
			String cashier, @Nullable String cashierName, LocalDate day, OffsetDateTime issuedAt,
			@Nullable VoidStatus voidStatus, @Nullable String voidReason, String kind, @Nullable Long reversesId,
			@Nullable String reversesNumber, @Nullable Long reversedById, @Nullable String reversedByNumber,
			@Nullable String payer, @Nullable FeePurpose purpose) {

		String formattedNumber() {
			return ReceiptView.format(year, number);
		}

		boolean isRed() {
			return reversesId != null;
		}

		/** What the daily close counts of it. */
		DailyClose.Counted counted() {
			return new DailyClose.Counted(formattedNumber(), method, amount, voidStatus == VoidStatus.DONE, isRed());
		}

	}

	private static final String SELECT = """
			select r.id, r.community_id, r.year, r.number, r.payment_id, r.unit_id, r.amount, p.method, p.tendered,
			  p.change_given, p.prepaid, p.reference, p.cashier, r.issued_by_name, r.business_day, r.issued_at,
			  v.status as void_status, v.reason as void_reason, p.kind, r.reverses_receipt_id,
			  o.year as o_year, o.number as o_number, rr.id as rr_id, rr.year as rr_year, rr.number as rr_number, p.payer, p.purpose
			from receipt r join payment p on p.community_id = r.community_id and p.id = r.payment_id
			left join receipt_void v on v.community_id = r.community_id and v.receipt_id = r.id
			left join receipt o on o.community_id = r.community_id and o.id = r.reverses_receipt_id
			left join receipt rr on rr.community_id = r.community_id and rr.reverses_receipt_id = r.id\s""";

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
		Long reverses = (Long) rs.getObject("reverses_receipt_id");
		Long reversedBy = (Long) rs.getObject("rr_id");
		return new Row(rs.getLong("id"), rs.getLong("community_id"), rs.getInt("year"), rs.getInt("number"),
				rs.getLong("payment_id"), (Long) rs.getObject("unit_id"), money(rs.getBigDecimal("amount")),
				PaymentMethod.valueOf(rs.getString("method")), money(rs.getBigDecimal("tendered")),
				money(rs.getBigDecimal("change_given")), money(rs.getBigDecimal("prepaid")), rs.getString("reference"),
				rs.getString("cashier"), rs.getString("issued_by_name"), rs.getDate("business_day").toLocalDate(),
				rs.getObject("issued_at", OffsetDateTime.class),
				voidStatus == null ? null : VoidStatus.valueOf(voidStatus), rs.getString("void_reason"),
				rs.getString("kind"), reverses,
				reverses == null ? null : ReceiptView.format(rs.getInt("o_year"), rs.getInt("o_number")), reversedBy,
				reversedBy == null ? null : ReceiptView.format(rs.getInt("rr_year"), rs.getInt("rr_number")),
				rs.getString("payer"), purpose == null ? null : FeePurpose.valueOf(purpose));
	}

	/** The receipt of a community by its printed number (2026-000123), for imports. */
	Optional<Long> idOf(long communityId, String formattedNumber) {
		String[] parts = formattedNumber.strip().split("-");
		if (parts.length != 2 || !parts[0].matches("\\d{4}") || !parts[1].matches("\\d{1,9}")) {
			return Optional.empty();
		}
		return jdbc.sql("select id from receipt where community_id = ? and year = ? and number = ?")
			.params(communityId, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]))
			.query(Long.class)
			.optional();
	}

	private static Money money(BigDecimal value) {
		return Money.of(value);
	}

}
