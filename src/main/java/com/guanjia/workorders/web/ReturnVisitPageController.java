package com.guanjia.workorders.web;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.ReturnVisits;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agent's list of due return visits and the outcome form (R5.1). */
@Controller
class ReturnVisitPageController {

	private final ReturnVisits visits;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Messages messages;

	private final java.time.Clock clock;

	ReturnVisitPageController(ReturnVisits visits, CurrentCommunity current, CommunityDirectory communities,
			Messages messages, java.time.Clock clock) {
		this.clock = clock;
		this.visits = visits;
		this.current = current;
		this.communities = communities;
		this.messages = messages;
	}

	@GetMapping("/return-visits")
	String due(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("visits", visits.due(communityId));
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		model.addAttribute("methods", ReturnVisits.Method.values());
		model.addAttribute("now", clock.instant());
		return "workorders/visits";
	}

	@PostMapping("/return-visits/{id}")
	String record(@PathVariable long id, @RequestParam(required = false) ReturnVisits.@Nullable Method method,
			@RequestParam(required = false) @Nullable Boolean satisfied,
			@RequestParam(required = false) @Nullable Integer score,
			@RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect) {
		try {
			visits.record(id, new ReturnVisits.VisitOutcome(method, satisfied, score, comment));
			redirect.addFlashAttribute("flash", messages.get("returnVisit.saved"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/return-visits";
	}

	/** Nobody home (a notice left) or nobody answering: an attempt; the visit stays. */
	@PostMapping("/return-visits/{id}/attempts")
	String attempt(@PathVariable long id, @RequestParam(required = false) ReturnVisits.@Nullable Method method,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			visits.attempt(id, new ReturnVisits.VisitAttempt(method, note));
			redirect.addFlashAttribute("flash", messages.get("returnVisit.attempt.saved"));
		}
		catch (NotFoundException ex) {
			throw ex; // another community's visit: 404, as everywhere
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/return-visits";
	}

}
