package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The month-end summary of work orders (R3.8, R5.3): the month's indicators, the same
 * figures by kind and by department, and the unfinished orders that roll over into the
 * next month. The rows use the indicators' own definitions, so each column of rows adds
 * up to the report's total.
 */
public record MonthSummary(YearMonth month, IndicatorReport report, List<Row> byKind, List<Row> byDepartment,
		List<CarriedOrder> carriedOver, boolean carriedOverCut) {

	/**
	 * The share of the month's closed orders closed on time (percent, one decimal), or
	 * null.
	 */
	public @Nullable BigDecimal onTimeRate() {
		return WorkOrderIndicators.rate(report.closedOnTime(), report.closed());
	}

	/** The most unfinished orders listed; the count in the report is always whole. */
	public static final int CARRIED_OVER_LIMIT = 1000;

	/**
	 * One kind or one department: orders carried in from before the month, received,
	 * closed (and of those on time), and still open at the month's end (carried out). A
	 * department row without a department holds the orders never dispatched.
	 */
	public record Row(@Nullable WorkOrderKind kind, @Nullable Long departmentId, @Nullable String department,
			long carriedIn, long received, long closed, long closedOnTime, long carriedOut) {

		public @Nullable BigDecimal onTimeRate() {
			return WorkOrderIndicators.rate(closedOnTime, closed);
		}

		Row plus(Row other) {
			return new Row(kind, departmentId, department, carriedIn + other.carriedIn, received + other.received,
					closed + other.closed, closedOnTime + other.closedOnTime, carriedOut + other.carriedOut);
		}

	}

	/** An order still open at the month's end, with its status today. */
	public record CarriedOrder(long id, String number, WorkOrderKind kind, @Nullable Severity severity,
			WorkOrderStatus status, @Nullable String unitLabel, @Nullable String location, String description,
			@Nullable String department, @Nullable String technicianName, Instant createdAt, @Nullable Instant dueAt) {
	}

}
