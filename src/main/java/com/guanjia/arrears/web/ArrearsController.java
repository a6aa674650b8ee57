package com.guanjia.arrears.web;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.arrears.ArrearsFilter;
import com.guanjia.arrears.ArrearsReason;
import com.guanjia.arrears.ArrearsViews;
import com.guanjia.arrears.Dunning;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.FeeReports.AgeBucket;
import com.guanjia.billing.Ledger;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Arrears pages and API (R6.7): overdue units by age, the next dunning step, steps taken,
 * the demand letter.
 */
@Controller
@Tag(name = "arrears", description = "Overdue units, dunning steps and restore tasks (R6.7)")
class ArrearsController {

	private final Dunning dunning;

	private final Ledger ledger;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	private final CommunityDirectory communities;

	ArrearsController(Dunning dunning, Ledger ledger, UnitManagement units, CurrentCommunity current, Messages messages,
			CommunityDirectory communities) {
		this.dunning = dunning;
		this.ledger = ledger;
		this.units = units;
		this.current = current;
		this.messages = messages;
		this.communities = communities;
	}

	@GetMapping("/arrears")
	String list(@RequestParam(required = false) Long buildingId, @RequestParam(required = false) AgeBucket bucket,
			@RequestParam(required = false) BigDecimal minAmount, @RequestParam(defaultValue = "false") boolean dueOnly,
			@RequestParam(required = false) Integer page, HttpSession session, HttpServletRequest request,
			Model model) {
		long communityId = current.id(session);
		ArrearsFilter filter = new ArrearsFilter(buildingId, bucket, minAmount, dueOnly);
		ResultPage<ArrearsViews.Overdue> result = dunning.page(communityId, filter, ResultPage.Request.of(page, 50));
		model.addAttribute("result", result);
		model.addAttribute("filter", filter);
		model.addAttribute("dueOnly", dueOnly);
		model.addAttribute("totals", FeeReports
			.totals(dunning.overdue(communityId, ArrearsFilter.ALL).stream().map(ArrearsViews.Overdue::debt).toList()));
		model.addAttribute("buckets", AgeBucket.values());
		model.addAttribute("buildings", units.buildings(communityId));
		model.addAttribute("tasks", dunning.restoreTasks(communityId));
		model.addAttribute("sweeps", dunning.sweeps(communityId));
		return Htmx.view(request, "arrears/list", "results");
	}

	@GetMapping("/arrears/export.xlsx")
	ResponseEntity<byte[]> export(HttpSession session) {
		List<ArrearsViews.Overdue> rows = dunning.overdue(current.id(session), ArrearsFilter.ALL);
		List<Column<ArrearsViews.Overdue>> columns = new java.util.ArrayList<>();
		columns.add(new Column<>(messages.get("unit.label"), ArrearsViews.Overdue::unitLabel));
		for (FeeReports.AgeBucket b : FeeReports.AgeBucket.values()) {
			columns.add(new Column<>(messages.get(b.messageKey()),
					o -> o.debt().buckets().getOrDefault(b, com.guanjia.shared.Money.ZERO).amount()));
		}
		columns.add(new Column<>(messages.get("arrears.total"), o -> o.debt().total().amount()));
		columns.add(new Column<>(messages.get("arrears.oldest"), o -> o.debt().oldestDaysOverdue()));
		columns.add(new Column<>(messages.get("arrears.lastStep"),
				o -> o.lastStep() == null ? "" : messages.get("dunning.step." + o.lastStep())));
		return XlsxExport.download("arrears.xlsx", columns, rows);
	}

	@GetMapping("/arrears/units/{id}")
	String unit(@PathVariable long id, Model model) {
		UnitView unit = units.get(id);
		model.addAttribute("unit", unit);
		// The dunning log in the community's zone (issue 10 item 19: it once showed UTC).
		model.addAttribute("zone", communities.timeZone(unit.communityId()));
		model.addAttribute("lines", ledger.lines(id, true));
		model.addAttribute("actions", dunning.actions(id));
		model.addAttribute("dunningCase", dunning.caseOf(id));
		model.addAttribute("reasons", ArrearsReason.values());
		return "arrears/unit";
	}

