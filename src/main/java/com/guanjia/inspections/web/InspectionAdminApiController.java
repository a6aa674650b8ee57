package com.guanjia.inspections.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.guanjia.inspections.AreaKind;
import com.guanjia.inspections.AreaView;
import com.guanjia.inspections.ChecklistTemplates;
import com.guanjia.inspections.CheckpointView;
import com.guanjia.inspections.ContractorView;
import com.guanjia.inspections.Contractors;
import com.guanjia.inspections.EvaluationSettings;
import com.guanjia.inspections.EvaluationSettingsView;
import com.guanjia.inspections.EvaluationView;
import com.guanjia.inspections.Evaluations;
import com.guanjia.inspections.InspectionSetup;
import com.guanjia.inspections.Recurrence;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RouteView;
import com.guanjia.inspections.ScheduleView;
import com.guanjia.inspections.Schedules;
import com.guanjia.inspections.TemplateView;
import com.guanjia.inspections.Trade;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Areas, routes, checkpoints, schedules, checklist templates, contractors and month-end
 * evaluations as JSON (R11.1, R11.2, R11.4).
 */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "inspection setup", description = "Routes, checklists, schedules, contractors and evaluations (R11)")
class InspectionAdminApiController {

	private final InspectionSetup setup;

	private final Schedules schedules;

	private final ChecklistTemplates templates;

	private final Contractors contractors;

	private final Evaluations evaluations;

	private final EvaluationSettings settings;

	InspectionAdminApiController(InspectionSetup setup, Schedules schedules, ChecklistTemplates templates,
			Contractors contractors, Evaluations evaluations, EvaluationSettings settings) {
		this.settings = settings;
		this.setup = setup;
		this.schedules = schedules;
		this.templates = templates;
		this.contractors = contractors;
		this.evaluations = evaluations;
	}

	record AreaRequest(@Nullable Long communityId, @Nullable AreaKind kind, @Nullable String name,
			@Nullable Long buildingId) {
	}

	record NameRequest(@Nullable Long communityId, @Nullable String name) {
	}

	record ScheduleRequest(@Nullable Long communityId, @Nullable String name, @Nullable RoundKind kind,
			@Nullable Long routeId, @Nullable Recurrence recurrence, @Nullable Set<DayOfWeek> days,
			@Nullable Integer dayOfMonth, @Nullable String windows, @Nullable Long assigneeStaffId) {
	}

	/**
	 * The schema name in the OpenAPI document (another class is named ContractorRequest).
	 */
	@Schema(name = "NewContractorRequest")
	record ContractorRequest(@Nullable Long communityId, @Nullable String name, @Nullable Trade trade,
			@Nullable String contactName, @Nullable String phone) {
	}

	record ContractRequest(@Nullable String number, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable BigDecimal monthlyFee, @Nullable List<Long> areaIds) {
	}

	record ComputeRequest(@Nullable YearMonth month) {
	}

	/** The schema name in the OpenAPI document (another class is named SignRequest). */
	@Schema(name = "EvaluationSignRequest")
	record SignRequest(@Nullable Integer version) {
	}

	record ReviseRequest(@Nullable String reason) {
	}

	/**
	 * A month-end run: one community's, or (no communityId) every community of the
	 * caller's.
	 */
	record MonthEndRequest(@Nullable Long communityId, @Nullable YearMonth month) {
	}

	record PeriodEndDayRequest(@Nullable Integer periodEndDay, @Nullable Integer version) {
	}

	record ActiveRequest(boolean active) {
	}

	private static long community(@Nullable Long communityId) {
		if (communityId == null) {
			throw ValidationException.of("communityId", "validation.required");
		}
		return communityId;
	}

	@GetMapping("/areas")
	List<AreaView> areas(@RequestParam long communityId) {
		return setup.areas(communityId);
	}

	@PostMapping("/areas")
	@ResponseStatus(HttpStatus.CREATED)
	AreaView area(@RequestBody AreaRequest r) {
		return setup.createArea(community(r.communityId()),
				new InspectionSetup.NewArea(r.kind(), r.name(), r.buildingId()));
	}

	@GetMapping("/routes")
	List<RouteView> routes(@RequestParam long communityId) {
		return setup.routes(communityId);
	}

	@PostMapping("/routes")
	@ResponseStatus(HttpStatus.CREATED)
	RouteView route(@RequestBody NameRequest r) {
		return setup.createRoute(community(r.communityId()), r.name());
	}

	@GetMapping("/routes/{id}")
	RouteView route(@PathVariable long id) {
		return setup.route(id);
	}

	@PostMapping("/routes/{id}/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	CheckpointView checkpoint(@PathVariable long id, @RequestBody InspectionSetup.NewCheckpoint request) {
		return setup.addCheckpoint(id, request);
	}

	@GetMapping("/checkpoints/{id}")
	CheckpointView checkpoint(@PathVariable long id) {
		return setup.checkpoint(id);
	}

	@PutMapping("/checkpoints/{id}/active")
	CheckpointView checkpointActive(@PathVariable long id, @RequestBody ActiveRequest request) {
		return setup.setCheckpointActive(id, request.active());
	}

	@GetMapping("/schedules")
	List<ScheduleView> schedules(@RequestParam long communityId) {
		return schedules.list(communityId);
	}

