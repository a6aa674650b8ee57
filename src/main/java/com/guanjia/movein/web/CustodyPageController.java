package com.guanjia.movein.web;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.movein.Custodies;
import com.guanjia.movein.Custodies.SignCustody;
import com.guanjia.movein.CustodyView;
import com.guanjia.movein.HeavyRain;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The custody pages (R8.4): the community's agreements with the form that signs one and
 * the heavy-rain buttons, and an agreement's page with its excesses and outside checks
 * (each a round of the inspection engine, walked and recorded on the round's page).
 */
@Controller
class CustodyPageController {

	private final Custodies custodies;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Messages messages;

	private final HistoryRows historyRows;

	CustodyPageController(Custodies custodies, UnitManagement units, CurrentCommunity current,
			CommunityDirectory communities, Messages messages, HistoryRows historyRows) {
		this.historyRows = historyRows;
		this.custodies = custodies;
		this.units = units;
		this.current = current;
		this.communities = communities;
		this.messages = messages;
	}

	/**
	 * The agreements, and the form that signs one; {@code unit} fills the form's unit
	 * (the move-in case's page links here while its custody step is open).
	 */
	@GetMapping("/custody")
	String list(@RequestParam(required = false) @Nullable String unit, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("signUnit", unit);
		model.addAttribute("agreements", custodies.list(communityId));
		model.addAttribute("occasions", HeavyRain.values());
		return "movein/custody-list";
	}

	@PostMapping("/custody")
	String sign(@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validUntil,
			@RequestParam(required = false) @Nullable String keysHeld, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			UnitView unit = unit(communityId, unitLabel);
			CustodyView a = custodies.sign(communityId, new SignCustody(unit.id(), validFrom, validUntil, keysHeld));
			return "redirect:/custody/" + a.id();
		}
		catch (DomainException ex) {
			refused(redirect, ex);
			return "redirect:/custody";
		}
	}

	@PostMapping("/custody/heavy-rain")
	String heavyRain(@RequestParam(required = false) @Nullable HeavyRain when, HttpSession session,
			RedirectAttributes redirect) {
		try {
			int checks = custodies.orderHeavyRainChecks(current.id(session), when);
			redirect.addFlashAttribute("flash", messages.get("custody.rain.ordered", checks));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/custody";
	}

	@GetMapping("/custody/{id}")
	String show(@PathVariable long id, Model model) {
		CustodyView a = custodies.get(id);
		model.addAttribute("a", a);
		model.addAttribute("history", historyRows.of(custodies.history(id), communities.timeZone(a.communityId())));
		model.addAttribute("zone", communities.timeZone(a.communityId()));
		return "movein/custody";
	}

	@PostMapping("/custody/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) boolean movingIn, RedirectAttributes redirect) {
		try {
			custodies.end(id, reason, movingIn);
			redirect.addFlashAttribute("flash", messages.get("movein.done"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/custody/" + id;
	}

	@PostMapping("/custody/{id}/excesses/{excessId}/clear")
	String clear(@PathVariable long id, @PathVariable long excessId,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			custodies.clearExcess(id, excessId, note);
			redirect.addFlashAttribute("flash", messages.get("movein.done"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/custody/" + id;
	}

	private UnitView unit(long communityId, @Nullable String label) {
		if (label == null || label.isBlank()) {
			throw ValidationException.of("unitLabel", "validation.required");
		}
		return units.search(List.of(communityId), label.strip(), 5)
			.stream()
			.filter(u -> u.label().equalsIgnoreCase(label.strip()))
			.findFirst()
			.orElseThrow(() -> ValidationException.of("unitLabel", "validation.unit.unknown"));
	}

	private void refused(RedirectAttributes redirect, DomainException ex) {
		if (ex instanceof NotFoundException) {
			throw ex;
		}
		redirect.addFlashAttribute("error",
				ex instanceof ValidationException v ? messages.describe(v.problems()) : messages.of(ex));
	}

}
