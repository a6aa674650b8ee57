package com.guanjia.inspections.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.ContractorView;
import com.guanjia.inspections.Contractors;
import com.guanjia.inspections.EvaluationLine;
import com.guanjia.inspections.EvaluationSettings;
import com.guanjia.inspections.EvaluationView;
import com.guanjia.inspections.Evaluations;
import com.guanjia.inspections.InspectionSetup;
import com.guanjia.inspections.Trade;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contractors, their contracts and the month-end evaluations (R11.4): compute, sign,
 * correct by a new revision, print and export for finance.
 */
@Controller
class ContractorPageController {

	private final Contractors contractors;

	private final Evaluations evaluations;

	private final EvaluationSettings settings;

	private final InspectionSetup setup;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	private final java.time.Clock clock;

	ContractorPageController(Contractors contractors, Evaluations evaluations, EvaluationSettings settings,
			InspectionSetup setup, CommunityDirectory communities, CurrentCommunity current, Messages messages,
			java.time.Clock clock) {
		this.contractors = contractors;
		this.evaluations = evaluations;
		this.settings = settings;
		this.setup = setup;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/inspections/contractors")
	String list(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("contractors", contractors.list(communityId));
		model.addAttribute("evaluations", evaluations.list(communityId));
		model.addAttribute("trades", Trade.values());
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		model.addAttribute("settings", settings.get(communityId));
		model.addAttribute("month",
				evaluations.period(communityId, YearMonth.now(clock.withZone(communities.timeZone(communityId))))
					.month()
					.minusMonths(1));
		return "inspections/contractors";
	}

	/**
	 * The month-end run of the community: every cleaning and greening contractor's month.
	 */
	@PostMapping("/inspections/evaluations/month-end")
	String monthEnd(@RequestParam(required = false) String month, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			List<EvaluationView> run = evaluations.computeAll(current.id(session), month(month));
			redirect.addFlashAttribute("flash", messages.get("inspection.monthEnd.done", run.size()));
			return "redirect:/inspections/contractors";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return list(session, model);
		}
	}

