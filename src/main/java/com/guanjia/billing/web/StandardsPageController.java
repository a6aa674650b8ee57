package com.guanjia.billing.web;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.BillingSettings;
import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.ChargeStandard;
import com.guanjia.billing.ChargeStandards;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Charge standards with their history (a new rate from a date; old ones kept and shown,
 * R6.1, R6.2) and the community's fee rules: rounding, the custodial share, due days,
 * late fee and the reversal approval threshold (R6.4). Finance and managers change them;
 * fee readers see them.
 */
@Controller
class StandardsPageController {

	/** The rounding rules a community may choose, in the order finance meets them. */
	static final List<RoundingMode> ROUNDING = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
			RoundingMode.HALF_DOWN, RoundingMode.DOWN, RoundingMode.UP);

	private final ChargeStandards standards;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	private final Clock clock;

	private final com.guanjia.meters.MeterManagement meters;

	StandardsPageController(ChargeStandards standards, CommunityDirectory communities, CurrentCommunity current,
			Messages messages, Clock clock, com.guanjia.meters.MeterManagement meters) {
		this.meters = meters;
		this.standards = standards;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/billing/standards")
	String standards(HttpSession session, Model model) {
		long communityId = current.id(session);
		StandardForm form = new StandardForm();
		form.setEffectiveFrom(today(communityId).plusMonths(1).withDayOfMonth(1));
		return standardsPage(communityId, form, model);
	}

	@PostMapping("/billing/standards")
	String define(@ModelAttribute("form") StandardForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (binding.hasErrors()) {
			return standardsPage(communityId, form, model);
		}
		try {
			ChargeStandard saved = standards.define(communityId, form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("standard.savedFrom",
					messages.get(saved.item().messageKey()), plain(saved.rate()), saved.effectiveFrom()));
			return "redirect:/billing/standards#item-" + saved.item();
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
		}
		catch (ConflictException ex) {
			binding.rejectValue("effectiveFrom", "billing.standardExistsOn");
		}
		return standardsPage(communityId, form, model);
	}

	private String standardsPage(long communityId, StandardForm form, Model model) {
		model.addAttribute("histories", histories(standards.list(communityId), today(communityId)));
		while (form.getTiers().size() < StandardForm.TIER_ROWS) {
			form.getTiers().add(new StandardForm.TierRow());
		}
		model.addAttribute("form", form);
		model.addAttribute("items", Arrays.stream(ChargeItem.values()).filter(ChargeItem::isPeriodic).toList());
		return "billing/standards";
	}

	@GetMapping("/billing/settings")
	String settings(HttpSession session, Model model) {
		long communityId = current.id(session);
		BillingSettings settings = standards.settings(communityId);
		model.addAttribute("meterSettings", meters.settings(communityId));
		return settingsPage(settings, SettingsForm.of(settings), model);
	}

	@PostMapping("/billing/settings")
	String changeSettings(@ModelAttribute("form") SettingsForm form, BindingResult binding, HttpSession session,
			Model model, RedirectAttributes redirect) {
		long communityId = current.id(session);
		if (!binding.hasErrors()) {
			try {
				standards.changeSettings(communityId, form.toSettings());
				redirect.addFlashAttribute("flash", messages.get("billingSettings.saved"));
				return "redirect:/billing/settings";
			}
			catch (ValidationException ex) {
				FormErrors.reject(binding, renamed(ex));
			}
		}
		model.addAttribute("meterSettings", meters.settings(communityId));
		return settingsPage(standards.settings(communityId), form, model);
	}

	private String settingsPage(BillingSettings settings, SettingsForm form, Model model) {
		model.addAttribute("words", words(settings));
		model.addAttribute("form", form);
		model.addAttribute("roundings", ROUNDING);
		model.addAttribute("bases", BillingSettings.LateFeeBasis.values());
		model.addAttribute("defaults", BillingSettings.DEFAULTS);
		return "billing/settings";
	}

	/** The rules in a sentence each, as finance and the cashier say them. */
	private List<String> words(BillingSettings s) {
		String lateFee = s.lateFeeBasis() == BillingSettings.LateFeeBasis.OFF
				? messages.get("billingSettings.words.lateFeeOff")
				: messages.get("billingSettings.words.lateFee." + s.lateFeeBasis(),
						s.lateFeeRate().movePointRight(2).stripTrailingZeros().toPlainString());
		return List.of(messages.get("billingSettings.words.rounding", messages.get("rounding." + s.roundingMode())),
				messages.get("billingSettings.words.custodial",
						s.custodialPercent().stripTrailingZeros().toPlainString()),
				messages.get("billingSettings.words.due", String.valueOf(s.dueDays())), lateFee, messages
					.get("billingSettings.words.threshold", s.reversalApprovalThreshold().amount().toPlainString()));
	}

	/** The service names the stored late-fee fraction; the form asks for a percentage. */
	private static ValidationException renamed(ValidationException ex) {
		return new ValidationException(ex.problems()
			.stream()
			.map(p -> "lateFeeRate".equals(p.field()) ? new FieldProblem("lateFeePercent", "billing.lateFeePercent")
					: p)
			.toList());
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	/**
	 * Each item's standards, newest first, marked as in force, upcoming or superseded on
	 * the day.
	 */
	static List<ItemHistory> histories(List<ChargeStandard> all, LocalDate today) {
		Map<ChargeItem, List<ChargeStandard>> byItem = new EnumMap<>(ChargeItem.class);
		all.forEach(s -> byItem.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s));
		List<ItemHistory> result = new ArrayList<>();
		byItem.forEach((item, list) -> {
			ChargeStandard inForce = list.stream()
				.filter(s -> !s.effectiveFrom().isAfter(today))
				.reduce((a, b) -> b)
				.orElse(null);
			List<Row> rows = new ArrayList<>();
			for (ChargeStandard s : list) {
				String status = s == inForce ? "CURRENT" : s.effectiveFrom().isAfter(today) ? "UPCOMING" : "PAST";
				rows.add(0,
						new Row(s, status, plain(s.rate()), s.tiers()
							.stream()
							.map(t -> new Tier(t.upTo() == null ? null : t.upTo().stripTrailingZeros().toPlainString(),
									plain(t.price())))
							.toList()));
			}
			result.add(new ItemHistory(item, inForce, rows));
		});
		return result;
	}

	/**
	 * A rate as people write it: 1.50, 3.50, 0.5625 (the stored 4 decimals without the
	 * trailing zeros).
	 */
	static String plain(java.math.BigDecimal value) {
		java.math.BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
	}

	record ItemHistory(ChargeItem item, @Nullable ChargeStandard inForce, List<Row> rows) {

		public @Nullable String inForceRate() {
			return inForce == null ? null : plain(inForce.rate());
		}

	}

	record Row(ChargeStandard standard, String status, String rate, List<Tier> tiers) {
	}

	record Tier(@Nullable String upTo, String price) {
	}

}
