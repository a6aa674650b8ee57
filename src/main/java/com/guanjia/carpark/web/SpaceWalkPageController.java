package com.guanjia.carpark.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.guanjia.carpark.ObservationView;
import com.guanjia.carpark.ObserveSpace;
import com.guanjia.carpark.SpaceWalks;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.RuleViolationException;
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
 * The guard's walk on the phone (R1.2): a space and the plate on it, written down one
 * after the other; the day's list below.
 */
@Controller
class SpaceWalkPageController {

	private final SpaceWalks walks;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	SpaceWalkPageController(SpaceWalks walks, CommunityDirectory communities, CurrentCommunity current,
			Messages messages) {
		this.walks = walks;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	/** What the guard typed, shown again after a mistake. */
	record Typed(@Nullable String spaceCode, @Nullable String plate,
			@Nullable String note) implements java.io.Serializable {
	}

	@GetMapping("/carpark/walk")
	String walk(HttpSession session, Model model) {
		long communityId = current.id(session);
		List<ObservationView> seen = new ArrayList<>(walks.day(communityId, walks.today(communityId)));
		Collections.reverse(seen);
		model.addAttribute("seen", seen);
		model.addAttribute("zone", communities.timeZone(communityId));
		return "carpark/walk";
	}

	@PostMapping("/carpark/walk")
	String observe(@RequestParam(required = false) @Nullable String spaceCode,
			@RequestParam(required = false) @Nullable String plate,
			@RequestParam(required = false) @Nullable String note, HttpSession session, RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			ObservationView o = walks.observe(communityId, new ObserveSpace(spaceCode, plate, note));
			redirect.addFlashAttribute("flash", messages.get("carpark.walk.recorded",
					o.spaceCode() == null ? messages.get("carpark.walk.noSpace") : o.spaceCode(), o.plate()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("typed", new Typed(spaceCode, plate, note));
		}
		return "redirect:/carpark/walk";
	}

	@PostMapping("/carpark/walk/{id}/strike")
	String strike(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		try {
			ObservationView o = walks.strike(id, reason);
			redirect.addFlashAttribute("flash", messages.get("carpark.walk.struck", o.plate()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark/walk";
	}

}