	@PostMapping("/inspections/evaluation-settings/period-end-day")
	String periodEndDay(@RequestParam(required = false) String periodEndDay,
			@RequestParam(required = false) Integer version, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			settings.setPeriodEndDay(current.id(session), whole("periodEndDay", periodEndDay), version);
			redirect.addFlashAttribute("flash", messages.get("inspection.settings.saved"));
			return "redirect:/inspections/contractors#settings";
		}
		catch (ValidationException ex) {
			model.addAttribute("settingsError", messages.describe(ex.problems()));
			return list(session, model);
		}
	}

	@PostMapping("/inspections/evaluation-settings/rules/{trade}")
	String scoringRule(@PathVariable Trade trade, @RequestParam(required = false) String baseScore,
			@RequestParam(required = false) String deductionPerItem,
			@RequestParam(required = false) String overdueFactor, @RequestParam(required = false) String floorScore,
			@RequestParam(required = false) Integer version, HttpSession session, Model model,
			RedirectAttributes redirect) {
		try {
			settings.setRule(current.id(session), trade,
					new EvaluationSettings.RuleChange(decimal("baseScore", baseScore),
							decimal("deductionPerItem", deductionPerItem), decimal("overdueFactor", overdueFactor),
							decimal("floorScore", floorScore), version));
			redirect.addFlashAttribute("flash", messages.get("inspection.settings.saved"));
			return "redirect:/inspections/contractors#settings";
		}
		catch (ValidationException ex) {
			model.addAttribute("settingsError", messages.describe(ex.problems()));
			return list(session, model);
		}
	}

	private static YearMonth month(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw ValidationException.of("month", "validation.required");
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw ValidationException.of("month", "validation.format");
		}
	}

	private static @Nullable Integer whole(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of(field, "validation.format");
		}
	}

	private static @Nullable BigDecimal decimal(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of(field, "validation.format");
		}
	}

	@PostMapping("/inspections/contractors")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) Trade trade,
			@RequestParam(required = false) String contactName, @RequestParam(required = false) String phone,
			HttpSession session, Model model) {
		try {
			ContractorView c = contractors.create(current.id(session),
					new Contractors.NewContractor(name, trade, contactName, phone));
			return "redirect:/inspections/contractors/" + c.id();
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return list(session, model);
		}
	}

	@GetMapping("/inspections/contractors/{id}")
	String show(@PathVariable long id, Model model) {
		ContractorView c = contractors.get(id);
		model.addAttribute("c", c);
		model.addAttribute("areas", setup.areas(c.communityId()));
		model.addAttribute("evaluations",
				evaluations.list(c.communityId()).stream().filter(e -> e.contractorId() == id).toList());
		YearMonth month = evaluations
			.period(c.communityId(), YearMonth.now(clock.withZone(communities.timeZone(c.communityId()))))
			.month();
		model.addAttribute("month", month);
		model.addAttribute("times", new Times(communities.timeZone(c.communityId())));
		return "inspections/contractor";
	}

	@PostMapping("/inspections/contractors/{id}/contracts")
	String contract(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@RequestParam(required = false) BigDecimal monthlyFee, @RequestParam(required = false) List<Long> areaIds,
			Model model) {
		try {
			contractors.addContract(id, new Contractors.NewContract(number, startsOn, endsOn, monthlyFee, areaIds));
			return "redirect:/inspections/contractors/" + id;
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return show(id, model);
		}
	}

	@PostMapping("/inspections/contractors/{id}/evaluations")
	String compute(@PathVariable long id, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		EvaluationView e = evaluations.compute(id, month);
		return "redirect:/inspections/evaluations/" + e.id();
	}

	@GetMapping("/inspections/evaluations/{id}")
	String evaluation(@PathVariable long id, Model model) {
		EvaluationView e = evaluations.get(id);
		model.addAttribute("e", e);
		model.addAttribute("history", evaluations.history(id));
		model.addAttribute("times", new Times(communities.timeZone(e.communityId())));
		return "inspections/evaluation";
	}

	@PostMapping("/inspections/evaluations/{id}/sign")
	String sign(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		evaluations.sign(id, version);
		redirect.addFlashAttribute("flash", messages.get("inspection.evaluation.signed"));
		return "redirect:/inspections/evaluations/" + id;
	}

	@PostMapping("/inspections/evaluations/{id}/recompute")
	String recompute(@PathVariable long id) {
		EvaluationView e = evaluations.get(id);
		return "redirect:/inspections/evaluations/" + evaluations.compute(e.contractorId(), e.month()).id();
	}

	@PostMapping("/inspections/evaluations/{id}/revise")
	String revise(@PathVariable long id, @RequestParam(required = false) String reason, Model model) {
		try {
			return "redirect:/inspections/evaluations/" + evaluations.revise(id, reason).id();
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return evaluation(id, model);
		}
	}

	/**
	 * The evaluation for finance as a workbook: one row per deduction, the score in the
	 * header row.
	 */
	@GetMapping("/inspections/evaluations/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		EvaluationView e = evaluations.get(id);
		Times times = new Times(communities.timeZone(e.communityId()));
		List<Column<EvaluationLine>> columns = List.of(
				new Column<>(messages.get("inspection.line.no"), EvaluationLine::lineNo),
				new Column<>(messages.get("inspection.line.time"), l -> times.of(l.visitedAt())),
				new Column<>(messages.get("inspection.line.place"), EvaluationLine::place),
				new Column<>(messages.get("inspection.line.item"), EvaluationLine::item),
				new Column<>(messages.get("inspection.line.weight"), EvaluationLine::weight),
				new Column<>(messages.get("inspection.line.overdue"), l -> l.overdue() ? "✓" : ""),
				new Column<>(messages.get("inspection.line.points"), EvaluationLine::points));
		String summary = messages.get("inspection.evaluation.summary", e.contractorName(), e.periodStart(),
				e.periodEnd(), e.revision(), e.score(), e.signed() ? e.signedBy() : "—");
		List<XlsxExport.Sheet<?>> sheets = List.of(new XlsxExport.Sheet<>(messages.get("inspection.evaluation"),
				List.<Column<String>>of(new Column<>(messages.get("inspection.evaluation"), s -> s)), List.of(summary)),
				new XlsxExport.Sheet<>(messages.get("inspection.line.sheet"), columns, e.lines()));
		return XlsxExport.download("evaluation-" + e.contractorId() + "-" + e.month() + "-r" + e.revision() + ".xlsx",
				sheets);
	}

}
