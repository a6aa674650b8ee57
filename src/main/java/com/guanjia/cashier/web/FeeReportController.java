package com.guanjia.cashier.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.FeeReports.Collection;
import com.guanjia.cashier.IncomeReport;
import com.guanjia.estate.BuildingView;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Fee reports: the collection rate of a period by building and charge item, and income by
 * day and method, on a page and as .xlsx. (Served by the cashier module, which sees both
 * billing's ledger and its own payments; arrears by age are on the arrears page.)
 */
@Controller
class FeeReportController {

	private final FeeReports reports;

	private final IncomeReport income;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	FeeReportController(FeeReports reports, IncomeReport income, UnitManagement units, CurrentCommunity current,
			Messages messages) {
		this.reports = reports;
		this.income = income;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/fees/reports")
	String page(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
			HttpSession session, Model model) {
		long c = current.id(session);
		YearMonth last = to == null ? reports.thisMonth(c) : to;
		YearMonth first = from == null ? last.minusMonths(2) : from;
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("collection", named(c, reports.collection(c, first, last)));
		model.addAttribute("income", income.byDay(c, first.atDay(1), last.atEndOfMonth()));
		return "cashier/reports";
	}

	@GetMapping("/fees/reports/collection.xlsx")
	ResponseEntity<byte[]> collection(@RequestParam YearMonth from, @RequestParam YearMonth to, HttpSession session) {
		long c = current.id(session);
		FeeReports.CollectionReport r = named(c, reports.collection(c, from, to));
		List<Collection> rows = new ArrayList<>();
		rows.add(r.total());
		rows.addAll(r.byBuilding());
		rows.addAll(r.byItem());
		return XlsxExport.download("collection.xlsx",
				List.of(new Column<>(messages.get("report.scope"), Collection::key),
						new Column<>(messages.get("report.billed"), x -> x.billed().amount()),
						new Column<>(messages.get("report.discounted"), x -> x.discounted().amount()),
						new Column<>(messages.get("report.collected"), x -> x.collected().amount()),
						new Column<>(messages.get("report.rate"), Collection::ratePercent)),
				rows);
	}

	@GetMapping("/fees/reports/income.xlsx")
	ResponseEntity<byte[]> income(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpSession session) {
		List<IncomeReport.Row> rows = income.byDay(current.id(session), from, to);
		return XlsxExport.download("income.xlsx",
				List.of(new Column<>(messages.get("receipt.date"), IncomeReport.Row::day),
						new Column<>(messages.get("payment.method"), x -> messages.get(x.method().messageKey())),
						new Column<>(messages.get("report.payments"), IncomeReport.Row::payments),
						new Column<>(messages.get("bill.amount"), x -> x.amount().amount())),
				rows);
	}

	/** Replaces building ids and item codes by the names people read. */
	private FeeReports.CollectionReport named(long c, FeeReports.CollectionReport r) {
		Map<String, String> buildings = units.buildings(c)
			.stream()
			.collect(Collectors.toMap(b -> String.valueOf(b.id()), BuildingView::name));
		Function<Collection, Collection> building = x -> new Collection(buildings.getOrDefault(x.key(), x.key()),
				x.billed(), x.discounted(), x.collected());
		Function<Collection, Collection> item = x -> new Collection(
				messages.get(ChargeItem.valueOf(x.key()).messageKey()), x.billed(), x.discounted(), x.collected());
		return new FeeReports.CollectionReport(
				new Collection(messages.get("report.total"), r.total().billed(), r.total().discounted(),
						r.total().collected()),
				r.byBuilding().stream().map(building).toList(), r.byItem().stream().map(item).toList());
	}

}
