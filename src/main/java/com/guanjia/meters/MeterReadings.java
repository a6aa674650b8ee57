package com.guanjia.meters;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billable consumption for billing runs (no caller scope: the billing service has checked
 * it). Held readings are left out until engineering confirms or corrects them (R7.1).
 */
@Component
@Transactional(readOnly = true)
public class MeterReadings {

	private final JdbcClient jdbc;

	MeterReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Consumption> billable(long communityId, YearMonth month) {
		return jdbc.sql("""
				select m.id, m.kind, m.unit_id, m.building_id, r.consumption from meter_reading r
				join meter m on m.community_id = r.community_id and m.id = r.meter_id
				where r.community_id = ? and r.period = ? and r.kind = 'REGULAR' and r.status in ('OK', 'CONFIRMED')
				order by m.id""")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query((rs, i) -> new Consumption(rs.getLong(1), MeterKind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getBigDecimal(5)))
			.list();
	}

	/**
	 * Whether a reading is still held back for a re-check (for the engineering task that
	 * asks for it).
	 */
	public boolean isHeld(long communityId, long readingId) {
		return jdbc
			.sql("select exists (select 1 from meter_reading where community_id = ? and id = ? and status = 'HELD')")
			.params(communityId, readingId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * How many readings of the month are still held for a re-check (shown in the billing
	 * preview).
	 */
	public long heldCount(long communityId, YearMonth month) {
		return jdbc.sql("""
				select count(*) from meter_reading where community_id = ? and period = ? and status = 'HELD'""")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query(Long.class)
			.single();
	}

}
