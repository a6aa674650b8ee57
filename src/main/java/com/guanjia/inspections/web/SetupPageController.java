package com.guanjia.inspections.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.guanjia.platform.web.QrImages;
import com.guanjia.access.StaffManagement;
import com.guanjia.inspections.AreaKind;
import com.guanjia.inspections.ChecklistTemplates;
import com.guanjia.inspections.CheckpointView;
import com.guanjia.inspections.InspectionSetup;
import com.guanjia.inspections.Recurrence;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RouteView;
import com.guanjia.inspections.Schedules;
import com.guanjia.inspections.Trade;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Setting patrols up (R11.1, R11.2): areas, routes and checkpoints with their printable
 * QR labels, schedules, and the checklist templates with their revisions.
 */
@Controller
class SetupPageController {

	private final InspectionSetup setup;

	private final Schedules schedules;

	private final ChecklistTemplates templates;

	private final StaffManagement staff;

	private final CurrentCommunity current;

	private final Messages messages;

	SetupPageController(InspectionSetup setup, Schedules schedules, ChecklistTemplates templates, StaffManagement staff,
			CurrentCommunity current, Messages messages) {
		this.setup = setup;
		this.schedules = schedules;
		this.templates = templates;
		this.staff = staff;
		this.current = current;
		this.messages = messages;
	}

	@GetMapping("/inspections/setup")
	String setup(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("areas", setup.areas(communityId));
		model.addAttribute("routes", setup.routes(communityId));
		model.addAttribute("areaKinds", AreaKind.values());
		model.addAttribute("templates", templates.list(communityId));
		return "inspections/setup";
	}

	@PostMapping("/inspections/areas")
	String area(@RequestParam(required = false) AreaKind kind, @RequestParam(required = false) String name,
			HttpSession session, Model model) {
		return attempt(session, model,
				() -> setup.createArea(current.id(session), new InspectionSetup.NewArea(kind, name, null)));
	}

	@PostMapping("/inspections/routes")
	String route(@RequestParam(required = false) String name, HttpSession session, Model model) {
		return attempt(session, model, () -> setup.createRoute(current.id(session), name));
	}

	@PostMapping("/inspections/routes/{id}/checkpoints")
	String checkpoint(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) Long areaId, @RequestParam(required = false) String templateCode,
			HttpSession session, Model model) {
		return attempt(session, model,
				() -> setup.addCheckpoint(id, new InspectionSetup.NewCheckpoint(name, areaId, templateCode)));
	}

	private String attempt(HttpSession session, Model model, Runnable action) {
		try {
			action.run();
			return "redirect:/inspections/setup";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return setup(session, model);
		}
	}

	/** A sheet of QR labels of a route, one per checkpoint, to print and stick up. */
	@GetMapping("/inspections/routes/{id}/labels")
	String labels(@PathVariable long id, Model model) {
		RouteView route = setup.route(id);
		model.addAttribute("route", route);
		return "inspections/labels";
	}

	/** A checkpoint's QR code: the URL of its scan page. */
	@GetMapping(value = "/inspections/checkpoints/{id}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
		CheckpointView c = setup.checkpoint(id);
		String url = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/inspections/scan/{token}")
			.buildAndExpand(c.qrToken())
			.toUriString();
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrImages.png(url, 240));
	}

	@GetMapping("/inspections/schedules")
	String schedules(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("schedules", schedules.list(communityId));
		model.addAttribute("routes", setup.routes(communityId));
		model.addAttribute("kinds", RoundKind.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("butlers", staff.staffOf(communityId, Role.BUTLER, null));
		model.addAttribute("templates", templates.list(communityId));
		model.addAttribute("trades", Trade.values());
		return "inspections/schedules";
	}

	@PostMapping("/inspections/schedules")
	String schedule(@RequestParam(required = false) String name, @RequestParam(required = false) RoundKind kind,
			@RequestParam(required = false) Long routeId, @RequestParam(required = false) Recurrence recurrence,
			@RequestParam(required = false) Set<DayOfWeek> days, @RequestParam(required = false) Integer dayOfMonth,
			@RequestParam(required = false) String windows, @RequestParam(required = false) Long assigneeStaffId,
			HttpSession session, Model model) {
		try {
			schedules.create(current.id(session), new Schedules.NewSchedule(name, kind, routeId, recurrence, days,
					dayOfMonth, windows, assigneeStaffId));
			return "redirect:/inspections/schedules";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return schedules(session, model);
		}
	}

	@PostMapping("/inspections/schedules/{id}/active")
	String active(@PathVariable long id, @RequestParam boolean active) {
		schedules.setActive(id, active);
		return "redirect:/inspections/schedules";
	}

	/**
	 * A new revision of a checklist: one item a line, "words | TRADE | weight" (trade and
	 * weight may be left out: cleaning, 1).
	 */
	@PostMapping("/inspections/templates/{code}")
	String revise(@PathVariable String code, @RequestParam(required = false) String name,
			@RequestParam(required = false) String items, HttpSession session, Model model) {
		try {
			templates.revise(current.id(session), code, new ChecklistTemplates.ReviseTemplate(name, parse(items)));
			return "redirect:/inspections/schedules";
		}
		catch (ValidationException ex) {
			model.addAttribute("error", messages.describe(ex.problems()));
			return schedules(session, model);
		}
	}

	static List<ChecklistTemplates.ReviseTemplate.Item> parse(String text) {
		List<ChecklistTemplates.ReviseTemplate.Item> items = new ArrayList<>();
		if (text == null) {
			return items;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|");
			Trade trade = Trade.CLEANING;
			java.math.BigDecimal weight = java.math.BigDecimal.ONE;
			try {
				if (parts.length > 1 && !parts[1].isBlank()) {
					trade = Trade.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT));
				}
				if (parts.length > 2 && !parts[2].isBlank()) {
					weight = new java.math.BigDecimal(parts[2].strip());
				}
			}
			catch (IllegalArgumentException ex) {
				throw ValidationException.of("items", "inspection.template.line", line.strip());
			}
			items.add(new ChecklistTemplates.ReviseTemplate.Item(parts[0].strip(), trade, weight));
		}
		return items;
	}

}
