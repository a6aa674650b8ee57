package com.guanjia.inspections.web;

import java.time.LocalDateTime;

import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.Contractors;
import com.guanjia.inspections.FindingActions;
import com.guanjia.inspections.FindingView;
import com.guanjia.inspections.Rectifications;
import com.guanjia.inspections.RoundKind;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Findings and their follow-up (R11.3, R11.6): the list (all, open, or the monthly
 * comprehensive inspection's rectification list), a finding with the actions its model
 * allows, the contractors' rectification notices with their rechecks.
 */
@Controller
class FindingPageController {

	private final FindingActions findings;

	private final Rectifications rectifications;

	private final Contractors contractors;

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	FindingPageController(FindingActions findings, Rectifications rectifications, Contractors contractors,
			StaffManagement staff, CommunityDirectory communities, CurrentCommunity current, Messages messages) {
		this.findings = findings;
		this.rectifications = rectifications;
		this.contractors = contractors;
		this.staff = staff;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/inspections/findings")
	String list(@RequestParam(defaultValue = "true") boolean openOnly, @RequestParam(required = false) RoundKind kind,
			HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("findings", findings.list(communityId, openOnly, null, kind));
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", RoundKind.values());
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		return "inspections/findings";
	}

	@GetMapping("/inspections/findings/{id}")
	String show(@PathVariable long id, Model model) {
		FindingView f = findings.get(id);
		model.addAttribute("f", f);
		model.addAttribute("contractors",
				contractors.list(f.communityId()).stream().filter(c -> c.trade() == f.trade() && c.active()).toList());
		model.addAttribute("departments", staff.departments(f.communityId()));
		model.addAttribute("times", new Times(communities.timeZone(f.communityId())));
		return "inspections/finding";
	}

	@PostMapping("/inspections/findings/{id}/order")
	String order(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			FindingView f = findings.order(id);
			redirect.addFlashAttribute("flash", messages.get("inspection.finding.ordered", f.workOrderNumber()));
			return "redirect:/inspections/findings/" + id;
		}
		catch (ValidationException ex) {
			return refused(id, ex, model);
		}
	}

	@PostMapping("/inspections/findings/{id}/contractor")
	String contractor(@PathVariable long id, @RequestParam(required = false) Long contractorId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime deadline,
			Model model, RedirectAttributes redirect) {
		FindingView before = findings.get(id);
		try {
			FindingView f = findings.sendToContractor(id, contractorId,
					deadline == null ? null : deadline.atZone(communities.timeZone(before.communityId())).toInstant());
			redirect.addFlashAttribute("flash", messages.get("inspection.finding.sent",
					f.rectification() == null ? "" : f.rectification().contractorName()));
			return "redirect:/inspections/findings/" + id;
		}
		catch (ValidationException ex) {
			return refused(id, ex, model);
		}
	}

	@PostMapping("/inspections/findings/{id}/refer")
	String refer(@PathVariable long id, @RequestParam(required = false) Long departmentId,
			@RequestParam(required = false) String note, Model model) {
		try {
			findings.refer(id, departmentId, note);
			return "redirect:/inspections/findings/" + id;
		}
		catch (ValidationException ex) {
			return refused(id, ex, model);
		}
	}

	@PostMapping("/inspections/findings/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) String resolution, Model model) {
		try {
			findings.resolve(id, resolution);
			return "redirect:/inspections/findings/" + id;
		}
		catch (ValidationException ex) {
			return refused(id, ex, model);
		}
	}

	/** The finding's page again, with what was wrong with the form. */
	private String refused(long id, ValidationException ex, Model model) {
		model.addAttribute("error", messages.describe(ex.problems()));
		return show(id, model);
	}

	@GetMapping("/inspections/rectifications")
	String rectifications(@RequestParam(defaultValue = "true") boolean openOnly, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("rectifications", rectifications.list(communityId, openOnly));
		model.addAttribute("openOnly", openOnly);
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		return "inspections/rectifications";
	}

	@PostMapping("/inspections/rectifications/{id}/confirm")
	String confirm(@PathVariable long id) {
		rectifications.confirm(id);
		return "redirect:/inspections/rectifications";
	}

	@PostMapping("/inspections/rectifications/{id}/recheck-failed")
	String recheckFailed(@PathVariable long id, @RequestParam(required = false) String note) {
		rectifications.recheckFailed(id, note);
		return "redirect:/inspections/rectifications";
	}

}
