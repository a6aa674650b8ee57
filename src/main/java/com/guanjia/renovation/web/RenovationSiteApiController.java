package com.guanjia.renovation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.guanjia.renovation.AcceptanceItem;
import com.guanjia.renovation.GateAnswer;
import com.guanjia.renovation.OvertimeView;
import com.guanjia.renovation.RenovationDetails;
import com.guanjia.renovation.RenovationSite;
import com.guanjia.renovation.Renovations;
import com.guanjia.renovation.WaterArea;
import com.guanjia.renovation.WaterTestView;
import com.guanjia.renovation.WorkerPassView;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A renovation under way as JSON: workers' passes and the gate's check (R9.3, R9.4),
 * overtime consents, closed-water tests (R9.6), completion and the deposit's refund
 * (R9.7).
 */
@RestController
@Tag(name = "renovation site", description = "Worker passes, the gate, overtime, water tests, completion (R9.3–R9.7)")
class RenovationSiteApiController {

	private final RenovationSite site;

	private final Renovations renovations;

	RenovationSiteApiController(RenovationSite site, Renovations renovations) {
		this.site = site;
		this.renovations = renovations;
	}

	@Schema(name = "WorkerPassRequest")
	record PassRequest(@Nullable Long workerId, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil) {
	}

	@PostMapping("/api/renovations/{id}/passes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issues a worker's temporary pass within the permit (ISSUE_PASS, R9.3)")
	WorkerPassView issuePass(@PathVariable long id, @RequestBody PassRequest r) {
		return site.issuePass(id, r.workerId(), r.validFrom(), r.validUntil());
	}

	@GetMapping("/api/renovations/{id}/passes")
	@Operation(summary = "A renovation's worker passes")
	List<WorkerPassView> passes(@PathVariable long id) {
		return site.passes(id);
	}

	@GetMapping("/api/worker-passes/{passId}")
	@Operation(summary = "A worker's pass")
	WorkerPassView pass(@PathVariable long passId) {
		return site.pass(passId);
	}

	@Schema(name = "GateCheckRequest")
	record GateRequest(@Nullable Long communityId, @Nullable String number) {
	}

	@PostMapping("/api/gate/worker-passes")
	@Operation(summary = "The gate scans or types a worker's pass: admitted, or refused with the reason (R9.4)")
	GateAnswer scan(@RequestBody GateRequest r) {
		return site.scan(ValidationException.required("communityId", r.communityId()), r.number());
	}

	@Schema(name = "OvertimeRequest")
	record OvertimeRequest(@Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt, @Nullable String reason) {
	}

	@PostMapping("/api/renovations/{id}/overtime")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "The office's written consent to work outside the hours, in local time (APPROVE_OVERTIME, R9.4)")
	OvertimeView approveOvertime(@PathVariable long id, @RequestBody OvertimeRequest r) {
		return site.approveOvertime(id, r.startsAt(), r.endsAt(), r.reason());
	}

	@GetMapping("/api/renovations/{id}/overtime")
	@Operation(summary = "A renovation's overtime consents")
	List<OvertimeView> overtime(@PathVariable long id) {
		return site.overtime(id);
	}

	@Schema(name = "WaterTestStartRequest")
	record WaterStartRequest(@Nullable WaterArea area) {
	}

	@PostMapping("/api/renovations/{id}/water-tests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A closed-water test starts now (START_WATER_TEST, R9.6)")
	WaterTestView startWaterTest(@PathVariable long id, @RequestBody WaterStartRequest r) {
		return site.startWaterTest(id, r.area());
	}

	@Schema(name = "WaterTestEndRequest")
	record WaterEndRequest(@Nullable Boolean passed, @Nullable Boolean belowChecked, @Nullable String note) {
	}

	@PostMapping("/api/renovations/{id}/water-tests/{testId}/end")
	@Operation(
			summary = "A water test ends now: passed after 48 hours with the unit below checked (422 otherwise), or failed")
	WaterTestView endWaterTest(@PathVariable long id, @PathVariable long testId, @RequestBody WaterEndRequest r) {
		return site.endWaterTest(id, testId, r.passed(), Boolean.TRUE.equals(r.belowChecked()), r.note());
	}

	@GetMapping("/api/renovations/{id}/water-tests")
	@Operation(summary = "A renovation's water tests")
	List<WaterTestView> waterTests(@PathVariable long id) {
		return site.waterTests(id);
	}

	@Schema(name = "RenovationNoteRequest")
	record NoteRequest(@Nullable String note) {
	}

	@Schema(name = "RenovationAcceptRequest")
	record AcceptRequest(@Nullable String note, @Nullable List<AcceptanceItem> checklist) {
	}

	@PostMapping("/api/renovations/{id}/accept")
	@Operation(summary = "Engineering accepts the finished work, every item of the checklist confirmed; the unit "
			+ "returns to its state (ACCEPT, R9.7)")
	RenovationDetails accept(@PathVariable long id, @RequestBody AcceptRequest r) {
		return renovations.accept(id, r.note(), r.checklist());
	}

	@PostMapping("/api/renovations/{id}/fail-acceptance")
	@Operation(summary = "Engineering finds the work not acceptable yet (FAIL_ACCEPTANCE)")
	RenovationDetails failAcceptance(@PathVariable long id, @RequestBody NoteRequest r) {
		return renovations.failAcceptance(id, r.note());
	}

	@Schema(name = "RenovationRefundRequest")
	record RefundRequest(@Nullable BigDecimal deduction, @Nullable String deductionReason) {
	}

	@PostMapping("/api/renovations/{id}/refund-request")
	@Operation(
			summary = "Asks the cashier to refund the deposit less a deduction with its reason (REQUEST_REFUND, R9.7); a second person approves it there")
	RenovationDetails requestRefund(@PathVariable long id, @RequestBody RefundRequest r) {
		return renovations.requestRefund(id, r.deduction(), r.deductionReason());
	}

	@PostMapping("/api/renovations/{id}/close")
	@Operation(summary = "Closes a completed renovation that held no deposit (CLOSE)")
	RenovationDetails close(@PathVariable long id) {
		return renovations.close(id);
	}

}
