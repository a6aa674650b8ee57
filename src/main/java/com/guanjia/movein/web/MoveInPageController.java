package com.guanjia.movein.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.movein.Agreement;
import com.guanjia.movein.ApplicantKind;
import com.guanjia.movein.HouseAcceptances;
import com.guanjia.movein.MoveInAction;
import com.guanjia.movein.MoveInCommands.Car;
import com.guanjia.movein.MoveInCommands.Complete;
import com.guanjia.movein.MoveInCommands.HandOutItems;
import com.guanjia.movein.MoveInCommands.Member;
import com.guanjia.movein.MoveInCommands.OpenMoveIn;
import com.guanjia.movein.MoveInCommands.Register;
import com.guanjia.movein.MoveInStatus;
import com.guanjia.movein.MoveInView;
import com.guanjia.movein.MoveIns;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.ResidentSummary;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The move-in pages (R8): the list of cases with the form that opens one, a case's page
 * with its checklist of what is missing and a form for each step it allows now, and the
 * printable registration form and key receipt.
 */
@Controller
class MoveInPageController {

	private final MoveIns moveIns;

	private final UnitManagement units;

	private final CurrentCommunity current;

	private final CommunityDirectory communities;

	private final Messages messages;

	private final HouseAcceptances acceptances;

	private final HistoryRows historyRows;

	MoveInPageController(MoveIns moveIns, UnitManagement units, CurrentCommunity current,
			CommunityDirectory communities, Messages messages, HouseAcceptances acceptances, HistoryRows historyRows) {
		this.historyRows = historyRows;
		this.acceptances = acceptances;
		this.moveIns = moveIns;
		this.units = units;
		this.current = current;
		this.communities = communities;
		this.messages = messages;
	}

	@GetMapping("/move-ins")
	String list(@RequestParam(required = false) @Nullable MoveInStatus status,
			@RequestParam(required = false) @Nullable String unit, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("cases", moveIns.list(communityId, status));
		model.addAttribute("kinds", ApplicantKind.values());
		model.addAttribute("statuses", MoveInStatus.values());
		model.addAttribute("zone", communities.timeZone(communityId));
		model.addAttribute("openUnit", unit);
		model.addAttribute("owners", unit == null ? List.of() : owners(communityId, unit));
		return "movein/list";
	}

	/**
	 * The owners of the unit typed in the form that opens a case, to choose the one who
	 * receives it (htmx fragment; an unknown unit lists none).
	 */
	@GetMapping("/move-ins/applicants")
	String applicants(@RequestParam(required = false) @Nullable String unitLabel, HttpSession session, Model model) {
		model.addAttribute("owners", owners(current.id(session), unitLabel));
		return "movein/list :: owners";
	}

