package com.guanjia.carpark.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.UUID;

import com.guanjia.carpark.DocumentKind;
import com.guanjia.carpark.Gate;
import com.guanjia.carpark.HeldAction;
import com.guanjia.carpark.HeldVehicles;
import com.guanjia.carpark.HeldView;
import com.guanjia.carpark.ReleaseVehicle;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A held vehicle on the shift lead's phone (R12.3, R12.5): the copies taken with the
 * camera and uploaded, the police, the release with the fee, or the incident.
 */
@Controller
class HeldPageController {

	private final HeldVehicles held;

	private final Gate gate;

	private final CommunityDirectory communities;

	private final Messages messages;

	HeldPageController(HeldVehicles held, Gate gate, CommunityDirectory communities, Messages messages) {
		this.held = held;
		this.gate = gate;
		this.communities = communities;
		this.messages = messages;
	}

	@GetMapping("/carpark/held/{id}")
	String show(@PathVariable long id, Model model) {
		HeldView h = held.get(id);
		model.addAttribute("h", h);
		model.addAttribute("history", held.history(id));
		model.addAttribute("zone", communities.timeZone(h.communityId()));
		model.addAttribute("kinds", Arrays.stream(DocumentKind.values()).filter(DocumentKind::uploadable).toList());
		model.addAttribute("methods", PaymentMethod.values());
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		if (h.allows(HeldAction.RELEASE)) {
			try {
				// The release asks for the pass back only when the entry handed one.
				model.addAttribute("passHanded", gate.get(h.stayId()).passHanded());
				model.addAttribute("q", gate.quote(h.stayId(), null));
			}
			catch (AccessDeniedException ex) {
				// a reader who does not work the gate sees the vehicle, not the fee
			}
		}
		return "carpark/held";
	}

	@PostMapping("/carpark/held/{id}/documents")
	String upload(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentKind kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			held.addDocument(id, kind,
					file == null ? null : new HeldVehicles.DocumentUpload(file.getOriginalFilename(), file.getBytes()));
			redirect.addFlashAttribute("flash",
					messages.get("carpark.documentKept", kind == null ? "" : messages.get(kind.messageKey())));
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
		return "redirect:/carpark/held/" + id;
	}

	/** The owner's statement signed on the pad (the work orders' signature pad). */
	@PostMapping("/carpark/held/{id}/statement")
	String sign(@PathVariable long id, @RequestParam(required = false) @Nullable String ownerName,
			@RequestParam(required = false) @Nullable String statement,
			@RequestParam(required = false) @Nullable String signature, RedirectAttributes redirect) {
		try {
			held.signStatement(id, new HeldVehicles.SignStatement(ownerName, statement, signature));
			redirect.addFlashAttribute("flash",
					messages.get("carpark.documentKept", messages.get(DocumentKind.SIGNED_STATEMENT.messageKey())));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("typedStatement", statement);
			redirect.addFlashAttribute("typedOwner", ownerName);
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/carpark/held/" + id;
	}

	@GetMapping("/carpark/held/{id}/documents/{fileId}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long fileId) {
		return Files.inline(held.document(id, fileId));
	}

	@PostMapping("/carpark/held/{id}/steps/{action}")
	String step(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String ownerName,
			@RequestParam(defaultValue = "false") boolean driverIsOwner,
			@RequestParam(defaultValue = "false") boolean passReturned,
			@RequestParam(required = false) @Nullable PaymentMethod method,
			@RequestParam(required = false) @Nullable BigDecimal tendered,
			@RequestParam(required = false) @Nullable String requestKey, RedirectAttributes redirect) {
		try {
			HeldAction step = Steps.of(HeldAction.class, action);
			switch (step) {
				case CALL_POLICE -> held.callPolice(id, note);
				case RELEASE -> {
					HeldView h = held.release(id,
							new ReleaseVehicle(ownerName, driverIsOwner, passReturned, method, tendered, requestKey));
					redirect.addFlashAttribute("flash", messages.get("carpark.released", h.plate(),
							h.fee() == null ? "0.00" : h.fee(), h.receiptNumber() == null ? "-" : h.receiptNumber()));
					return "redirect:/carpark/held/" + id;
				}
				case FORCE_OUT -> gate.forceOut(held.get(id).stayId(), note);
				case ABANDON -> gate.abandon(held.get(id).stayId(), note);
				case HOLD, ADD_DOCUMENT -> throw ValidationException.of("action", "validation.invalid");
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
		return "redirect:/carpark/held/" + id;
	}

}
