package com.guanjia.arrears.web;

import java.util.List;

import com.guanjia.arrears.ArrearsViews;
import com.guanjia.arrears.Dunning;
import com.guanjia.billing.FeeReports;
import com.guanjia.billing.Ledger;
import com.guanjia.estate.UnitManagement;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.tags.Tag;
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

	ArrearsController(Dunning dunning, Ledger ledger, UnitManagement units, CurrentCommunity current,
			Messages messages) {
		this.dunning = dunning;
		this.ledger = ledger;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/arrears")
	String list(@RequestParam(defaultValue = "false") boolean dueOnly, HttpSession session, Model model) {
		long communityId = current.id(session);
		List<ArrearsViews.Overdue> overdue = dunning.overdue(communityId, dueOnly);
		model.addAttribute("overdue", overdue);
		model.addAttribute("dueOnly", dueOnly);
		model.addAttribute("totals", FeeReports.totals(overdue.stream().map(ArrearsViews.Overdue::debt).toList()));
		model.addAttribute("buckets", FeeReports.AgeBucket.values());
		model.addAttribute("tasks", dunning.restoreTasks(communityId));
		return "arrears/list";
	}

	@GetMapping("/arrears/export.xlsx")
	ResponseEntity<byte[]> export(HttpSession session) {
		List<ArrearsViews.Overdue> rows = dunning.overdue(current.id(session), false);
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
		model.addAttribute("unit", units.get(id));
		model.addAttribute("lines", ledger.lines(id, true));
		model.addAttribute("actions", dunning.actions(id));
		model.addAttribute("ladder", dunning.ladder(units.get(id).communityId()));
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

	@GetMapping("/api/arrears")
	@ResponseBody
	List<ArrearsViews.Overdue> overdue(@RequestParam long communityId,
			@RequestParam(defaultValue = "false") boolean dueOnly) {
		return dunning.overdue(communityId, dueOnly);
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