	/**
	 * Opens a case for the owner chosen; with no choice made the unit's only owner is
	 * taken, and a unit with several owners asks for the choice (R8.1).
	 */
	@PostMapping("/move-ins")
	String open(@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable ApplicantKind kind,
			@RequestParam(required = false) @Nullable Long ownerPartyId,
			@RequestParam(required = false) @Nullable String proxyName, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			UnitView unit = unit(communityId, unitLabel);
			Long owner = ownerPartyId;
			if (owner == null) {
				List<ResidentSummary> owners = moveIns.ownersOf(unit.id());
				if (owners.isEmpty()) {
					throw ValidationException.of("unitLabel", "movein.owner.none", unit.label());
				}
				if (owners.size() > 1) {
					throw ValidationException.of("ownerPartyId", "movein.owner.choose", unit.label());
				}
				owner = owners.get(0).id();
			}
			MoveInView c = moveIns.open(communityId, new OpenMoveIn(unit.id(), kind, owner, proxyName));
			return "redirect:/move-ins/" + c.id();
		}
		catch (DomainException ex) {
			refused(redirect, ex);
			if (unitLabel != null && !unitLabel.isBlank()) {
				redirect.addAttribute("unit", unitLabel.strip());
			}
			redirect.addFlashAttribute("openKind", kind);
			redirect.addFlashAttribute("openProxy", proxyName);
			return "redirect:/move-ins";
		}
	}

	@GetMapping("/move-ins/{id}")
	String show(@PathVariable long id, Model model) {
		MoveInView c = moveIns.get(id);
		model.addAttribute("c", c);
		model.addAttribute("history", historyRows.of(moveIns.history(id), communities.timeZone(c.communityId())));
		model.addAttribute("acceptance", acceptances.ofCase(id).orElse(null));
		model.addAttribute("items", c.allows("HAND_OUT") ? moveIns.itemsInStore(id) : List.of());
		model.addAttribute("agreements", Agreement.values());
		model.addAttribute("relations", HouseholdRelation.values());
		model.addAttribute("zone", communities.timeZone(c.communityId()));
		model.addAttribute("today", moveIns.today(c.communityId()));
		return "movein/case";
	}

	@PostMapping("/move-ins/{id}/documents")
	String attach(@PathVariable long id, @RequestParam(required = false) @Nullable DocumentType type,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			moveIns.attach(id, type, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			redirect.addFlashAttribute("flash", messages.get("movein.attached"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/move-ins/" + id;
	}

	@PostMapping("/move-ins/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String emergencyName,
			@RequestParam(required = false) @Nullable String emergencyPhone,
			@RequestParam(required = false) @Nullable String emergencyRelation,
			@RequestParam(required = false) @Nullable String note,
			@RequestParam(required = false) @Nullable String memberName,
			@RequestParam(required = false) @Nullable HouseholdRelation memberRelation,
			@RequestParam(required = false) @Nullable String plate,
			@RequestParam(required = false) @Nullable List<Agreement> agreements,
			@RequestParam(required = false) @Nullable List<Long> itemIds,
			@RequestParam(required = false) boolean residentHandbook,
			@RequestParam(required = false) boolean renovationHandbook,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String requests,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate handoverDate,
			@RequestParam(required = false) boolean movingIn, RedirectAttributes redirect) {
		try {
			MoveInAction step = Steps.of(MoveInAction.class, action);
			switch (step) {
				case CHECK_DOCUMENTS -> moveIns.checkDocuments(id);
				case REGISTER -> {
					List<Member> members = new ArrayList<>();
					if (memberName != null && !memberName.isBlank()) {
						members.add(new Member(memberName, memberRelation, null, null));
					}
					List<Car> cars = plate == null || plate.isBlank() ? List.of() : List.of(new Car(plate, null, null));
					moveIns.register(id,
							new Register(emergencyName, emergencyPhone, emergencyRelation, note, members, cars));
				}
				case SIGN_AGREEMENTS -> moveIns.signAgreements(id, agreements == null || agreements.isEmpty()
						? EnumSet.noneOf(Agreement.class) : EnumSet.copyOf(agreements));
				case HAND_OUT -> moveIns.handOut(id, new HandOutItems(itemIds, residentHandbook, renovationHandbook));
				case SETTLE_FEES -> moveIns.settleFees(id);
				case DEFER_FEES -> moveIns.deferFees(id, reason);
				case NOTE_REQUESTS -> moveIns.noteRequests(id, requests);
				case COMPLETE -> moveIns.complete(id, new Complete(handoverDate, movingIn));
				case CANCEL -> moveIns.cancel(id, reason);
				case OPEN, ATTACH, ACCEPT, CUSTODY, END_CUSTODY ->
					throw ValidationException.of("action", "validation.invalid");
			}
			redirect.addFlashAttribute("flash", messages.get("movein.done"));
		}
		catch (DomainException ex) {
			refused(redirect, ex);
		}
		return "redirect:/move-ins/" + id;
	}

	/** The resident registration form (住户登记表), print-ready. */
	@GetMapping("/move-ins/{id}/forms/registration")
	String registrationForm(@PathVariable long id, Model model) {
		model.addAttribute("c", moveIns.get(id));
		return "movein/form-registration";
	}

	/** The key receipt (钥匙领取确认单), print-ready. */
	@GetMapping("/move-ins/{id}/forms/key-receipt")
	String keyReceipt(@PathVariable long id, Model model) {
		MoveInView c = moveIns.get(id);
		model.addAttribute("c", c);
		model.addAttribute("zone", communities.timeZone(c.communityId()));
		return "movein/form-key-receipt";
	}

	/** The move-in panel of a unit's page. */
	@GetMapping("/units/{id}/move-ins")
	String unitPanel(@PathVariable long id, Model model) {
		model.addAttribute("unitId", id);
		model.addAttribute("cases", moveIns.ofUnit(id));
		return "movein/unit-panel :: panel";
	}

	private List<ResidentSummary> owners(long communityId, @Nullable String label) {
		try {
			return moveIns.ownersOf(unit(communityId, label).id());
		}
		catch (ValidationException ex) {
			return List.of();
		}
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
