package com.guanjia.workorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

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

	private final IndicatorFigures figures;

	private final CommunityScope scope;

	private final CommunityDirectory communities;

	private final StaffManagement staff;

	private final Clock clock;

	WorkOrderIndicators(IndicatorFigures figures, CommunityScope scope, CommunityDirectory communities,
			StaffManagement staff, Clock clock) {
		this.figures = figures;
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
		OffsetDateTime start = SqlTime.utc(from.atStartOfDay(zone).toInstant());
		OffsetDateTime end = SqlTime.utc(to.atStartOfDay(zone).toInstant());
		OffsetDateTime asOf = asOf(end);
		return IndicatorReport.of(communityId, from, to, figures.received(communityId, start, end),
				figures.closed(communityId, start, end), figures.complaintsCompleted(communityId, start, end),
				figures.visits(communityId, start, end), figures.satisfaction(communityId, start, end),
				figures.openAt(communityId, start), figures.openAt(communityId, asOf),
				figures.openByAge(communityId, asOf),
				figures.breachesByDepartment(communityId, start, end, departmentNames(communityId)),
				figures.breachesByPerson(communityId, start, end));
	}

	/**
	 * The month-end summary (R3.8, R5.3): the month's report with the same figures by
	 * kind and by department, and the orders carried over into the next month, oldest
	 * first.
	 */
	public MonthSummary monthSummary(long communityId, YearMonth month) {
		IndicatorReport report = month(communityId, month);
		ZoneId zone = communities.timeZone(communityId);
		OffsetDateTime start = SqlTime.utc(month.atDay(1).atStartOfDay(zone).toInstant());
		OffsetDateTime end = SqlTime.utc(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
		OffsetDateTime asOf = asOf(end);
		Map<Long, String> departments = departmentNames(communityId);
		Map<WorkOrderKind, MonthSummary.Row> byKind = new EnumMap<>(WorkOrderKind.class);
		Map<Long, MonthSummary.Row> byDepartment = new LinkedHashMap<>();
		for (MonthSummary.Row r : figures.monthRows(communityId, start, end, asOf, departments)) {
			byKind.merge(r.kind(), new MonthSummary.Row(r.kind(), null, null, r.carriedIn(), r.received(), r.closed(),
					r.closedOnTime(), r.carriedOut()), MonthSummary.Row::plus);
			long key = r.departmentId() == null ? -1 : r.departmentId();
			byDepartment.merge(key, new MonthSummary.Row(null, r.departmentId(), r.department(), r.carriedIn(),
					r.received(), r.closed(), r.closedOnTime(), r.carriedOut()), MonthSummary.Row::plus);
		}
		List<MonthSummary.Row> departmentRows = new ArrayList<>(byDepartment.values());
		departmentRows
			.sort(Comparator.comparing((MonthSummary.Row r) -> r.department() == null ? "\uffff" : r.department()));
		List<MonthSummary.CarriedOrder> carried = figures.carriedOver(communityId, asOf,
				MonthSummary.CARRIED_OVER_LIMIT + 1, departments);
		boolean cut = carried.size() > MonthSummary.CARRIED_OVER_LIMIT;
		return new MonthSummary(month, report, List.copyOf(byKind.values()), departmentRows,
				cut ? carried.subList(0, MonthSummary.CARRIED_OVER_LIMIT) : carried, cut);
	}

	/** The end of the period, or now when the period has not ended yet. */
	private OffsetDateTime asOf(OffsetDateTime end) {
		Instant now = clock.instant();
		return SqlTime.utc(now.isBefore(end.toInstant()) ? now : end.toInstant());
	}

	private Map<Long, String> departmentNames(long communityId) {
		Map<Long, String> names = new HashMap<>();
		staff.departments(communityId).forEach((DepartmentView d) -> names.put(d.id(), d.name()));
		return names;
	}

	static @Nullable BigDecimal rate(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part)
					.multiply(BigDecimal.valueOf(100))
					.divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
