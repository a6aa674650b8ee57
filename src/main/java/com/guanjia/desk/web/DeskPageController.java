package com.guanjia.desk.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import com.guanjia.desk.Channel;
import com.guanjia.desk.ReceptionAction;
import com.guanjia.desk.ReceptionDesk;
import com.guanjia.desk.ReceptionView;
import com.guanjia.desk.RecordVisit;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Messages;
import com.guanjia.platform.web.Steps;
import com.guanjia.shared.DomainException;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderCatalogue;
import com.guanjia.workorders.WorkOrderKind;
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
 * The front desk page: record a visit or call in seconds, the agent's reply queue,
 * today's log, a record's page.
 */
@Controller
class DeskPageController {

	private final ReceptionDesk desk;

	private final UnitManagement units;

	private final WorkOrderCatalogue catalogue;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final Messages messages;

	private final java.time.Clock clock;

	private final com.guanjia.residents.ResidentDirectory residentDirectory;

	DeskPageController(ReceptionDesk desk, UnitManagement units, WorkOrderCatalogue catalogue,
			CommunityDirectory communities, CurrentCommunity current, Messages messages, java.time.Clock clock,
			com.guanjia.residents.ResidentDirectory residentDirectory) {
		this.residentDirectory = residentDirectory;
		this.desk = desk;
		this.units = units;
		this.catalogue = catalogue;
		this.communities = communities;
		this.current = current;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/desk")
	String desk(HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("requestKey", UUID.randomUUID().toString());
		model.addAttribute("queue", desk.queue(communityId, false));
		model.addAttribute("log", desk.day(communityId, desk.today(communityId)));
		model.addAttribute("zone", communities.timeZone(communityId));
		model.addAttribute("now", clock.instant());
		model.addAttribute("receivedAtMax",
				LocalDateTime.ofInstant(clock.instant(), communities.timeZone(communityId))
					.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
					.toString());
		return "desk/desk";
	}

	@PostMapping("/desk")
	String record(@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(required = false) @Nullable String callerName,
			@RequestParam(required = false) @Nullable String callerPhone,
			@RequestParam(required = false) @Nullable Long partyId,
			@RequestParam(required = false) @Nullable String unitLabel,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String result,
			@RequestParam(defaultValue = "false") boolean answeredOnTheSpot,
			@RequestParam(required = false) @Nullable String requestKey,
			@RequestParam(required = false) @Nullable String receivedAt, HttpSession session,
			RedirectAttributes redirect) {
		long communityId = current.id(session);
		try {
			Instant received = receivedAt(receivedAt, communityId);
			Long unitId = null;
			if (unitLabel != null && !unitLabel.isBlank()) {
				unitId = units.search(List.of(communityId), unitLabel.strip(), 5)
					.stream()
					.filter(u -> u.label().equalsIgnoreCase(unitLabel.strip()))
					.map(UnitView::id)
					.findFirst()
					.orElseThrow(() -> ValidationException.of("unitLabel", "validation.unit.unknown"));
			}
			ReceptionView r = desk.record(communityId, new RecordVisit(channel, partyId, callerName, callerPhone,
					unitId, question, result, answeredOnTheSpot, requestKey, received));
			redirect.addFlashAttribute("flash", messages.get("desk.recorded", r.id()));
			return "redirect:/desk/records/" + r.id();
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
			redirect.addFlashAttribute("errorFields",
					ex.problems()
						.stream()
						.map(FieldProblem::field)
						.collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new)));
			redirect.addFlashAttribute("typed",
					new Typed(channel, callerName, callerPhone, unitLabel, question, result, receivedAt));
			return "redirect:/desk";
		}
	}

	/**
	 * A call taken earlier and written down now (补录): the form's local date and time in
	 * the community's zone; empty means now. Whether it is allowed (not in the future,
	 * not older than the limit) is the service's rule, the same as the API's.
	 */
	private @Nullable Instant receivedAt(@Nullable String typed, long communityId) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(typed.strip()).atZone(communities.timeZone(communityId)).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw ValidationException.of("receivedAt", "validation.format");
		}
	}

	/** What the agent typed, shown again after a mistake. */
	record Typed(@Nullable Channel channel, @Nullable String callerName, @Nullable String callerPhone,
			@Nullable String unitLabel, @Nullable String question, @Nullable String result,
			@Nullable String receivedAt) implements java.io.Serializable {
	}

	/**
	 * The "who" search box: residents by name or phone fragment (phones masked in the
	 * list, R1.3).
	 */
	@GetMapping("/desk/residents")
	String residents(@RequestParam(required = false) @Nullable String q, HttpSession session, Model model) {
		long communityId = current.id(session);
		model.addAttribute("found",
				q == null || q.isBlank() ? List.of() : residentDirectory.search(List.of(communityId), q, 8));
		return "desk/desk :: who";
	}

	@GetMapping("/desk/records/{id}")
	String show(@PathVariable long id, Model model) {
		ReceptionView r = desk.get(id);
		model.addAttribute("r", r);
		model.addAttribute("zone", communities.timeZone(r.communityId()));
		model.addAttribute("kinds", WorkOrderKind.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("categories", catalogue.warrantyCategories(r.communityId()));
		model.addAttribute("now", clock.instant());
		return "desk/record";
	}

	@PostMapping("/desk/records/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String handler,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime agreedReplyAt,
			@RequestParam(required = false) @Nullable String reply,
			@RequestParam(required = false) @Nullable WorkOrderKind kind,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable Severity severity,
			@RequestParam(defaultValue = "false") boolean immediate,
			@RequestParam(required = false) @Nullable String convenientTime, RedirectAttributes redirect) {
		try {
			ReceptionAction step = Steps.of(ReceptionAction.class, action);
			ReceptionView r = switch (step) {
				case HANDLE -> desk.handle(id, handler, agreedReplyAt == null ? null
						: agreedReplyAt.atZone(communities.timeZone(desk.get(id).communityId())).toInstant());
				case REPLY -> desk.reply(id, reply);
				case ARCHIVE -> desk.archive(id);
				case ORDER -> desk.toWorkOrder(id, kind, category == null || category.isBlank() ? null : category,
						severity, immediate, convenientTime);
				case RECORD, ORDER_DONE -> throw ValidationException.of("action", "validation.invalid");
			};
			if (step == ReceptionAction.ORDER && r.workOrderId() != null) {
				redirect.addFlashAttribute("flash", messages.get("workOrder.opened", r.workOrderNumber()));
				return "redirect:/work-orders/" + r.workOrderId();
			}
			redirect.addFlashAttribute("flash", messages.get(r.status().messageKey()));
		}
		catch (ValidationException ex) {
			redirect.addFlashAttribute("error", messages.describe(ex.problems()));
		}
		catch (DomainException ex) {
			if (ex instanceof com.guanjia.shared.NotFoundException) {
				throw ex;
			}
			redirect.addFlashAttribute("error", messages.of(ex));
		}
		return "redirect:/desk/records/" + id;
	}

	/** The step a form posts to ({@code /desk/records/{id}/handle} …). */

}