	@PostMapping("/schedules")
	@ResponseStatus(HttpStatus.CREATED)
	ScheduleView schedule(@RequestBody ScheduleRequest r) {
		return schedules.create(community(r.communityId()), new Schedules.NewSchedule(r.name(), r.kind(), r.routeId(),
				r.recurrence(), r.days(), r.dayOfMonth(), r.windows(), r.assigneeStaffId()));
	}

	@GetMapping("/schedules/{id}")
	ScheduleView schedule(@PathVariable long id) {
		return schedules.get(id);
	}

	@PutMapping("/schedules/{id}/active")
	ScheduleView scheduleActive(@PathVariable long id, @RequestBody ActiveRequest request) {
		return schedules.setActive(id, request.active());
	}

	@GetMapping("/templates")
	List<TemplateView> templates(@RequestParam long communityId) {
		return templates.list(communityId);
	}

	@GetMapping("/templates/{id}")
	TemplateView template(@PathVariable long id) {
		return templates.get(id);
	}

	/** A new revision of the template with this code (or a new template). */
	@PostMapping("/templates/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	TemplateView revise(@RequestParam long communityId, @RequestParam String code,
			@RequestBody ChecklistTemplates.ReviseTemplate request) {
		return templates.revise(communityId, code, request);
	}

	@GetMapping("/contractors")
	List<ContractorView> contractors(@RequestParam long communityId) {
		return contractors.list(communityId);
	}

	@PostMapping("/contractors")
	@ResponseStatus(HttpStatus.CREATED)
	ContractorView contractor(@RequestBody ContractorRequest r) {
		return contractors.create(community(r.communityId()),
				new Contractors.NewContractor(r.name(), r.trade(), r.contactName(), r.phone()));
	}

	@GetMapping("/contractors/{id}")
	ContractorView contractor(@PathVariable long id) {
		return contractors.get(id);
	}

	@PostMapping("/contractors/{id}/contracts")
	@ResponseStatus(HttpStatus.CREATED)
	ContractorView contract(@PathVariable long id, @RequestBody ContractRequest r) {
		return contractors.addContract(id,
				new Contractors.NewContract(r.number(), r.startsOn(), r.endsOn(), r.monthlyFee(), r.areaIds()));
	}

	/**
	 * Computes (or recomputes while a draft) the contractor's month, e.g. {"month":
	 * "2026-11"}.
	 */
	@PostMapping("/contractors/{id}/evaluations")
	EvaluationView compute(@PathVariable long id, @RequestBody ComputeRequest r) {
		if (r.month() == null) {
			throw ValidationException.of("month", "validation.required");
		}
		return evaluations.compute(id, r.month());
	}

	@GetMapping("/evaluations")
	List<EvaluationView> evaluations(@RequestParam long communityId) {
		return evaluations.list(communityId);
	}

	@GetMapping("/evaluations/{id}")
	EvaluationView evaluation(@PathVariable long id) {
		return evaluations.get(id);
	}

	@PostMapping("/evaluations/{id}/sign")
	EvaluationView sign(@PathVariable long id, @RequestBody SignRequest r) {
		if (r.version() == null) {
			throw ValidationException.of("version", "validation.required");
		}
		return evaluations.sign(id, r.version());
	}

	/** A correction of a signed evaluation: a new draft revision with the reason. */
	@PostMapping("/evaluations/{id}/revisions")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationView revise(@PathVariable long id, @RequestBody ReviseRequest r) {
		return evaluations.revise(id, r.reason());
	}

	/**
	 * The month-end run, e.g. {"communityId": 1, "month": "2026-11"}: every active
	 * cleaning and greening contractor's month computed at once (a signed month is listed
	 * as it is, never recomputed); without communityId, in every community of the caller.
	 */
	@PostMapping("/evaluations/month-end")
	List<EvaluationView> monthEnd(@RequestBody MonthEndRequest r) {
		if (r.month() == null) {
			throw ValidationException.of("month", "validation.required");
		}
		return r.communityId() == null ? evaluations.computeMonth(r.month())
				: evaluations.computeAll(r.communityId(), r.month());
	}

	/**
	 * The community's month-end settings: the period's end day and each trade's scoring
	 * rule.
	 */
	@GetMapping("/evaluation-settings")
	EvaluationSettingsView evaluationSettings(@RequestParam long communityId) {
		return settings.get(communityId);
	}

	/**
	 * Sets the period's end day (1–28), e.g. {"periodEndDay": 20, "version": 0}; it
	 * applies from the first month not yet evaluated.
	 */
	@PutMapping("/evaluation-settings/period-end-day")
	EvaluationSettingsView periodEndDay(@RequestParam long communityId, @RequestBody PeriodEndDayRequest r) {
		return settings.setPeriodEndDay(communityId, r.periodEndDay(), r.version());
	}

	/**
	 * Sets a cleaning or greening scoring rule, e.g. {"baseScore": 100,
	 * "deductionPerItem": 2, "overdueFactor": 2, "floorScore": 0, "version": 0}; a signed
	 * evaluation keeps the rule it was signed with.
	 */
	@PutMapping("/evaluation-settings/rules/{trade}")
	EvaluationSettingsView scoringRule(@RequestParam long communityId, @PathVariable Trade trade,
			@RequestBody EvaluationSettings.RuleChange r) {
		return settings.setRule(communityId, trade, r);
	}

}
