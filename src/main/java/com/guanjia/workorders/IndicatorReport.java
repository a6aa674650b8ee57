package com.guanjia.workorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The figures the centre is judged by (R4.5, R5.1, R16.1, R3.8) for one community and
 * period, computed from stored orders, steps and visits. Rates are percentages with one
 * decimal, or null when there was nothing to count. {@code visitAttemptsUnreached} counts
 * the return-visit attempts in the period that reached nobody (R5.3's summary of all
 * visits; they are not visits made and do not count in the rate).
 */
public record IndicatorReport(long communityId, LocalDate from, LocalDate to, long received, long closed,
		long closedOnTime, Map<WorkOrderKind, Long> receivedByKind, long complaintsReceived, long complaintsHandled,
		@Nullable BigDecimal complaintHandlingRate, long complaintsCompleted, long complaintsCompletedOnTime,
		@Nullable BigDecimal complaintTimeliness, long visitsDue, long visitsDone, @Nullable BigDecimal returnVisitRate,
		long complaintVisitsDue, long complaintVisitsDone, @Nullable BigDecimal complaintReturnVisitRate,
		@Nullable BigDecimal satisfactionAverage, long dissatisfied, long openAtStart, long openAtEnd,
		List<AgeBucket> openByAge, List<Breaches> breachesByDepartment, List<Breaches> breachesByPerson,
		long complaintsInvalid, long visitAttemptsUnreached) {

	public static final BigDecimal TARGET_COMPLAINT_HANDLING = new BigDecimal("95");

	public static final BigDecimal TARGET_COMPLAINT_TIMELINESS = new BigDecimal("100");

	public static final BigDecimal TARGET_RETURN_VISITS = new BigDecimal("100");

	/** The report of the figures, with the rates worked out from them. */
	static IndicatorReport of(long communityId, LocalDate from, LocalDate to, IndicatorFigures.Received received,
			IndicatorFigures.OnTime closed, IndicatorFigures.OnTime complaints, IndicatorFigures.Visits visits,
			IndicatorFigures.Satisfaction satisfaction, long openAtStart, long openAtEnd, List<AgeBucket> openByAge,
			List<Breaches> byDepartment, List<Breaches> byPerson) {
		BigDecimal average = satisfaction.average();
		return new IndicatorReport(communityId, from, to, received.total(), closed.count(), closed.onTime(),
				received.byKind(), received.complaints(), received.complaintsClosedByEnd(),
				WorkOrderIndicators.rate(received.complaintsClosedByEnd(), received.complaints()), complaints.count(),
				complaints.onTime(), WorkOrderIndicators.rate(complaints.onTime(), complaints.count()), visits.due(),
				visits.done(), WorkOrderIndicators.rate(visits.done(), visits.due()), visits.complaintsDue(),
				visits.complaintsDone(), WorkOrderIndicators.rate(visits.complaintsDone(), visits.complaintsDue()),
				average == null ? null : average.setScale(2, RoundingMode.HALF_UP), satisfaction.dissatisfied(),
				openAtStart, openAtEnd, openByAge, byDepartment, byPerson, received.complaintsInvalid(),
				satisfaction.attempts());
	}

	/** Open orders by how long they have been open (days), at the end of the period. */
	public record AgeBucket(String label, long count) {
	}

	/** Missed deadlines of a department or a person in the period. */
	public record Breaches(@Nullable Long id, String name, long count) {
	}

}
