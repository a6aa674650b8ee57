package com.guanjia.goods.web;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.goods.ConsentMethod;
import com.guanjia.goods.GateCheck;
import com.guanjia.goods.GoodsPassAction;
import com.guanjia.goods.GoodsPassStatus;
import com.guanjia.goods.GoodsPassView;
import com.guanjia.goods.GoodsPasses;
import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.goods.RequesterKind;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.QrImages;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Goods release passes in the console (R10.2): the desk's list, the form (the unit first,
 * then who asks, the goods and the owner's consent), a pass with its history and the
 * owner's confirmation, the printable pass with its QR code; and the guard's phone page
 * at the gate, which checks a scanned or typed number and releases or refuses.
 */
@Controller
class GoodsPageController {

	private final GoodsPasses passes;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final Messages messages;

	GoodsPageController(GoodsPasses passes, UnitManagement units, CurrentCommunity current, Messages messages) {
		this.passes = passes;
		this.units = units;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/goods")
	String list(@RequestParam(required = false) @Nullable GoodsPassStatus status, HttpSession session, Model model) {
		model.addAttribute("passes", passes.list(current.id(session), status, null));
		model.addAttribute("status", status);
		model.addAttribute("statuses", GoodsPassStatus.values());
		return "goods/list";
	}

	/** The form: without a unit it asks for the unit's label first. */
	@GetMapping("/goods/new")
	String form(@RequestParam(required = false) @Nullable String unit, HttpSession session, Model model) {
		long communityId = current.id(session);
		PassForm form = new PassForm();
		LocalDateTime now = passes.localNow(communityId).withSecond(0).withNano(0);
		LocalDateTime evening = now.toLocalDate().atTime(LocalTime.of(20, 0));
		form.setValidFrom(now.toString());
		form.setValidUntil((now.isBefore(evening.minusHours(2)) ? evening : now.plusHours(2)).toString());
		model.addAttribute("unit", unit);
		if (unit != null && !unit.isBlank()) {
			try {
				UnitView u = unit(communityId, unit);
				form.setUnitId(u.id());
				return showForm(communityId, u, form, model);
			}
			catch (ValidationException ex) {
				model.addAttribute("error", messages.describe(ex.problems()));
			}
		}
		return "goods/new";
	}

	@PostMapping("/goods")
	String create(@ModelAttribute("form") PassForm form, BindingResult binding, HttpSession session, Model model,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			if (binding.hasFieldErrors()) {
				Problems problems = new Problems();
				binding.getFieldErrors().forEach(e -> problems.add(e.getField(), "validation.format"));
				problems.throwIfAny();
			}
			GoodsPassView p = passes.request(communityId, form.toCommand());
			redirect.addFlashAttribute("flash", messages.get("goods.saved", p.number()));
			return "redirect:/goods/passes/" + p.id();
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			model.addAttribute("error", messages.of(ex));
		}
		UnitView u = form.getUnitId() == null ? null
				: units.find(UnitId.of(communityId, form.getUnitId())).orElse(null);
		if (u == null) {
			return "goods/new";
		}
		model.addAttribute("unit", u.label());
		return showForm(communityId, u, form, model);
	}

	@GetMapping("/goods/passes/{id}")
	String pass(@PathVariable long id, Model model) {
		GoodsPassView p = passes.get(id);
		model.addAttribute("p", p);
		model.addAttribute("history", passes.history(id));
		if (p.allows("CONFIRM")) {
			model.addAttribute("owners", passes.owners(p.communityId(), p.unitId()));
			model.addAttribute("methods", ConsentMethod.values());
		}
		return "goods/pass";
	}

	/**
	 * The printable pass: number, QR code, unit, goods, plate, time and the owner's
	 * consent.
	 */
	@GetMapping("/goods/passes/{id}/print")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("p", passes.get(id));
		return "goods/print";
	}

	/** The QR code of a pass: its number, which the gate scans or types. */
	@GetMapping("/goods/passes/{id}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrImages.png(passes.get(id).number(), 200));
	}

	/**
	 * One step of a pass by its name in the path: the desk confirms or cancels, the gate
	 * releases or refuses (and goes back to the gate page).
	 */
	@PostMapping("/goods/passes/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable ConsentMethod consentMethod,
			@RequestParam(required = false) @Nullable Long ownerPartyId,
			@RequestParam(required = false) @Nullable String consentAt,
			@RequestParam(required = false) @Nullable String consentNote,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
		GoodsPassAction step = Steps.of(GoodsPassAction.class, action);
		boolean gate = step == GoodsPassAction.RELEASE || step == GoodsPassAction.REFUSE;
		String back = "redirect:/goods/passes/" + id;
		try {
			GoodsPassView p = switch (step) {
				case CONFIRM -> {
					Problems problems = new Problems();
					LocalDateTime at = PassForm.time(problems, "consentAt", consentAt);
					problems.throwIfAny();
					yield passes.confirm(id, new GiveConsent(consentMethod, ownerPartyId, at, consentNote));
				}
				case CANCEL -> passes.cancel(id, reason);
				case RELEASE -> passes.release(id, note);
				case REFUSE -> passes.refuse(id, reason);
				case REQUEST, EXPIRE -> throw ValidationException.of("action", "validation.invalid");
			};
			if (gate) {
				back = "redirect:/goods/gate?passNo=" + p.number();
				redirect.addFlashAttribute("flash",
						messages.get(step == GoodsPassAction.RELEASE ? "goods.gate.released" : "goods.gate.refusedDone",
								p.number()));
			}
			else {
				redirect.addFlashAttribute("flash", messages.get("goods.done." + step.name()));
			}
		}
		catch (DomainException ex) {
			if (ex instanceof NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error",
					ex instanceof ValidationException v ? messages.describe(v.problems()) : messages.of(ex));
			if (gate) {
				back = "redirect:/goods/gate?passNo=" + passes.get(id).number();
			}
		}
		return back;
	}

	/**
	 * The guard's phone page: scan or type a pass number and see whether it may be used.
	 */
	@GetMapping("/goods/gate")
	String gate(@RequestParam(required = false) @Nullable String passNo, HttpSession session, Model model) {
		model.addAttribute("passNo", passNo);
		if (passNo != null && !passNo.isBlank()) {
			try {
				GateCheck check = passes.check(current.id(session), passNo);
				model.addAttribute("check", check);
			}
			catch (ValidationException ex) {
				model.addAttribute("error", messages.describe(ex.problems()));
			}
		}
		return "goods/gate";
	}

	private String showForm(long communityId, UnitView u, PassForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unitView", u);
		model.addAttribute("owners", passes.owners(communityId, u.id()));
		model.addAttribute("kinds", RequesterKind.values());
		model.addAttribute("methods", ConsentMethod.values());
		model.addAttribute("lines", PassForm.LINES);
		return "goods/new";
	}

	private UnitView unit(long communityId, String label) {
		return units.search(List.of(communityId), label.strip(), 5)
			.stream()
			.filter(u -> u.label().equalsIgnoreCase(label.strip()))
			.findFirst()
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
	}

}
