package com.guanjia.billing;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Which units were charged rent for parking spaces in a month, and for how many spaces:
 * the billing run's {@link ChargeItem#PARKING} lines (one per unit, the quantity is the
 * number of rented spaces), leaving out lines whose charge was reversed. The car park's
 * monthly space check (R1.2, issue 14) compares them with spaces and cards.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class RentCharges {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	RentCharges(JdbcClient jdbc, CommunityScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/**
	 * Unit id → number of parking spaces charged for the month (units with none left
	 * out).
	 */
	public Map<Long, Integer> parkingSpaces(long communityId, YearMonth month) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		Map<Long, Integer> charged = new HashMap<>();
		jdbc.sql("""
				select l.unit_id, sum(l.quantity) from bill_line l
				where l.community_id = ? and l.item = ? and l.period = ?
				  and not exists (select 1 from ledger_entry c join ledger_entry r
				    on r.community_id = c.community_id and r.reverses_id = c.id
				    where c.community_id = l.community_id and c.bill_line_id = l.id and c.kind = 'CHARGE')
				group by l.unit_id""")
			.params(communityId, ChargeItem.PARKING.name(), Date.valueOf(month.atDay(1)))
			.query(rs -> {
				int spaces = rs.getBigDecimal(2).intValue();
				if (spaces > 0) {
					charged.put(rs.getLong(1), spaces);
				}
			});
		return charged;
	}

}
