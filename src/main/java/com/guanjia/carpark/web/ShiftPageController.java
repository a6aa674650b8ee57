package com.guanjia.carpark.web;

import java.math.BigDecimal;

import com.guanjia.carpark.CloseShift;
import com.guanjia.carpark.ShiftAction;
import com.guanjia.carpark.ShiftLogView;
import com.guanjia.carpark.ShiftLogs;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
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

/** The shift handover log (停车场值班交接班登记表, R12.4): open, hand over, sign. */
@Controller
class ShiftPageController {

	private final ShiftLogs logs;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	ShiftPageController(ShiftLogs logs, CommunityDirectory communities, CurrentCommunity current, Messages messages) {
		this.logs = logs;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/carpark/shifts")
	String list(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("logs", logs.recent(communityId));
		model.addAttribute("open", logs.current(communityId).orElse(null));
		model.addAttribute("zone", communities.timeZone(communityId));
		return "carpark/shifts";
	}

	@PostMapping("/carpark/shifts")
	String open(@RequestParam(required = false) @Nullable String shiftName,
			@RequestParam(required = false) @Nullable String post, HttpSession session, RedirectAttributes redirect) {
		try {
			ShiftLogView log = logs.open(current.id(session), new ShiftLogs.OpenShift(shiftName, post, null));
			redirect.addFlashAttribute("flash", messages.get("carpark.shiftOpened", log.number()));
			return "redirect:/carpark/shifts/" + log.id();
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark/shifts";
	}

	@GetMapping("/carpark/shifts/{id}")
	String show(@PathVariable long id, Model model) {
		ShiftLogView log = logs.get(id);
		model.addAttribute("log", log);
		model.addAttribute("history", logs.history(id));
		model.addAttribute("maySign", logs.maySign(log.communityId()));
		model.addAttribute("zone", communities.timeZone(log.communityId()));
		return "carpark/shift";
	}

	@PostMapping("/carpark/shifts/{id}/steps/{action}")
	String step(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String handedOverBy,
			@RequestParam(required = false) @Nullable String takenOverBy,
			@RequestParam(required = false) @Nullable String events,
			@RequestParam(required = false) @Nullable Integer radios,
			@RequestParam(required = false) @Nullable Integer keys,
			@RequestParam(required = false) @Nullable Integer batons,
			@RequestParam(required = false) @Nullable Integer torches,
			@RequestParam(required = false) @Nullable BigDecimal fees,
			@RequestParam(required = false) @Nullable Integer tickets,
			@RequestParam(required = false) @Nullable String notes, RedirectAttributes redirect) {
		try {
			ShiftAction step = Steps.of(ShiftAction.class, action);
			ShiftLogView log = switch (step) {
				case CLOSE -> logs.close(id, new CloseShift(handedOverBy, takenOverBy, events, radios, keys, batons,
						torches, fees, tickets, notes), null);
				case SIGN -> logs.sign(id);
				case OPEN -> throw ValidationException.of("action", "validation.invalid");
			};
			redirect.addFlashAttribute("flash", messages.get(log.status().messageKey()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark/shifts/" + id;
	}

}
