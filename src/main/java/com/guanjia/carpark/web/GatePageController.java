package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import com.guanjia.carpark.Cameras;
import com.guanjia.carpark.EnterVehicle;
import com.guanjia.carpark.ExitResult;
import com.guanjia.carpark.ExitVehicle;
import com.guanjia.carpark.FreeReason;
import com.guanjia.carpark.Gate;
import com.guanjia.carpark.HeldVehicles;
import com.guanjia.carpark.HoldReason;
import com.guanjia.carpark.ShiftLogs;
import com.guanjia.carpark.StayAction;
import com.guanjia.carpark.StayView;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gate on the guard's phone (R12.1–R12.3, R12.5): the entry form, the cameras'
 * readings to confirm, the vehicles held and inside; a stay's page and its exit page with
 * the fee the tariff asks and the receipt.
 */
@Controller
class GatePageController {

	private final Gate gate;

	private final HeldVehicles held;

	private final Cameras cameras;

	private final ShiftLogs shifts;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	GatePageController(Gate gate, HeldVehicles held, Cameras cameras, ShiftLogs shifts, CommunityDirectory communities,
			CurrentCommunity current, Messages messages) {
		this.gate = gate;
		this.held = held;
		this.cameras = cameras;
		this.shifts = shifts;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/carpark")
	String gate(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("inside", gate.inside(communityId));
		model.addAttribute("held", held.open(communityId));
		model.addAttribute("pending", cameras.pending(communityId));
		model.addAttribute("shift", shifts.current(communityId).orElse(null));
		model.addAttribute("zone", communities.timeZone(communityId));
		model.addAttribute("holdReasons", HoldReason.values());
		return "carpark/gate";
	}

	/** What the guard typed, shown again after a mistake. */
	record Typed(@Nullable String plate, boolean goodsChecked, @Nullable String damageNote, boolean damageTold,
			@Nullable String passNumber) implements java.io.Serializable {
	}

	@PostMapping("/carpark/entries")
	String enter(@RequestParam(required = false) @Nullable String plate,
			@RequestParam(defaultValue = "false") boolean goodsChecked,
			@RequestParam(required = false) @Nullable String damageNote,
			@RequestParam(defaultValue = "false") boolean damageTold,
			@RequestParam(required = false) @Nullable String passNumber, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			StayView s = gate.enter(communityId,
					new EnterVehicle(plate, goodsChecked, damageNote, damageTold, passNumber, null));
			redirect.addFlashAttribute("flash", messages.get("carpark.entered", s.plate(), s.ticket()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("typed", new Typed(plate, goodsChecked, damageNote, damageTold, passNumber));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
			redirect.addFlashAttribute("typed", new Typed(plate, goodsChecked, damageNote, damageTold, passNumber));
		}
		return "redirect:/carpark";
	}

	/** The exit lane: the plate typed, its stay's exit page. */
	@GetMapping("/carpark/exit")
	String findExit(@RequestParam(required = false) @Nullable String plate, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		var stay = gate.insideByPlate(communityId, plate);
		if (stay.isEmpty()) {
			redirect.addFlashAttribute("error", messages.get("carpark.notInside", plate == null ? "" : plate));
			return "redirect:/carpark";
		}
		return "redirect:/carpark/stays/" + stay.get().id() + "/exit";
	}

	@GetMapping("/carpark/stays/{id}")
	String stay(@PathVariable long id, Model model) {
		StayView s = gate.get(id);
		model.addAttribute("s", s);
		model.addAttribute("history", gate.history(id));
		model.addAttribute("zone", communities.timeZone(s.communityId()));
		model.addAttribute("holdReasons", HoldReason.values());
		return "carpark/stay";
	}

	@GetMapping("/carpark/stays/{id}/exit")
	String exitPage(@PathVariable long id, @RequestParam(required = false) @Nullable String cardNumber, Model model) {
		var quote = gate.quote(id, cardNumber);
		model.addAttribute("q", quote);
		model.addAttribute("s", quote.stay());
		model.addAttribute("cardNumber", cardNumber);
		model.addAttribute("zone", communities.timeZone(quote.stay().communityId()));
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		return "carpark/exit";
	}

	@PostMapping("/carpark/stays/{id}/exit")
	String exit(@PathVariable long id, @RequestParam(required = false) @Nullable String cardNumber,
			@RequestParam(defaultValue = "false") boolean driverChecked,
			@RequestParam(defaultValue = "false") boolean passReturned,
			@RequestParam(required = false) @Nullable FreeReason free,
			@RequestParam(required = false) @Nullable String freeNote,
			@RequestParam(required = false) @Nullable String approvedBy,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable BigDecimal tendered,
			@RequestParam(required = false) @Nullable String requestKey, RedirectAttributes redirect) {
		try {
			ExitResult r = gate.exit(id, new ExitVehicle(cardNumber, driverChecked, passReturned, free, freeNote,
					approvedBy, method, tendered, requestKey, null));
			if (r.held()) {
				redirect.addFlashAttribute("flash", messages.get("carpark.heldAtExit", r.stay().plate()));
				return "redirect:/carpark/held/" + r.heldId();
			}
			if (r.receipt() != null) {
				redirect.addFlashAttribute("flash", messages.get("carpark.paid", r.stay().plate(), r.receipt().amount(),
						r.receipt().number(), r.receipt().change()));
			}
			else {
				redirect.addFlashAttribute("flash", messages.get("carpark.leftFree", r.stay().plate(),
						r.stay().freeReason() == null ? "" : messages.get(r.stay().freeReason().messageKey())));
			}
			return "redirect:/carpark/stays/" + id;
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
		return "redirect:/carpark/stays/" + id + "/exit" + (cardNumber == null || cardNumber.isBlank() ? ""
				: "?cardNumber=" + java.net.URLEncoder.encode(cardNumber, java.nio.charset.StandardCharsets.UTF_8));
	}

	@PostMapping("/carpark/stays/{id}/steps/{action}")
	String step(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable HoldReason reason,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		try {
			StayAction step = Steps.of(StayAction.class, action);
			switch (step) {
				case HOLD -> {
					var h = held.hold(id, reason, note);
					redirect.addFlashAttribute("flash", messages.get("carpark.heldAtExit", h.plate()));
					return "redirect:/carpark/held/" + h.id();
				}
				case CANCEL -> gate.cancel(id, note);
				case FORCE_OUT -> gate.forceOut(id, note);
				case ABANDON -> gate.abandon(id, note);
				case ENTER, EXIT, RELEASE -> throw ValidationException.of("action", "validation.invalid");
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
		return "redirect:/carpark/stays/" + id;
	}

	/** The guard confirms a camera's entry reading, correcting the plate if need be. */
	@PostMapping("/carpark/sightings/{id}/confirm")
	String confirm(@PathVariable long id, @RequestParam(required = false) @Nullable String plate,
			@RequestParam(defaultValue = "false") boolean goodsChecked,
			@RequestParam(required = false) @Nullable String damageNote,
			@RequestParam(defaultValue = "false") boolean damageTold, RedirectAttributes redirect) {
		try {
			var s = cameras.confirmEntry(id, new EnterVehicle(plate, goodsChecked, damageNote, damageTold, null, null));
			redirect.addFlashAttribute("flash",
					messages.get("carpark.entered", plate == null ? "" : plate.toUpperCase(Locale.ROOT), s.stayId()));
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
		return "redirect:/carpark";
	}

	@PostMapping("/carpark/sightings/{id}/dismiss")
	String dismiss(@PathVariable long id, RedirectAttributes redirect) {
		try {
			cameras.dismiss(id);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark";
	}

	@GetMapping("/carpark/sightings/{id}/image")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		var image = cameras.image(id);
		if (image == null) {
			throw new NotFoundException("image", id);
		}
		return Files.inline(image);
	}

}
