package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.db.SqlTime;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators' figures (R3.8, R4.5, R5.1, R16.1), one query each, over the stored
 * orders, timeline steps and return visits of a community — never from counters. Times
 * are UTC bounds of whole days in the community's zone.
 */
@Repository
class IndicatorFigures {

	/**
	 * Orders taken in: all, by kind, and the complaints among them and how many closed.
	 */
	record Received(long total, Map<WorkOrderKind, Long> byKind, long complaints, long complaintsClosedByEnd,
			long complaintsInvalid) {
	}

	/** How many, and how many of them by their due time. */
	record OnTime(long count, long onTime) {
	}

	/** Visits due, made, and the same for complaints. */
	record Visits(long due, long done, long complaintsDue, long complaintsDone) {
	}

	/**
	 * The average score of the visits made, how many were not satisfied, and the attempts
	 * that did not reach the resident (nobody home, no answer; issue 10 item 10).
	 */
	record Satisfaction(@Nullable BigDecimal average, long dissatisfied, long attempts) {
	}

	private final JdbcClient jdbc;

	IndicatorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Received in the period, by kind; valid complaints received and closed by its end
	 * (R4.5: 有效投诉处理率 — over the valid ones, issue 10 item 7), and apart the complaints
	 * found invalid (not the company's responsibility, R4.4). A complaint not yet judged
	 * counts as valid.
	 */
	Received received(long c, OffsetDateTime start, OffsetDateTime end) {
		Map<WorkOrderKind, Long> byKind = new EnumMap<>(WorkOrderKind.class);
		long[] complaints = new long[3];
		jdbc.sql("""
				select kind, count(*) as n,
				  count(*) filter (where valid is distinct from false) as valid,
				  count(*) filter (where valid is distinct from false and closed_at is not null and closed_at < :end)
				    as closed_by_end
				from work_order where community_id = :c and created_at >= :start and created_at < :end
				group by kind""").param("c", c).param("start", start).param("end", end).query(rs -> {
			WorkOrderKind kind = WorkOrderKind.valueOf(rs.getString("kind"));
			byKind.put(kind, rs.getLong("n"));
			if (kind == WorkOrderKind.COMPLAINT) {
				complaints[0] = rs.getLong("valid");
				complaints[1] = rs.getLong("closed_by_end");
				complaints[2] = rs.getLong("n") - rs.getLong("valid");
			}
		});
		long total = byKind.values().stream().mapToLong(Long::longValue).sum();
		return new Received(total, byKind, complaints[0], complaints[1], complaints[2]);
	}

	/**
	 * On time: done by its due time and none of its clocks missed (issue 10 item 7, R4.5
	 * "投诉处理及时率"): a major complaint that missed its same-day or 2-day step is late
	 * however soon it was resolved. A missed clock is an ESCALATE step on the order.
	 */
	private static final String ON_TIME = """
			(due_at is null or completed_at <= due_at) and not exists (select 1 from work_order_step s
			  where s.community_id = work_order.community_id and s.work_order_id = work_order.id
			  and s.action = 'ESCALATE')""";

	/** Closed in the period, and of those on time (every clock kept). */
	OnTime closed(long c, OffsetDateTime start, OffsetDateTime end) {
		return jdbc
			.sql("select count(*) as closed, count(*) filter (where " + ON_TIME + ") as on_time"
					+ " from work_order where community_id = :c and closed_at >= :start and closed_at < :end")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new OnTime(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Complaints completed in the period, and of those on time, every clock kept (R4.5).
	 */
	OnTime complaintsCompleted(long c, OffsetDateTime start, OffsetDateTime end) {
		return jdbc
			.sql("select count(*), count(*) filter (where " + ON_TIME + ")"
					+ " from work_order where community_id = :c and completed_at >= :start and completed_at < :end"
					+ " and kind = 'COMPLAINT'")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new OnTime(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Return visits due in the period and made (R5.1, R4.5): each order once, by the
	 * visit of its latest round (issue 10 item 6) — a reworked repair whose second visit
	 * is pending is 0 of 1, not 1 of 2.
	 */
	Visits visits(long c, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("""
				select count(*) as due, count(v.done_at) as done,
				  count(*) filter (where o.kind = 'COMPLAINT') as complaint_due,
				  count(v.done_at) filter (where o.kind = 'COMPLAINT') as complaint_done
				from (select distinct on (work_order_id) * from return_visit where community_id = :c
				      order by work_order_id, round desc) v
				join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
				where v.due_at >= :start and v.due_at < :end""")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new Visits(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * The visits made in the period: their average score and the dissatisfied ones; the
	 * attempts made in it that reached nobody.
	 */
	Satisfaction satisfaction(long c, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("""
				select avg(score), count(*) filter (where not satisfied),
				  (select count(*) from return_visit_attempt where community_id = :c
				   and attempted_at >= :start and attempted_at < :end)
				from return_visit where community_id = :c and done_at >= :start and done_at < :end""")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new Satisfaction(rs.getBigDecimal(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Orders taken in before {@code at} and neither closed nor cancelled by then (R3.8:
	 * they roll over).
	 */
	long openAt(long c, OffsetDateTime at) {
		return jdbc
			.sql("""
					select (select count(*) from work_order where community_id = :c and status not in ('CLOSED', 'CANCELLED')
					          and created_at < :at)
					     + (select count(*) from work_order where community_id = :c and closed_at >= :at and created_at < :at)""")
			.param("c", c)
			.param("at", at)
			.query(Long.class)
			.single();
	}

	/**
	 * The orders open at {@code asOf} by age. Open then = open now and taken in before,
	 * or closed since (both from partial indexes, not a scan).
	 */
	List<IndicatorReport.AgeBucket> openByAge(long c, OffsetDateTime asOf) {
		return jdbc
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
			.param("c", c)
			.param("asOf", asOf)
			.query((rs, i) -> List.of(new IndicatorReport.AgeBucket("0-1", rs.getLong(1)),
					new IndicatorReport.AgeBucket("1-3", rs.getLong(2)),
					new IndicatorReport.AgeBucket("3-7", rs.getLong(3)),
					new IndicatorReport.AgeBucket("7-30", rs.getLong(4)),
					new IndicatorReport.AgeBucket("30+", rs.getLong(5))))
			.single();
	}

	/** Escalation steps (missed deadlines) in the period by the order's department. */
	List<IndicatorReport.Breaches> breachesByDepartment(long c, OffsetDateTime start, OffsetDateTime end,
			Map<Long, String> departmentNames) {
		return jdbc.sql("""
				select o.department_id, count(*) from work_order_step s
				join work_order o on o.community_id = s.community_id and o.id = s.work_order_id
				where s.community_id = :c and s.action = 'ESCALATE' and s.occurred_at >= :start and s.occurred_at < :end
				group by o.department_id order by count(*) desc""")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> {
				Long id = (Long) rs.getObject(1);
				return new IndicatorReport.Breaches(id, id == null ? "-" : departmentNames.getOrDefault(id, "#" + id),
						rs.getLong(2));
			})
			.list();
	}

	/** Escalation steps in the period by the order's technician, the 20 most first. */
	List<IndicatorReport.Breaches> breachesByPerson(long c, OffsetDateTime start, OffsetDateTime end) {
		return jdbc.sql("""
				select o.technician_id, coalesce(max(o.technician_name), '-'), count(*) from work_order_step s
				join work_order o on o.community_id = s.community_id and o.id = s.work_order_id
				where s.community_id = :c and s.action = 'ESCALATE' and s.occurred_at >= :start and s.occurred_at < :end
				group by o.technician_id order by count(*) desc limit 20""")
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.query((rs, i) -> new IndicatorReport.Breaches((Long) rs.getObject(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The month summary's rows by kind and department: the predicates of received,
	 * closed, on time and open-at, grouped instead of totalled (R3.8).
	 */
	List<MonthSummary.Row> monthRows(long c, OffsetDateTime start, OffsetDateTime end, OffsetDateTime asOf,
			Map<Long, String> departmentNames) {
		return jdbc.sql("""
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
			.param("c", c)
			.param("start", start)
			.param("end", end)
			.param("asOf", asOf)
			.query((rs, i) -> {
				Long department = (Long) rs.getObject("department_id");
				return new MonthSummary.Row(WorkOrderKind.valueOf(rs.getString("kind")), department,
						department == null ? null : departmentNames.getOrDefault(department, "#" + department),
						rs.getLong("carried_in"), rs.getLong("received"), rs.getLong("closed"), rs.getLong("on_time"),
						rs.getLong("carried_out"));
			})
			.list();
	}

	/** The orders still open at {@code asOf}, oldest first, at most {@code limit}. */
	List<MonthSummary.CarriedOrder> carriedOver(long c, OffsetDateTime asOf, int limit,
			Map<Long, String> departmentNames) {
		return jdbc.sql("""
				select id, number, kind, severity, status, unit_label, location, description, department_id,
				  technician_name, created_at, due_at
				from work_order where community_id = :c and created_at < :asOf
				  and (status not in ('CLOSED', 'CANCELLED') or closed_at >= :asOf)
				order by created_at, id limit :limit""")
			.param("c", c)
			.param("asOf", asOf)
			.param("limit", limit)
			.query((rs, i) -> {
				Long department = (Long) rs.getObject("department_id");
				return new MonthSummary.CarriedOrder(rs.getLong("id"), rs.getString("number"),
						WorkOrderKind.valueOf(rs.getString("kind")),
						WorkOrderRows.value(Severity.class, rs.getString("severity")),
						WorkOrderStatus.valueOf(rs.getString("status")), rs.getString("unit_label"),
						rs.getString("location"), rs.getString("description"),
						department == null ? null : departmentNames.getOrDefault(department, "#" + department),
						rs.getString("technician_name"), SqlTime.instant(rs, "created_at"),
						SqlTime.instant(rs, "due_at"));
			})
			.list();
	}

}
