package com.guanjia.inspections.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.FindingActions;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.Rectifications;
import com.guanjia.inspections.RoundQueries;
import com.guanjia.inspections.RoundView;
import com.guanjia.inspections.RoundWork;
import com.guanjia.inspections.ScanResult;
import com.guanjia.inspections.VisitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.FormErrors;
import com.guanjia.platform.web.Messages;
import com.guanjia.shared.ValidationException;
import jakarta.servlet.http.HttpSession;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
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
 * The patrol pages (R11.1, R11.2): the day's rounds (mine, everyone's, and for the
 * supervisor the late and missed ones with the open findings and rectifications), a round
 * on the phone, a checkpoint's checklist, a scanned QR label, the photos.
 */
@Controller
class RoundPageController {

	private final RoundQueries queries;

	private final RoundWork work;

	private final FindingActions findings;

	private final Rectifications rectifications;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final CommunityScope scope;

	private final Messages messages;

	private final java.time.Clock clock;

	RoundPageController(RoundQueries queries, RoundWork work, FindingActions findings, Rectifications rectifications,
			CommunityDirectory communities, CurrentCommunity current, CommunityScope scope, Messages messages,
			java.time.Clock clock) {
		this.clock = clock;
		this.queries = queries;
		this.work = work;
		this.findings = findings;
		this.rectifications = rectifications;
		this.communities = communities;
		this.current = current;
		this.scope = scope;
		this.messages = messages;
	}

	@GetMapping("/inspections")
	String today(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			HttpSession session, Model model) {
		long communityId = current.id(session);
		List<RoundView> rounds = queries.day(communityId, day, false);
		Map<String, List<RoundView>> byButler = new LinkedHashMap<>();
		for (RoundView r : rounds) {
			String who = r.assigneeName() == null ? messages.get("inspection.pool") : r.assigneeName();
			byButler.computeIfAbsent(who, k -> new java.util.ArrayList<>()).add(r);
		}
		model.addAttribute("mine",
				rounds.stream()
					.filter(r -> r.assigneeStaffId() == null || r.assigneeStaffId() == scope.staffId())
					.filter(r -> !r.done())
					.toList());
		model.addAttribute("byButler", byButler);
		model.addAttribute("day",
				day == null ? LocalDate.ofInstant(clock.instant(), communities.timeZone(communityId)) : day);
		model.addAttribute("done", rounds.stream().filter(RoundView::done).count());
		model.addAttribute("late", rounds.stream().filter(RoundView::late).count());
		model.addAttribute("due", rounds.stream().filter(r -> !r.done() && !r.late()).count());
		if (scope.has(Permission.INSPECTION_SUPERVISE)) {
			model.addAttribute("lateOrMissed", queries.lateOrMissed(communityId, 7));
			model.addAttribute("openFindings", findings.list(communityId, true, null, null));
			model.addAttribute("openRectifications", rectifications.list(communityId, true));
		}
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		return "inspections/today";
	}

	@GetMapping("/inspections/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		RoundView round = queries.get(id);
		model.addAttribute("round", round);
		model.addAttribute("findings", findings.list(round.communityId(), false, id, null));
		model.addAttribute("times", new Times(communities.timeZone(round.communityId())));
		return "inspections/round";
	}

	@GetMapping("/inspections/rounds/{id}/checkpoints/{position}")
	String checkpoint(@PathVariable long id, @PathVariable int position,
			@RequestParam(defaultValue = "false") boolean scanned, Model model) {
		VisitForm form = new VisitForm();
		form.setScanned(scanned);
		return visitForm(id, position, form, model);
	}

	@PostMapping("/inspections/rounds/{id}/checkpoints/{position}")
	String record(@PathVariable long id, @PathVariable int position, @ModelAttribute("form") VisitForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		try {
			RoundView round = work.visit(id, position, form.toCommand());
			redirect.addFlashAttribute("flash",
					messages.get("inspection.visit.saved",
							round.visits()
								.stream()
								.filter(v -> v.position() == position)
								.findFirst()
								.map(VisitView::name)
								.orElse("")));
			return "redirect:/inspections/rounds/" + id;
		}
		catch (ValidationException ex) {
			FormErrors.reject(binding, ex);
			return visitForm(id, position, form, model);
		}
	}

	private String visitForm(long id, int position, VisitForm form, Model model) {
		RoundView round = queries.get(id);
		VisitView visit = round.visits()
			.stream()
			.filter(v -> v.position() == position)
			.findFirst()
			.orElseThrow(() -> new com.guanjia.shared.NotFoundException("checkpoint", position));
		visit.items().forEach(i -> form.item(i.position()));
		model.addAttribute("round", round);
		model.addAttribute("visit", visit);
		model.addAttribute("form", form);
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("times", new Times(communities.timeZone(round.communityId())));
		return "inspections/visit";
	}

	@PostMapping("/inspections/rounds/{id}/checkpoints/{position}/skip")
	String skip(@PathVariable long id, @PathVariable int position, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		work.skip(id, position, reason);
		return "redirect:/inspections/rounds/" + id;
	}

	@PostMapping("/inspections/rounds/{id}/finish")
	String finish(@PathVariable long id, RedirectAttributes redirect) {
		work.finish(id);
		redirect.addFlashAttribute("flash", messages.get("inspection.round.finished"));
		return "redirect:/inspections/rounds/" + id;
	}

	@PostMapping("/inspections/rounds/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String reason) {
		work.cancel(id, reason);
		return "redirect:/inspections/rounds/" + id;
	}

	/**
	 * A scanned QR label: straight to the checkpoint's form on today's round, if one
	 * needs it.
	 */
	@GetMapping("/inspections/scan/{token}")
	String scan(@PathVariable String token, Model model) {
		ScanResult found = work.scan(token);
		if (found.roundId() != null) {
			return "redirect:/inspections/rounds/" + found.roundId() + "/checkpoints/" + found.position()
					+ "?scanned=true";
		}
		model.addAttribute("checkpoint", found.checkpoint());
		return "inspections/scanned";
	}

	@GetMapping("/inspections/photos/{id}")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		var file = queries.photo(id);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(file.content());
	}

}