	@PostMapping("/arrears/units/{id}/steps")
	String record(@PathVariable long id, @RequestParam String step, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String note, @RequestParam(required = false) String dispatchNo,
			RedirectAttributes redirect) {
		try {
			dunning.record(id, step, blank(channel), blank(note), blank(dispatchNo));
			redirect.addFlashAttribute("flash", messages.get("arrears.recorded"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/arrears/units/" + id;
	}

	@PostMapping("/arrears/units/{id}/reason")
	String explain(@PathVariable long id, @RequestParam(required = false) ArrearsReason reason,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> dunning.explain(id, reason, blank(note)));
	}

	@PostMapping("/arrears/units/{id}/supply-cut")
	String supplyCut(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(id, redirect, () -> dunning.recordSupplyCut(id, blank(note)));
	}

	private String attempt(long id, RedirectAttributes redirect, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", messages.get("arrears.recorded"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/arrears/units/" + id;
	}

	@GetMapping("/arrears/units/{id}/letter")
	String letter(@PathVariable long id, Model model) {
		model.addAttribute("letter", dunning.letter(id));
		return "arrears/letter";
	}

	@PostMapping("/arrears/restore-tasks/{id}/done")
	String restored(@PathVariable long id, RedirectAttributes redirect) {
		dunning.completeRestore(id);
		redirect.addFlashAttribute("flash", messages.get("arrears.restored"));
		return "redirect:/arrears";
	}

	// --- JSON

	/** The overdue units of a community, filtered and paged, with whom to call. */
	@GetMapping("/api/arrears")
	@ResponseBody
	ResultPage<ArrearsViews.Overdue> overdue(@RequestParam long communityId,
			@RequestParam(required = false) Long buildingId, @RequestParam(required = false) AgeBucket bucket,
			@RequestParam(required = false) BigDecimal minAmount, @RequestParam(defaultValue = "false") boolean dueOnly,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return dunning.page(communityId, new ArrearsFilter(buildingId, bucket, minAmount, dueOnly),
				ResultPage.Request.of(page, size));
	}

	@GetMapping("/api/units/{id}/dunning")
	@ResponseBody
	ArrearsViews.CaseView caseApi(@PathVariable long id) {
		return dunning.caseOf(id);
	}

	@GetMapping("/api/arrears/sweeps")
	@ResponseBody
	List<ArrearsViews.Sweep> sweeps(@RequestParam long communityId) {
		return dunning.sweeps(communityId);
	}

	record ReasonRequest(@Nullable ArrearsReason reason, @Nullable String note) {
	}

	@PostMapping("/api/units/{id}/arrears-reason")
	@ResponseBody
	ArrearsViews.Action explainApi(@PathVariable long id, @RequestBody ReasonRequest r) {
		return dunning.explain(id, r.reason(), r.note());
	}

	record SupplyCutRequest(@Nullable String note) {
	}

	@PostMapping("/api/units/{id}/supply-cuts")
	@ResponseBody
	ArrearsViews.Action supplyCutApi(@PathVariable long id, @RequestBody SupplyCutRequest r) {
		return dunning.recordSupplyCut(id, r.note());
	}

	record StepRequest(@Nullable String step, @Nullable String channel, @Nullable String note,
			@Nullable String dispatchNo) {
	}

	@PostMapping("/api/units/{id}/dunning-steps")
	@ResponseBody
	ArrearsViews.Action recordApi(@PathVariable long id, @RequestBody StepRequest r) {
		return dunning.record(id, r.step() == null ? "" : r.step(), r.channel(), r.note(), r.dispatchNo());
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
