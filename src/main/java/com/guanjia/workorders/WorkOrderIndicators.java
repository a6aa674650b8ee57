package com.guanjia.workorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the indicators by SQL over the stored orders, timeline steps and return visits
 * — never from counters — for a period of whole days in the community's zone.
 * <ul>
 * <li>received: orders taken in during the period; closed: orders closed in it, on time
 * when completed by their due time;</li>
 * <li>complaint handling rate (R4.5, ≥ 95%): complaints received in the period that are
 * closed by its end;</li>
 * <li>complaint timeliness (100%): complaints completed in the period by their due
 * time;</li>
 * <li>return-visit rate (R5.1, 100%): visits due in the period that were made;
 * satisfaction: the average score of visits made;</li>
 * <li>open at start and end (R3.8: unfinished orders roll over): taken in before, not
 * closed or cancelled by then;</li>
 * <li>breaches: escalation steps (missed deadlines) in the period by the order's
 * department and technician.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class WorkOrderIndicators {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final CommunityDirectory communities;

	private final StaffManagement staff;

	private final Clock clock;

	WorkOrderIndicators(JdbcClient jdbc, CommunityScope scope, CommunityDirectory communities, StaffManagement staff,
			Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.communities = communities;
		this.staff = staff;
		this.clock = clock;
	}

	public IndicatorReport month(long communityId, YearMonth month) {
		return period(communityId, month.atDay(1), month.atEndOfMonth().plusDays(1));
	}

	/**
	 * The period from {@code from} (inclusive) to {@code to} (exclusive), days in the
	 * community's zone.
	 */
	public IndicatorReport period(long communityId, LocalDate from, LocalDate to) {
		scope.require(Permission.WORKORDER_SUPERVISE);
		scope.require(communityId);
		new Problems().check(from.isBefore(to), "to", "validation.period")
			.check(!to.isAfter(from.plusYears(2)), "to", "validation.period")
			.throwIfAny();
		ZoneId zone = communities.timeZone(communityId);
		OffsetDateTime start = utc(from.atStartOfDay(zone).toInstant());
		OffsetDateTime end = utc(to.atStartOfDay(zone).toInstant());
		Instant now = clock.instant();
		OffsetDateTime asOf = utc(now.isBefore(end.toInstant()) ? now : end.toInstant());

		Map<WorkOrderKind, Long> byKind = new EnumMap<>(WorkOrderKind.class);
		long[] received = new long[3];
		jdbc.sql("""
				select kind, count(*) as n,
				  count(*) filter (where closed_at is not null and closed_at < :end) as closed_by_end
				from work_order where community_id = :c and created_at >= :start and created_at < :end
				group by kind""").param("c", communityId).param("start", start).param("end", end).query(rs -> {
			WorkOrderKind kind = WorkOrderKind.valueOf(rs.getString("kind"));
			byKind.put(kind, rs.getLong("n"));
			received[0] += rs.getLong("n");
			if (kind == WorkOrderKind.COMPLAINT) {
				received[1] = rs.getLong("n");
				received[2] = rs.getLong("closed_by_end");
			}
		});
		long[] closed = jdbc.sql("""
				select count(*) as closed,
				  count(*) filter (where due_at is null or completed_at <= due_at) as on_time
				from work_order where community_id = :c and closed_at >= :start and closed_at < :end""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		long[] complaints = jdbc.sql("""
				select count(*), count(*) filter (where due_at is null or completed_at <= due_at)
				from work_order where community_id = :c and completed_at >= :start and completed_at < :end
				  and kind = 'COMPLAINT'""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		Object[] visits = jdbc.sql("""
				select count(*) as due, count(v.done_at) as done,
				  count(*) filter (where o.kind = 'COMPLAINT') as complaint_due,
				  count(v.done_at) filter (where o.kind = 'COMPLAINT') as complaint_done
				from return_visit v join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.community_id = :c and v.due_at >= :start and v.due_at < :end""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		Object[] satisfaction = jdbc.sql("""
				select avg(score), count(*) filter (where not satisfied) from return_visit
				where community_id = :c and done_at >= :start and done_at < :end""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new Object[] { rs.getBigDecimal(1), rs.getLong(2) })
			.single();
		long openAtStart = openAt(communityId, start);
		long openAtEnd = openAt(communityId, asOf);
		// Open then = open now and taken in before, or closed since (both from partial
		// indexes, not a scan).
		List<IndicatorReport.AgeBucket> ages = jdbc
			.sql("""
					with open_then as (
					  select created_at from work_order where community_id = :c and status not in ('CLOSED', 'CANCELLED')
					    and created_at < :asOf
					  union all
					  select created_at from work_order where community_id = :c and closed_at >= :asOf and created_at < :asOf
					)
					select count(*) filter (where created_at > :asOf - interval '1 day') as d1,
					  count(*) filter (where created_at <= :asOf - interval '1 day' and created_at > :asOf - interval '3 days') as d3,
					  count(*) filter (where created_at <= :asOf - interval '3 days' and created_at > :asOf - interval '7 days') as d7,
					  count(*) filter (where created_at <= :asOf - interval '7 days' and created_at > :asOf - interval '30 days') as d30,
					  count(*) filter (where created_at <= :asOf - interval '30 days') as older
					from open_then""")
			.param("c", communityId)
			.param("asOf", asOf)
			.query((rs, i) -> List.of(new IndicatorReport.AgeBucket("0-1", rs.getLong(1)),
					new IndicatorReport.AgeBucket("1-3", rs.getLong(2)),
					new IndicatorReport.AgeBucket("3-7", rs.getLong(3)),
					new IndicatorReport.AgeBucket("7-30", rs.getLong(4)),
					new IndicatorReport.AgeBucket("30+", rs.getLong(5))))
			.single();
		Map<Long, String> departmentNames = new java.util.HashMap<>();
		staff.departments(communityId).forEach((DepartmentView d) -> departmentNames.put(d.id(), d.name()));
		List<IndicatorReport.Breaches> byDepartment = new ArrayList<>();
		jdbc.sql("""
				select o.department_id, count(*) from work_order_step s
				join work_order o on o.community_id = s.community_id and o.id = s.work_order_id
				where s.community_id = :c and s.action = 'ESCALATE' and s.occurred_at >= :start and s.occurred_at < :end
				group by o.department_id order by count(*) desc""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query(rs -> {
				Long id = (Long) rs.getObject(1);
				byDepartment.add(new IndicatorReport.Breaches(id,
						id == null ? "-" : departmentNames.getOrDefault(id, "#" + id), rs.getLong(2)));
			});
		List<IndicatorReport.Breaches> byPerson = jdbc.sql("""
				select o.technician_id, coalesce(max(o.technician_name), '-'), count(*) from work_order_step s
				join work_order o on o.community_id = s.community_id and o.id = s.work_order_id
				where s.community_id = :c and s.action = 'ESCALATE' and s.occurred_at >= :start and s.occurred_at < :end
				group by o.technician_id order by count(*) desc limit 20""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new IndicatorReport.Breaches((Long) rs.getObject(1), rs.getString(2), rs.getLong(3)))
			.list();
		BigDecimal average = (BigDecimal) satisfaction[0];
		return new IndicatorReport(communityId, from, to, received[0], closed[0], closed[1], byKind, received[1],
				received[2], rate(received[2], received[1]), complaints[0], complaints[1],
				rate(complaints[1], complaints[0]), (long) visits[0], (long) visits[1],
				rate((long) visits[1], (long) visits[0]), (long) visits[2], (long) visits[3],
				rate((long) visits[3], (long) visits[2]),
				average == null ? null : average.setScale(2, RoundingMode.HALF_UP), (long) satisfaction[1], openAtStart,
				openAtEnd, ages, byDepartment, byPerson);
	}

	/**
	 * The month-end summary (R3.8, R5.3): the month's report with the same figures by
	 * kind and by department, and the orders carried over into the next month, oldest
	 * first.
	 */
	public MonthSummary monthSummary(long communityId, YearMonth month) {
		IndicatorReport report = month(communityId, month);
		ZoneId zone = communities.timeZone(communityId);
		OffsetDateTime start = utc(month.atDay(1).atStartOfDay(zone).toInstant());
		OffsetDateTime end = utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		Instant now = clock.instant();
		OffsetDateTime asOf = utc(now.isBefore(end.toInstant()) ? now : end.toInstant());
		Map<Long, String> departments = new java.util.HashMap<>();
		staff.departments(communityId).forEach((DepartmentView d) -> departments.put(d.id(), d.name()));
		// The predicates of received, closed, on time and openAt, grouped instead of
		// totalled.
		List<MonthSummary.Row> rows = jdbc.sql("""
				select kind, department_id,
				  count(*) filter (where created_at < :start
				    and (status not in ('CLOSED', 'CANCELLED') or closed_at >= :start)) as carried_in,
				  count(*) filter (where created_at >= :start and created_at < :end) as received,
				  count(*) filter (where closed_at >= :start and closed_at < :end) as closed,
				  count(*) filter (where closed_at >= :start and closed_at < :end
				    and (due_at is null or completed_at <= due_at)) as on_time,
				  count(*) filter (where created_at < :asOf
				    and (status not in ('CLOSED', 'CANCELLED') or closed_at >= :asOf)) as carried_out
				from work_order
				where community_id = :c and created_at < :end
				  and (created_at >= :start or closed_at >= :start or status not in ('CLOSED', 'CANCELLED'))
				group by kind, department_id""")
			.param("c", communityId)
			.param("start", start)
			.param("end", end)
			.param("asOf", asOf)
			.query((rs, i) -> {
				Long department = (Long) rs.getObject("department_id");
				return new MonthSummary.Row(WorkOrderKind.valueOf(rs.getString("kind")), department,
						department == null ? null : departments.getOrDefault(department, "#" + department),
						rs.getLong("carried_in"), rs.getLong("received"), rs.getLong("closed"), rs.getLong("on_time"),
						rs.getLong("carried_out"));
			})
			.list();
		Map<WorkOrderKind, MonthSummary.Row> byKind = new EnumMap<>(WorkOrderKind.class);
		Map<Long, MonthSummary.Row> byDepartment = new java.util.LinkedHashMap<>();
		for (MonthSummary.Row r : rows) {
			byKind.merge(r.kind(), new MonthSummary.Row(r.kind(), null, null, r.carriedIn(), r.received(), r.closed(),
					r.closedOnTime(), r.carriedOut()), MonthSummary.Row::plus);
			long key = r.departmentId() == null ? -1 : r.departmentId();
			byDepartment.merge(key, new MonthSummary.Row(null, r.departmentId(), r.department(), r.carriedIn(),
					r.received(), r.closed(), r.closedOnTime(), r.carriedOut()), MonthSummary.Row::plus);
		}
		List<MonthSummary.Row> departmentRows = new ArrayList<>(byDepartment.values());
		departmentRows.sort(java.util.Comparator
			.comparing((MonthSummary.Row r) -> r.department() == null ? "\uffff" : r.department()));
		List<MonthSummary.CarriedOrder> carried = jdbc.sql("""
				select id, number, kind, severity, status, unit_label, location, description, department_id,
				  technician_name, created_at, due_at
				from work_order where community_id = :c and created_at < :asOf
				  and (status not in ('CLOSED', 'CANCELLED') or closed_at >= :asOf)
				order by created_at, id limit :limit""")
			.param("c", communityId)
			.param("asOf", asOf)
			.param("limit", MonthSummary.CARRIED_OVER_LIMIT + 1)
			.query((rs, i) -> {
				Long department = (Long) rs.getObject("department_id");
				String severity = rs.getString("severity");
				return new MonthSummary.CarriedOrder(rs.getLong("id"), rs.getString("number"),
						WorkOrderKind.valueOf(rs.getString("kind")),
						severity == null ? null : Severity.valueOf(severity),
						WorkOrderStatus.valueOf(rs.getString("status")), rs.getString("unit_label"),
						rs.getString("location"), rs.getString("description"),
						department == null ? null : departments.getOrDefault(department, "#" + department),
						rs.getString("technician_name"), rs.getTimestamp("created_at").toInstant(),
						rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant());
			})
			.list();
		boolean cut = carried.size() > MonthSummary.CARRIED_OVER_LIMIT;
		return new MonthSummary(month, report, List.copyOf(byKind.values()), departmentRows,
				cut ? carried.subList(0, MonthSummary.CARRIED_OVER_LIMIT) : carried, cut);
	}

	/**
	 * Orders taken in before {@code at} and neither closed nor cancelled by then (R3.8:
	 * they roll over).
	 */
	private long openAt(long communityId, OffsetDateTime at) {
		return jdbc
			.sql("""
					select (select count(*) from work_order where community_id = :c and status not in ('CLOSED', 'CANCELLED')
					          and created_at < :at)
					     + (select count(*) from work_order where community_id = :c and closed_at >= :at and created_at < :at)""")
			.param("c", communityId)
			.param("at", at)
			.query(Long.class)
			.single();
	}

	static @Nullable BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static OffsetDateTime utc(Instant i) {
		return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
	}

}
