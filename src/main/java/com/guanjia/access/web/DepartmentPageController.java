package com.guanjia.access.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The departments of the current community with their leads; an administrator or manager
 * (DEPARTMENT_ADMIN) picks each lead from the department's staff (R3.6, R13).
 */
@Controller
class DepartmentPageController {

	private final StaffManagement staff;

	private final CurrentCommunity currentCommunity;

	private final CommunityScope scope;

	private final Messages messages;

	DepartmentPageController(StaffManagement staff, CurrentCommunity currentCommunity, CommunityScope scope,
			Messages messages) {
		this.staff = staff;
		this.currentCommunity = currentCommunity;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/departments")
	String list(HttpSession session, Model model) {
		return page(currentCommunity.id(session), model);
	}

	@PostMapping("/departments/{id}/lead")
	String setLead(@PathVariable long id, @RequestParam(required = false) @Nullable Long leadStaffId,
			HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			DepartmentView saved = staff.setLead(id, leadStaffId);
			String name = messages.get("department." + saved.code());
			redirect.addFlashAttribute("flash", leadStaffId == null ? messages.get("department.lead.cleared", name)
					: messages.get("department.lead.saved", name, staff.displayName(leadStaffId).orElse("")));
			return "redirect:/departments";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			model.addAttribute("errorDepartmentId", id);
			return page(currentCommunity.id(session), model);
		}
	}

	@PostMapping("/departments/{id}/shift-leads")
	String setShiftLeads(@PathVariable long id,
			@RequestParam(name = "shiftLeadStaffIds", required = false) @Nullable List<Long> shiftLeadStaffIds,
			HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			DepartmentView saved = staff.setShiftLeads(id, shiftLeadStaffIds);
			redirect.addFlashAttribute("flash",
					messages.get("department.shiftLeads.saved", messages.get("department." + saved.code())));
			return "redirect:/departments";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			model.addAttribute("errorDepartmentId", id);
			return page(currentCommunity.id(session), model);
		}
	}

	private String page(long communityId, Model model) {
		List<DepartmentView> departments = staff.departments(communityId);
		Map<Long, String> names = new LinkedHashMap<>();
		Map<Long, List<StaffView>> candidates = new LinkedHashMap<>();
		List<StaffView> members = staff.staffOf(communityId, null, null);
		for (DepartmentView d : departments) {
			candidates.put(d.id(), members.stream()
				.filter(s -> s.assignments()
					.stream()
					.anyMatch(a -> a.communityId() == communityId && Long.valueOf(d.id()).equals(a.departmentId())))
				.toList());
			for (long lead : d.leads()) {
				names.put(lead, staff.displayName(lead).orElse("#" + lead));
			}
		}
		model.addAttribute("departments", departments);
		model.addAttribute("leadNames", names);
		model.addAttribute("candidates", candidates);
		model.addAttribute("canEdit", scope.has(Permission.DEPARTMENT_ADMIN));
		return "access/departments";
	}

}
