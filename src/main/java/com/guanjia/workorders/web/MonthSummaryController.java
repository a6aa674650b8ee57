package com.guanjia.workorders.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.platform.xlsx.XlsxExport.Sheet;
import com.guanjia.workorders.IndicatorReport;
import com.guanjia.workorders.MonthSummary;
import com.guanjia.workorders.WorkOrderIndicators;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The month-end summary of work orders (R3.8, R5.3) for the supervisor and manager: a
 * printable page and the same figures as an .xlsx workbook, both from
 * {@link WorkOrderIndicators}.
 */
@Controller
class MonthSummaryController {

	private final WorkOrderIndicators indicators;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	private final Clock clock;

	MonthSummaryController(WorkOrderIndicators indicators, CommunityDirectory communities, CurrentCommunity current,
			Messages messages, Clock clock) {
		this.indicators = indicators;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/work-orders/month-summary")
	String page(@RequestParam(required = false) @Nullable YearMonth month, HttpSession session, Model model) {
		long communityId = current.id(session);
		ZoneId zone = communities.timeZone(communityId);
		MonthSummary summary = indicators.monthSummary(communityId, month == null ? thisMonth(zone) : month);
		model.addAttribute("summary", summary);
		model.addAttribute("r", summary.report());
		model.addAttribute("communityName", communities.names(List.of(communityId)).get(communityId));
		model.addAttribute("times", new Times(zone));
		model.addAttribute("today", LocalDate.now(clock.withZone(zone)));
		return "workorders/month-summary";
	}

	@GetMapping("/work-orders/month-summary/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) @Nullable YearMonth month, HttpSession session) {
		long communityId = current.id(session);
		ZoneId zone = communities.timeZone(communityId);
		MonthSummary s = indicators.monthSummary(communityId, month == null ? thisMonth(zone) : month);
		Times times = new Times(zone);
		List<Sheet<?>> sheets = List.of(new Sheet<>(messages.get("summary.sheet.figures"), figureColumns(), figures(s)),
				new Sheet<>(messages.get("summary.sheet.kinds"),
						rowColumns(r -> r.kind() == null ? r.department() : messages.get(r.kind().messageKey())),
						withTotal(s.byKind(), s.report())),
				new Sheet<>(messages.get("summary.sheet.departments"), rowColumns(this::departmentName),
						withTotal(s.byDepartment(), s.report())),
				new Sheet<>(messages.get("summary.sheet.carried"), carriedColumns(times), s.carriedOver()));
		return XlsxExport.download("work-orders-" + s.month() + ".xlsx", sheets);
	}

	private YearMonth thisMonth(ZoneId zone) {
		return YearMonth.now(clock.withZone(zone));
	}

	/** A department row's name; orders never dispatched have none. */
	private String departmentName(MonthSummary.Row r) {
		return r.department() != null ? r.department() : messages.get("summary.noDepartment");
	}

	/** Label and value: the month's figures as the page shows them. */
	record Figure(String label, @Nullable Object value) {
	}

	private List<Column<Figure>> figureColumns() {
		return List.of(new Column<>(messages.get("summary.figure"), Figure::label),
				new Column<>(messages.get("summary.value"), Figure::value));
	}

	private List<Figure> figures(MonthSummary s) {
		IndicatorReport r = s.report();
		List<Figure> f = new ArrayList<>();
		f.add(new Figure(messages.get("summary.month"), s.month().toString()));
		f.add(new Figure(messages.get("summary.carriedIn"), r.openAtStart()));
		f.add(new Figure(messages.get("summary.received"), r.received()));
		f.add(new Figure(messages.get("summary.closed"), r.closed()));
		f.add(new Figure(messages.get("summary.onTime"), r.closedOnTime()));
		f.add(new Figure(messages.get("summary.carriedOut"), r.openAtEnd()));
		f.add(new Figure(messages.get("summary.complaintsReceived"), r.complaintsReceived()));
		f.add(new Figure(messages.get("summary.complaintsHandled"), r.complaintsHandled()));
		f.add(new Figure(messages.get("indicators.complaintHandling"), r.complaintHandlingRate()));
		f.add(new Figure(messages.get("summary.complaintsCompleted"), r.complaintsCompleted()));
		f.add(new Figure(messages.get("summary.complaintsOnTime"), r.complaintsCompletedOnTime()));
		f.add(new Figure(messages.get("indicators.complaintTimeliness"), r.complaintTimeliness()));
		f.add(new Figure(messages.get("summary.visitsDue"), r.visitsDue()));
		f.add(new Figure(messages.get("summary.visitsDone"), r.visitsDone()));
		f.add(new Figure(messages.get("indicators.returnVisits"), r.returnVisitRate()));
		f.add(new Figure(messages.get("indicators.complaintVisits"), r.complaintReturnVisitRate()));
		f.add(new Figure(messages.get("indicators.satisfaction"), r.satisfactionAverage()));
		f.add(new Figure(messages.get("summary.dissatisfied"), r.dissatisfied()));
		return f;
	}

	private List<Column<MonthSummary.Row>> rowColumns(Function<MonthSummary.Row, String> label) {
		return List.of(new Column<>("", label),
				new Column<>(messages.get("summary.carriedIn"), MonthSummary.Row::carriedIn),
				new Column<>(messages.get("summary.received"), MonthSummary.Row::received),
				new Column<>(messages.get("summary.closed"), MonthSummary.Row::closed),
				new Column<>(messages.get("summary.onTime"), MonthSummary.Row::closedOnTime),
				new Column<>(messages.get("summary.onTimeRate"), (MonthSummary.Row r) -> r.onTimeRate()),
				new Column<>(messages.get("summary.carriedOut"), MonthSummary.Row::carriedOut));
	}

	/** The rows and, last, the report's totals (which the rows add up to). */
	private List<MonthSummary.Row> withTotal(List<MonthSummary.Row> rows, IndicatorReport r) {
		List<MonthSummary.Row> all = new ArrayList<>(rows);
		all.add(new MonthSummary.Row(null, -1L, messages.get("summary.total"), r.openAtStart(), r.received(),
				r.closed(), r.closedOnTime(), r.openAtEnd()));
		return all;
	}

	private List<Column<MonthSummary.CarriedOrder>> carriedColumns(Times times) {
		return List.of(new Column<>(messages.get("workOrder.number"), MonthSummary.CarriedOrder::number),
				new Column<>(messages.get("field.kind"), o -> messages.get(o.kind().messageKey())),
				new Column<>(messages.get("field.unitId"), o -> o.unitLabel() != null ? o.unitLabel() : o.location()),
				new Column<>(messages.get("field.description"), MonthSummary.CarriedOrder::description),
				new Column<>(messages.get("summary.receivedAt"), o -> times.of(o.createdAt())),
				new Column<>(messages.get("summary.statusNow"), o -> messages.get(o.status().messageKey())),
				new Column<>(messages.get("summary.department"), MonthSummary.CarriedOrder::department),
				new Column<>(messages.get("summary.technician"), MonthSummary.CarriedOrder::technicianName),
				new Column<>(messages.get("workOrder.due"), o -> times.of(o.dueAt())));
	}

}
