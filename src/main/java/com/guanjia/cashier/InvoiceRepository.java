package com.guanjia.cashier;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The invoice numbers recorded against receipts (发票, issued by the tax system); an
 * invoice number is used once per community.
 */
@Repository
class InvoiceRepository {

	private final JdbcClient jdbc;

	InvoiceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ReceiptView.Invoice> ofReceipt(long communityId, long receiptId) {
		return jdbc.sql("""
				select invoice_no, issued_on from receipt_invoice where community_id = ? and receipt_id = ?
				order by issued_on, invoice_no""")
			.params(communityId, receiptId)
			.query((rs, i) -> new ReceiptView.Invoice(rs.getString(1), rs.getDate(2).toLocalDate()))
			.list();
	}

	Map<Long, List<String>> ofReceipts(long communityId, Collection<Long> receiptIds) {
		return jdbc.sql("""
				select receipt_id, invoice_no from receipt_invoice where community_id = ? and receipt_id = any(?)
				order by invoice_no""")
			.params(communityId, receiptIds.toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Records the invoice; false when its number is recorded already (for any receipt).
	 */
	boolean insert(long communityId, long receiptId, String number, LocalDate issuedOn, String actor, Instant now) {
		return jdbc.sql("""
				insert into receipt_invoice (community_id, invoice_no, receipt_id, issued_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(communityId, number, receiptId, Date.valueOf(issuedOn), actor, SqlTime.utc(now))
			.update() == 1;
	}

	/** The invoice numbers recorded for a cashier's receipts of a business day. */
	List<String> numbersOfDay(long communityId, String cashier, LocalDate day) {
		return jdbc.sql("""
				select i.invoice_no from receipt_invoice i
				join receipt r on r.community_id = i.community_id and r.id = i.receipt_id
				join payment p on p.community_id = r.community_id and p.id = r.payment_id
				where i.community_id = ? and p.cashier = ? and r.business_day = ? order by i.invoice_no""")
			.params(communityId, cashier, Date.valueOf(day))
			.query(String.class)
			.list();
	}

}
