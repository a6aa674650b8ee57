package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.utc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's figures, each one statement over the community's rows, hours and days in
 * the community's zone.
 */
@Repository
class CarparkReportRepository {

	private final JdbcClient jdbc;

	CarparkReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CarparkReport.Hour> byHour(long communityId, Instant from, Instant to, ZoneId zone) {
		int[] entries = new int[24];
		int[] exits = new int[24];
		jdbc.sql("""
				select extract(hour from entered_at at time zone ?)::int, count(*) from parking_stay
				where community_id = ? and entered_at >= ? and entered_at < ? and status <> 'CANCELLED' group by 1""")
			.params(zone.getId(), communityId, utc(from), utc(to))
			.query(rs -> {
				entries[rs.getInt(1)] = rs.getInt(2);
			});
		jdbc.sql("""
				select extract(hour from exited_at at time zone ?)::int, count(*) from parking_stay
				where community_id = ? and exited_at >= ? and exited_at < ? group by 1""")
			.params(zone.getId(), communityId, utc(from), utc(to))
			.query(rs -> {
				exits[rs.getInt(1)] = rs.getInt(2);
			});
		List<CarparkReport.Hour> hours = new ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(new CarparkReport.Hour(h, entries[h], exits[h]));
		}
		return hours;
	}

	/** Vehicles inside at the end of each hour from {@code dayStart} (24 hours). */
	List<CarparkReport.Occupancy> occupancy(long communityId, Instant dayStart) {
		return jdbc.sql("""
				select h, (select count(*) from parking_stay s where s.community_id = ? and s.status <> 'CANCELLED'
				  and s.entered_at < ? + (h + 1) * interval '1 hour'
				  and (s.exited_at is null or s.exited_at >= ? + (h + 1) * interval '1 hour')
				  and (s.status not in ('FORCED_OUT', 'ABANDONED')))
				from generate_series(0, 23) as h order by h""")
			.params(communityId, utc(dayStart), utc(dayStart))
			.query((rs, i) -> new CarparkReport.Occupancy(rs.getInt(1), rs.getInt(2)))
			.list();
	}

	CarparkReport.Inside insideNow(long communityId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'INSIDE' and entry_card_id is null),
				       count(*) filter (where status = 'INSIDE' and entry_card_id is not null),
				       count(*) filter (where status = 'HELD')
				from parking_stay where community_id = ? and status in ('INSIDE', 'HELD')""")
			.params(communityId)
			.query((rs, i) -> new CarparkReport.Inside(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	List<CarparkReport.DayFees> fees(long communityId, Instant from, Instant to, ZoneId zone) {
		return jdbc.sql("""
				select (paid_at at time zone ?)::date as day, method, count(*), sum(amount) from parking_fee
				where community_id = ? and paid_at >= ? and paid_at < ? and not voided
				group by 1, 2 order by 1, 2""")
			.params(zone.getId(), communityId, utc(from), utc(to))
			.query((rs, i) -> new CarparkReport.DayFees(rs.getDate(1).toLocalDate(),
					PaymentMethod.valueOf(rs.getString(2)), rs.getInt(3), Money.of(rs.getBigDecimal(4))))
			.list();
	}

	List<CarparkReport.FreeExits> free(long communityId, Instant from, Instant to, ZoneId zone) {
		return jdbc.sql("""
				select (exited_at at time zone ?)::date as day, free_reason, count(*) from parking_stay
				where community_id = ? and exited_at >= ? and exited_at < ? and free_reason is not null
				group by 1, 2 order by 1, 2""")
			.params(zone.getId(), communityId, utc(from), utc(to))
			.query((rs, i) -> new CarparkReport.FreeExits(rs.getDate(1).toLocalDate(),
					FreeReason.valueOf(rs.getString(2)), rs.getInt(3)))
			.list();
	}

}
