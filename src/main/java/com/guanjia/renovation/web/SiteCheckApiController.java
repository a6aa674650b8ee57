package com.guanjia.renovation.web;

import java.time.LocalDateTime;
import java.util.List;

import com.guanjia.renovation.SiteCheckView;
import com.guanjia.renovation.SiteChecks;
import com.guanjia.renovation.ViolationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A renovation's daily checks and the violations they found as JSON (R9.5): the rounds of
 * each day, and each violation's steps — the owner told with a deadline, rectified,
 * escalated to the manager.
 */
@RestController
@Tag(name = "renovation checks", description = "Daily site checks and their violations (R9.5)")
class SiteCheckApiController {

	private final SiteChecks checks;

	SiteCheckApiController(SiteChecks checks) {
		this.checks = checks;
	}

	@GetMapping("/api/renovations/{id}/checks")
	@Operation(summary = "A renovation's daily checks, newest first, with how each round stands")
	List<SiteCheckView> checks(@PathVariable long id) {
		return checks.checks(id);
	}

	@GetMapping("/api/renovations/{id}/violations")
	@Operation(summary = "The violations the daily checks found, with their steps and history")
	List<ViolationView> violations(@PathVariable long id) {
		return checks.violations(id);
	}

	@Schema(name = "ViolationDemandRequest")
	record DemandRequest(@Nullable LocalDateTime deadline, @Nullable String ownerTold) {
	}

	@Schema(name = "ViolationNoteRequest")
	record NoteRequest(@Nullable String note) {
	}

	@PostMapping("/api/renovations/{id}/violations/{violationId}/demand")
	@Operation(summary = "The owner told to put the violation right by the deadline, community time (DEMAND)")
	ViolationView demand(@PathVariable long id, @PathVariable long violationId, @RequestBody DemandRequest r) {
		return checks.demand(id, violationId, r.deadline(), r.ownerTold());
	}

	@PostMapping("/api/renovations/{id}/violations/{violationId}/rectify")
	@Operation(summary = "The violation was put right (RECTIFY)")
	ViolationView rectify(@PathVariable long id, @PathVariable long violationId, @RequestBody NoteRequest r) {
		return checks.rectify(id, violationId, r.note());
	}

	@PostMapping("/api/renovations/{id}/violations/{violationId}/escalate")
	@Operation(summary = "The owner refuses to put it right: reported to the manager (ESCALATE)")
	ViolationView escalate(@PathVariable long id, @PathVariable long violationId, @RequestBody NoteRequest r) {
		return checks.escalate(id, violationId, r.note());
	}

}
