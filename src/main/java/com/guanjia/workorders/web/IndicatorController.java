package com.guanjia.workorders.web;

import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.workorders.IndicatorReport;
import com.guanjia.workorders.WorkOrderIndicators;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The supervisor's indicator page (R4.5, R5, R16, R3.8) and the same figures as JSON. */
@Controller
class IndicatorController {

	private final WorkOrderIndicators indicators;

	private final CurrentCommunity current;

	private final java.time.Clock clock;

	IndicatorController(WorkOrderIndicators indicators, CurrentCommunity current, java.time.Clock clock) {
		this.indicators = indicators;
		this.current = current;
		this.clock = clock;
	}

	@GetMapping("/indicators")
	String page(@RequestParam(required = false) @Nullable YearMonth month, HttpSession session, Model model) {
		long communityId = current.id(session);
		YearMonth m = month == null ? YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))) : month;
		model.addAttribute("month", m);
		model.addAttribute("report", indicators.month(communityId, m));
		model.addAttribute("targets", new java.math.BigDecimal[] { IndicatorReport.TARGET_COMPLAINT_HANDLING,
				IndicatorReport.TARGET_COMPLAINT_TIMELINESS, IndicatorReport.TARGET_RETURN_VISITS });
		return "workorders/indicators";
	}

	@GetMapping("/api/work-order-indicators")
	@ResponseBody
	IndicatorReport api(@RequestParam long communityId, @RequestParam(required = false) @Nullable YearMonth month,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		if (from != null && to != null) {
			return indicators.period(communityId, from, to);
		}
		return indicators.month(communityId, month == null ? YearMonth.now(clock) : month);
	}

}
