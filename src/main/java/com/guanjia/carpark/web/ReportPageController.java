package com.guanjia.carpark.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.carpark.CarparkReport;
import com.guanjia.carpark.CarparkReports;
import com.guanjia.carpark.HeldView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.platform.xlsx.XlsxExport.Sheet;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The car park's reports (issue 14 item 9): entries and exits by hour for peak staffing,
 * occupancy, fees by day and method, held vehicles; the same as a workbook, streamed.
 */
@Controller
class ReportPageController {

	private final CarparkReports reports;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	ReportPageController(CarparkReports reports, CommunityDirectory communities, CurrentCommunity current,
			Messages messages) {
		this.reports = reports;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/carpark/reports")
	String report(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpSession session, Model model) {
		long communityId = current.id(session);
		LocalDate last = to == null ? reports.today(communityId) : to;
		LocalDate first = from == null ? last.minusDays(6) : from;
		model.addAttribute("r", reports.report(communityId, first, last));
		model.addAttribute("zone", communities.timeZone(communityId));
		return "carpark/reports";
	}

	@GetMapping("/carpark/reports.xlsx")
	void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			HttpSession session, HttpServletResponse response) throws IOException {
		long communityId = current.id(session);
		LocalDate last = to == null ? reports.today(communityId) : to;
		LocalDate first = from == null ? last.minusDays(6) : from;
		CarparkReport r = reports.report(communityId, first, last);
		var zone = communities.timeZone(communityId);
		List<Sheet<?>> sheets = List.of(
				new Sheet<>(messages.get("carpark.report.byHour"),
						List.of(new Column<CarparkReport.Hour>(messages.get("carpark.report.hour"),
								CarparkReport.Hour::hour),
								new Column<>(messages.get("carpark.report.entries"), CarparkReport.Hour::entries),
								new Column<>(messages.get("carpark.report.exits"), CarparkReport.Hour::exits)),
						r.hours()),
				new Sheet<>(messages.get("carpark.report.occupancy"),
						List.of(new Column<CarparkReport.Occupancy>(messages.get("carpark.report.hour"),
								CarparkReport.Occupancy::hour),
								new Column<>(messages.get("carpark.report.inside"), CarparkReport.Occupancy::inside)),
						r.occupancy()),
				new Sheet<>(messages.get("carpark.report.fees"),
						List.of(new Column<CarparkReport.DayFees>(messages.get("carpark.report.day"),
								CarparkReport.DayFees::day),
								new Column<>(messages.get("field.method"), f -> messages.get(f.method().messageKey())),
								new Column<>(messages.get("carpark.report.receipts"), CarparkReport.DayFees::receipts),
								new Column<>(messages.get("carpark.report.amount"), f -> f.amount().amount())),
						r.fees()),
				new Sheet<>(messages.get("carpark.report.free"),
						List.of(new Column<CarparkReport.FreeExits>(messages.get("carpark.report.day"),
								CarparkReport.FreeExits::day),
								new Column<>(messages.get("field.free"), f -> messages.get(f.reason().messageKey())),
								new Column<>(messages.get("carpark.report.exits"), CarparkReport.FreeExits::exits)),
						r.free()),
				new Sheet<>(messages.get("carpark.report.held"), List.of(
						new Column<HeldView>(messages.get("field.plate"), HeldView::plate),
						new Column<>(messages.get("carpark.report.heldAt"),
								h -> h.heldAt().atZone(zone).toLocalDateTime().toString()),
						new Column<>(messages.get("field.reason"), h -> messages.get(h.reason().messageKey())),
						new Column<>(messages.get("carpark.report.status"), h -> messages.get(h.status().messageKey())),
						new Column<>(messages.get("field.ownerName"), HeldView::ownerName),
						new Column<>(messages.get("carpark.report.releasedBy"), HeldView::releasedBy), new Column<>(
								messages.get("carpark.report.amount"), h -> h.fee() == null ? null : h.fee().amount())),
						r.held()));
		XlsxExport.stream(response, "carpark-" + first + "-" + last + ".xlsx", sheets);
	}

}
