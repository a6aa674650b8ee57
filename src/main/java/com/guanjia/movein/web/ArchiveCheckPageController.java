package com.guanjia.movein.web;

import com.guanjia.movein.ArchiveChecks;
import com.guanjia.platform.web.CurrentCommunity;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The archive's completeness (R1.4, R8.5): a panel of the unit's page saying what its
 * archive lacks, and the quarterly review of the community's archives.
 */
@Controller
class ArchiveCheckPageController {

	private final ArchiveChecks checks;

	private final CurrentCommunity current;

	ArchiveCheckPageController(ArchiveChecks checks, CurrentCommunity current) {
		this.checks = checks;
		this.current = current;
	}

	@GetMapping("/units/{id}/archive-check")
	String unitPanel(@PathVariable long id, Model model) {
		model.addAttribute("check", checks.check(id));
		return "movein/archive-check :: panel";
	}

	@GetMapping("/archive-review")
	String review(HttpSession session, Model model) {
		model.addAttribute("checks", checks.incomplete(current.id(session)));
		return "movein/archive-review";
	}

}
