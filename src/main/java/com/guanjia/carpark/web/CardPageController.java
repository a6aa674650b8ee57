package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.guanjia.carpark.CardAction;
import com.guanjia.carpark.CardKind;
import com.guanjia.carpark.CardView;
import com.guanjia.carpark.CarparkSettings;
import com.guanjia.carpark.IssueCard;
import com.guanjia.carpark.ParkingCards;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
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

/** Parking cards at the service centre (R12.2, R8.6): issue, renew, cancel. */
@Controller
class CardPageController {

	private final ParkingCards cards;

	private final CarparkSettings settings;

	private final ParkingManagement spaces;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Messages messages;

	CardPageController(ParkingCards cards, CarparkSettings settings, ParkingManagement spaces, UnitManagement units,
			CurrentCommunity current, CommunityDirectory communities, Messages messages) {
		this.communities = communities;
		this.cards = cards;
		this.settings = settings;
		this.spaces = spaces;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/carpark/cards")
	String list(@RequestParam(required = false) @Nullable String plate, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("cards", cards.list(communityId, plate));
		model.addAttribute("plate", plate);
		model.addAttribute("kinds", CardKind.values());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("spaces",
				spaces.list(communityId, null).stream().filter(s -> s.state() != ParkingState.VACANT).toList());
		model.addAttribute("tariff", settings.tariff(communityId).orElse(null));
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		return "carpark/cards";
	}

	@PostMapping("/carpark/cards")
	String issue(@RequestParam(required = false) @Nullable CardKind kind,
			@RequestParam(required = false) @Nullable String plate,
			@RequestParam(required = false) @Nullable String holderName,
			@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable Long spaceId,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
			@RequestParam(required = false) @Nullable Integer months,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable BigDecimal tendered,
			@RequestParam(required = false) @Nullable String requestKey, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			Long unitId = null;
			if (unitLabel != null && !unitLabel.isBlank()) {
				unitId = units.search(List.of(communityId), unitLabel.strip(), 5)
					.stream()
					.filter(u -> u.label().equalsIgnoreCase(unitLabel.strip()))
					.map(UnitView::id)
					.findFirst()
					.orElseThrow(() -> ValidationException.of("unitLabel", "validation.unit.unknown"));
			}
			ParkingCards.Issued issued = cards.issue(communityId, new IssueCard(kind, plate, holderName, unitId,
					spaceId, validFrom, months, method, tendered, requestKey));
			CardView c = issued.card();
			redirect.addFlashAttribute("flash",
					issued.receipt() == null ? messages.get("carpark.cardIssued", c.number(), c.validTo())
							: messages.get("carpark.cardIssuedPaid", c.number(), c.validTo(), issued.receipt().amount(),
									issued.receipt().number()));
			return "redirect:/carpark/cards/" + c.id();
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark/cards";
	}

	@GetMapping("/carpark/cards/{id}")
	String show(@PathVariable long id, Model model) {
		CardView card = cards.get(id);
		model.addAttribute("c", card);
		model.addAttribute("zone", communities.timeZone(card.communityId()));
		model.addAttribute("history", cards.history(id));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		return "carpark/card";
	}

	@PostMapping("/carpark/cards/{id}/steps/{action}")
	String step(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable Integer months,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable BigDecimal tendered,
			@RequestParam(required = false) @Nullable String requestKey,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		try {
			CardAction step = Steps.of(CardAction.class, action);
			switch (step) {
				case RENEW -> {
					var r = cards.renew(id, new ParkingCards.Renewal(months, method, tendered, requestKey));
					redirect.addFlashAttribute("flash",
							r.receipt() == null ? messages.get("carpark.cardRenewed", r.card().validTo())
									: messages.get("carpark.cardRenewedPaid", r.card().validTo(), r.receipt().amount(),
											r.receipt().number()));
					return "redirect:/carpark/cards/" + id;
				}
				case CANCEL -> cards.cancel(id, reason);
				case ISSUE -> throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get(step.messageKey()));
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
		return "redirect:/carpark/cards/" + id;
	}

}
