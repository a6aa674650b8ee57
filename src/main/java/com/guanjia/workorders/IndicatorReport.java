package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures the centre is judged by (R4.5, R5.1, R16.1, R3.8) for one community and
 * period, computed from stored orders, steps and visits. Rates are percentages with one
 * decimal, or null when there was nothing to count.
 */
public record IndicatorReport(long communityId, LocalDate from, LocalDate to, long received, long closed,
		long closedOnTime, Map<WorkOrderKind, Long> receivedByKind, long complaintsReceived, long complaintsHandled,
		@Nullable BigDecimal complaintHandlingRate, long complaintsCompleted, long complaintsCompletedOnTime,
		@Nullable BigDecimal complaintTimeliness, long visitsDue, long visitsDone, @Nullable BigDecimal returnVisitRate,
		long complaintVisitsDue, long complaintVisitsDone, @Nullable BigDecimal complaintReturnVisitRate,
		@Nullable BigDecimal satisfactionAverage, long dissatisfied, long openAtStart, long openAtEnd,
		List<AgeBucket> openByAge, List<Breaches> breachesByDepartment, List<Breaches> breachesByPerson) {

	public static final BigDecimal TARGET_COMPLAINT_HANDLING = new BigDecimal("95");

	public static final BigDecimal TARGET_COMPLAINT_TIMELINESS = new BigDecimal("100");

	public static final BigDecimal TARGET_RETURN_VISITS = new BigDecimal("100");

	/** Open orders by how long they have been open (days), at the end of the period. */
	public record AgeBucket(String label, long count) {
	}

	/** Missed deadlines of a department or a person in the period. */
	public record Breaches(@Nullable Long id, String name, long count) {
	}

}
