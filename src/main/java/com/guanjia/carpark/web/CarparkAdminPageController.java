package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.YearMonth;

import com.guanjia.carpark.CameraDirection;
import com.guanjia.carpark.Cameras;
import com.guanjia.carpark.CarparkSettings;
import com.guanjia.carpark.ObservationView;
import com.guanjia.carpark.SpaceChecks;
import com.guanjia.carpark.SpaceWalks;
import com.guanjia.carpark.TariffCommand;
import com.guanjia.estate.CommunityDirectory;
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
 * The manager's car-park pages: the tariff (the company's numbers, with the approval
 * document), the cameras and their tokens, the monthly space check to resolve (R1.2).
 */
@Controller
class CarparkAdminPageController {

	private final CarparkSettings settings;

	private final Cameras cameras;

	private final SpaceChecks checks;

	private final SpaceWalks walks;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	CarparkAdminPageController(CarparkSettings settings, Cameras cameras, SpaceChecks checks, SpaceWalks walks,
			CommunityDirectory communities, CurrentCommunity current, Messages messages) {
		this.settings = settings;
		this.cameras = cameras;
		this.checks = checks;
		this.walks = walks;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/carpark/settings")
	String settings(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("tariff", settings.tariff(communityId).orElse(null));
		model.addAttribute("tariffs", settings.history(communityId));
		model.addAttribute("cameras", cameras.list(communityId));
		model.addAttribute("directions", CameraDirection.values());
		model.addAttribute("zone", communities.timeZone(communityId));
		return "carpark/settings";
	}

	@PostMapping("/carpark/settings/tariff")
	String tariff(@RequestParam(required = false) @Nullable Integer freeMinutes,
			@RequestParam(required = false) @Nullable Integer firstPeriodMinutes,
			@RequestParam(required = false) @Nullable BigDecimal firstPeriodFee,
			@RequestParam(required = false) @Nullable Integer periodMinutes,
			@RequestParam(required = false) @Nullable BigDecimal periodFee,
			@RequestParam(required = false) @Nullable BigDecimal dailyCap,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime nightStart,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime nightEnd,
			@RequestParam(required = false) @Nullable BigDecimal nightPeriodFee,
			@RequestParam(required = false) @Nullable BigDecimal monthlyCardFee,
			@RequestParam(required = false) @Nullable String approvalReference, HttpSession session,
			RedirectAttributes redirect) {
		try {
			settings.define(current.id(session),
					new TariffCommand(freeMinutes, firstPeriodMinutes, firstPeriodFee, periodMinutes, periodFee,
							dailyCap, nightStart, nightEnd, nightPeriodFee, monthlyCardFee, approvalReference));
			redirect.addFlashAttribute("flash", messages.get("carpark.tariffSaved"));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/carpark/settings";
	}

	@PostMapping("/carpark/settings/cameras")
	String camera(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable CameraDirection direction,
			@RequestParam(required = false) @Nullable BigDecimal minConfidence, HttpSession session,
			RedirectAttributes redirect) {
		try {
			var made = cameras.register(current.id(session),
					new Cameras.NewCamera(code, name, direction, minConfidence));
			redirect.addFlashAttribute("token", made.token());
			redirect.addFlashAttribute("tokenCamera", made.camera().code());
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		return "redirect:/carpark/settings";
	}

	@PostMapping("/carpark/settings/cameras/{id}/token")
	String token(@PathVariable long id, RedirectAttributes redirect) {
		var made = cameras.newToken(id);
		redirect.addFlashAttribute("token", made.token());
		redirect.addFlashAttribute("tokenCamera", made.camera().code());
		return "redirect:/carpark/settings";
	}

	@PostMapping("/carpark/settings/cameras/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam(defaultValue = "false") boolean enabled) {
		cameras.enable(id, enabled);
		return "redirect:/carpark/settings";
	}

	@GetMapping("/carpark/space-check")
	String spaceCheck(@RequestParam(required = false) @Nullable YearMonth month, HttpSession session, Model model) {
		long communityId = current.id(session);
		YearMonth m = month == null ? checks.thisMonth(communityId) : month;
		model.addAttribute("month", m);
		model.addAttribute("findings", checks.month(communityId, m));
		model.addAttribute("seen", walks.month(communityId, m).stream().filter(ObservationView::counts).count());
		model.addAttribute("zone", communities.timeZone(communityId));
		return "carpark/space-check";
	}

	@PostMapping("/carpark/space-check")
	String run(@RequestParam(required = false) @Nullable YearMonth month, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		YearMonth m = month == null ? checks.thisMonth(communityId) : month;
		var found = checks.run(communityId, m);
		redirect.addFlashAttribute("flash", messages.get("carpark.checkRun", m,
				found.stream().filter(f -> f.status().name().equals("OPEN")).count()));
		return "redirect:/carpark/space-check?month=" + m;
	}

	@PostMapping("/carpark/space-check/findings/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) @Nullable String resolution,
			@RequestParam(required = false) @Nullable YearMonth month, RedirectAttributes redirect) {
		try {
			checks.resolve(id, resolution == null ? "" : resolution);
			redirect.addFlashAttribute("flash", messages.get("carpark.findingStatus.RESOLVED"));
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
		return "redirect:/carpark/space-check" + (month == null ? "" : "?month=" + month);
	}

}
