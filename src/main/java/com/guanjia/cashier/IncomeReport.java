package com.guanjia.cashier;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Income by business day and payment method (voided receipts left out), for the fee
 * reports.
 */
@Service
@Transactional(readOnly = true)
public class IncomeReport {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	IncomeReport(JdbcClient jdbc, CommunityScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	public record Row(LocalDate day, PaymentMethod method, int payments, Money amount) {
	}

	public List<Row> byDay(long communityId, LocalDate from, LocalDate to) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return jdbc
			.sql("""
					select p.business_day, p.method, count(*), sum(p.amount) from payment p
					join receipt r on r.community_id = p.community_id and r.id = p.receipt_id
					left join receipt_void v on v.community_id = r.community_id and v.receipt_id = r.id and v.status = 'DONE'
					where p.community_id = ? and p.business_day between ? and ? and v.receipt_id is null
					group by p.business_day, p.method order by p.business_day, p.method""")
			.params(communityId, Date.valueOf(from), Date.valueOf(to))
			.query((rs, i) -> new Row(rs.getDate(1).toLocalDate(), PaymentMethod.valueOf(rs.getString(2)), rs.getInt(3),
					Money.of(rs.getBigDecimal(4))))
			.list();
	}

}
