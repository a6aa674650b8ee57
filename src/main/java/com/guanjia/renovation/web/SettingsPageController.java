package com.guanjia.renovation.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.renovation.RenovationSettings;
import com.guanjia.renovation.RenovationSetup;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community's renovation settings page: working hours, fees, longest permit (R9.3,
 * R9.4).
 */
@Controller
class SettingsPageController {

	private final RenovationSetup setup;

	private final CurrentCommunity current;

	private final Messages messages;

	SettingsPageController(RenovationSetup setup, CurrentCommunity current, Messages messages) {
		this.setup = setup;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/renovations/settings")
	String settings(HttpSession session, Model model) {
		model.addAttribute("s", setup.settings(current.id(session)));
		return "renovation/settings";
	}

	@PostMapping("/renovations/settings")
	String change(@RequestParam(required = false) @Nullable String morningStart,
			@RequestParam(required = false) @Nullable String morningEnd,
			@RequestParam(required = false) @Nullable String afternoonStart,
			@RequestParam(required = false) @Nullable String afternoonEnd,
			@RequestParam(required = false) @Nullable String garbageFee,
			@RequestParam(required = false) @Nullable String deposit,
			@RequestParam(required = false) @Nullable String maxPermitDays,
			@RequestParam(defaultValue = "0") int version, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		RenovationSettings typed = new RenovationSettings(time("morningStart", morningStart),
				time("morningEnd", morningEnd), time("afternoonStart", afternoonStart),
				time("afternoonEnd", afternoonEnd), null, null, 0, version);
		try {
			typed = new RenovationSettings(typed.morningStart(), typed.morningEnd(), typed.afternoonStart(),
					typed.afternoonEnd(), Amounts.parse("garbageFee", garbageFee), Amounts.parse("deposit", deposit),
					days(maxPermitDays), version);
			setup.change(communityId, typed);
			redirect.addFlashAttribute("flash", messages.get("renovation.settings.saved"));
			return "redirect:/renovations/settings";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			model.addAttribute("error", messages.of(ex));
		}
		model.addAttribute("s", typed);
		return "renovation/settings";
	}

	private static @Nullable LocalTime time(String field, @Nullable String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static int days(@Nullable String typed) {
		try {
			return typed == null ? 0 : Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of("maxPermitDays", "renovation.permitDays");
		}
	}

}
