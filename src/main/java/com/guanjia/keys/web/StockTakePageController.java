package com.guanjia.keys.web;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.keys.StockTakeView;
import com.guanjia.keys.StockTakes;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.shared.DomainException;
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
 * The monthly stock-take (R10.1): the months counted, and a count on a phone — each item
 * found or not in its place, then closed.
 */
@Controller
class StockTakePageController {

	private final StockTakes stockTakes;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Outcomes outcomes;

	StockTakePageController(StockTakes stockTakes, CurrentCommunity current, CommunityDirectory communities,
			Outcomes outcomes) {
		this.stockTakes = stockTakes;
		this.current = current;
		this.communities = communities;
		this.outcomes = outcomes;
	}

	@GetMapping("/keys/stock-takes")
	String list(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("takes", stockTakes.list(communityId));
		model.addAttribute("zone", communities.timeZone(communityId));
		return "keys/stock-takes";
	}

	@PostMapping("/keys/stock-takes")
	String start(HttpSession session, RedirectAttributes redirect) {
		try {
			StockTakeView t = stockTakes.start(current.id(session));
			return "redirect:/keys/stock-takes/" + t.id();
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
			return "redirect:/keys/stock-takes";
		}
	}

	@GetMapping("/keys/stock-takes/{id}")
	String show(@PathVariable long id, Model model) {
		StockTakeView t = stockTakes.get(id);
		model.addAttribute("t", t);
		model.addAttribute("zone", communities.timeZone(t.communityId()));
		return "keys/stock-take";
	}

	@PostMapping("/keys/stock-takes/{id}/count")
	String count(@PathVariable long id, @RequestParam long itemId, @RequestParam boolean found,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			stockTakes.count(id, itemId, found, note);
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/keys/stock-takes/" + id + "#item-" + itemId;
	}

	@PostMapping("/keys/stock-takes/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		try {
			StockTakeView t = stockTakes.close(id);
			outcomes.done(redirect, "keys.stockTake.closed", t.month(), t.found(), t.missing(), t.lent());
		}
		catch (DomainException ex) {
			outcomes.refused(redirect, ex);
		}
		return "redirect:/keys/stock-takes/" + id;
	}

}
