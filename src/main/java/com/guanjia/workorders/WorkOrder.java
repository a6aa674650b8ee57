package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.RuleViolationException;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDispatched;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderReopened;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A work order and the rules of its life. Every step is checked against the current state
 * (an illegal one is refused naming that state), appended to the timeline, and may raise
 * a past-tense event. Nothing outside this class changes a status.
 */
class WorkOrder {

	/** Arrival within this many minutes of the appointment counts as on time (R3.2). */
	static final Duration APPOINTMENT_TOLERANCE = Duration.ofMinutes(5);

	long id;

	long communityId;

	String number = "";

	WorkOrderKind kind = WorkOrderKind.IN_UNIT_REPAIR;

	WorkOrderStatus status = WorkOrderStatus.RECEIVED;

	@Nullable Long unitId;

	@Nullable String unitLabel;

	@Nullable String location;

	@Nullable Long reporterPartyId;

	@Nullable String reporterName;

	@Nullable String reporterPhone;

	String description = "";

	@Nullable String convenientTime;

	boolean immediate;

	@Nullable Instant appointmentAt;

	@Nullable String category;

	Warranty.Decision warranty = Warranty.Decision.UNKNOWN;

	@Nullable LocalDate warrantyUntil;

	boolean leak;

	boolean safety;

	@Nullable Severity severity;

	@Nullable String complainedParty;

	@Nullable String residentWants;

	@Nullable LocalDate residentDeadline;

	@Nullable String answer;

	@Nullable String result;

	@Nullable Boolean valid;

	@Nullable Long departmentId;

	@Nullable Long technicianId;

	@Nullable String technicianName;

	@Nullable HoldReason holdReason;

	@Nullable WorkOrderStatus statusBeforeHold;

	@Nullable String cancelReason;

	@Nullable String solution;

	@Nullable Instant consentAt;

	@Nullable Instant arrivedAt;

	@Nullable Instant completedAt;

	@Nullable Instant leakTestAt;

	@Nullable String confirmationCode;

	@Nullable String signedBy;

	@Nullable Long signatureFileId;

	@Nullable Instant signedAt;

	@Nullable String inspectedBy;

	@Nullable Instant inspectedAt;

	@Nullable Instant closedAt;

	/** When the work is due (its RESOLVE clock, moved by pauses). */
	@Nullable Instant dueAt;

	BigDecimal adjustment = BigDecimal.ZERO;

	@Nullable String adjustmentReason;

	int escalationLevel;

	int reopenCount;

	@Nullable Long sourceRecordId;

	Instant createdAt = Instant.EPOCH;

	int version;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	/** One line of the timeline: what was done, from which state to which, and a note. */
	record Step(WorkOrderAction action, @Nullable WorkOrderStatus from, WorkOrderStatus to, @Nullable String note) {
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	void clearPending() {
		steps.clear();
		events.clear();
	}

	void clearSteps() {
		steps.clear();
	}

	// --- the rules ---------------------------------------------------------------------

	private void check(WorkOrderAction action) {
		if (!action.allowedFrom(status)) {
			throw illegal(action);
		}
	}

	RuleViolationException illegal(WorkOrderAction action) {
		return new RuleViolationException("workOrder.illegal", resolvable(action.messageKey()),
				resolvable(status.messageKey()), number);
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private RuleViolationException rule(String code, Object... args) {
		return new RuleViolationException(code, args);
	}

	private void step(WorkOrderAction action, WorkOrderStatus to, @Nullable String note) {
		steps.add(new Step(action, status, to, note));
		status = to;
	}

	/** A note without a change of state. */
	void note(WorkOrderAction action, @Nullable String note) {
		check(action);
		steps.add(new Step(action, status, status, note));
	}

	void opened(@Nullable String note) {
		steps.add(new Step(WorkOrderAction.OPEN, null, status, note));
	}

	void dispatch(@Nullable Long departmentId, long technicianId, String technicianName) {
		check(WorkOrderAction.DISPATCH);
		this.departmentId = departmentId;
		this.technicianId = technicianId;
		this.technicianName = technicianName;
		step(WorkOrderAction.DISPATCH, WorkOrderStatus.DISPATCHED, technicianName);
		events.add(new WorkOrderDispatched(communityId, id, number, technicianId, departmentId));
	}

	void reassign(@Nullable Long departmentId, long technicianId, String technicianName, String reason) {
		check(WorkOrderAction.REASSIGN);
		if (technicianId == (this.technicianId == null ? -1 : this.technicianId)) {
			throw rule("workOrder.reassign.same", technicianName);
		}
		this.departmentId = departmentId;
		this.technicianId = technicianId;
		this.technicianName = technicianName;
		step(WorkOrderAction.REASSIGN, WorkOrderStatus.DISPATCHED, technicianName + ": " + reason);
		events.add(new WorkOrderDispatched(communityId, id, number, technicianId, departmentId));
	}

	void accept() {
		check(WorkOrderAction.ACCEPT);
		if (technicianId == null) {
			throw rule("workOrder.notDispatched", number);
		}
		step(WorkOrderAction.ACCEPT, WorkOrderStatus.ACCEPTED, null);
	}

	void book(Instant appointment, Instant now) {
		check(WorkOrderAction.BOOK);
		if (!kind.isRepair()) {
			throw illegal(WorkOrderAction.BOOK);
		}
		if (appointment.isBefore(now)) {
			throw com.guanjia.shared.ValidationException.of("appointmentAt", "validation.appointment.past");
		}
		this.appointmentAt = appointment;
		step(WorkOrderAction.BOOK, WorkOrderStatus.APPOINTED, appointment.toString());
	}

	/**
	 * Records arrival; answers whether it was on time for the appointment (±5 minutes),
	 * if any.
	 */
	@Nullable Boolean arrive(Instant now) {
		check(WorkOrderAction.ARRIVE);
		if (!kind.isRepair()) {
			throw illegal(WorkOrderAction.ARRIVE);
		}
		this.arrivedAt = now;
		Boolean onTime = null;
		String note = null;
		if (appointmentAt != null) {
			onTime = Duration.between(appointmentAt, now).abs().compareTo(APPOINTMENT_TOLERANCE) <= 0;
			note = onTime ? "appointment.onTime" : "appointment.missed";
		}
		step(WorkOrderAction.ARRIVE, WorkOrderStatus.ARRIVED, note);
		return onTime;
	}

	/** The proposed solution, materials and time, and the resident's consent (R3.4). */
	void propose(String solution, boolean residentConsents, Instant now) {
		check(WorkOrderAction.PROPOSE);
		if (!residentConsents) {
			throw com.guanjia.shared.ValidationException.of("consent", "validation.consent.required");
		}
		this.solution = solution;
		this.consentAt = now;
		step(WorkOrderAction.PROPOSE, WorkOrderStatus.IN_PROGRESS, solution);
	}

	void material(String description) {
		check(WorkOrderAction.MATERIAL);
		steps.add(new Step(WorkOrderAction.MATERIAL, status, status, description));
	}

	void charge(String description) {
		check(WorkOrderAction.CHARGE);
		refuseChargeUnderWarranty();
		steps.add(new Step(WorkOrderAction.CHARGE, status, status, description));
	}

	/**
	 * R3.5: a repair under warranty is free, so it takes neither a charge line nor an
	 * agreed amount.
	 */
	private void refuseChargeUnderWarranty() {
		if (warranty == Warranty.Decision.FREE) {
			throw rule("workOrder.charge.underWarranty", number,
					warrantyUntil == null ? resolvable("workOrder.charge.designLifeEnd") : warrantyUntil);
		}
	}

	void adjust(BigDecimal adjustment, String reason) {
		check(WorkOrderAction.CHARGE);
		refuseChargeUnderWarranty();
		this.adjustment = adjustment;
		this.adjustmentReason = reason;
		steps.add(new Step(WorkOrderAction.CHARGE, status, status, adjustment.toPlainString() + ": " + reason));
	}

	void answer(String answer) {
		check(WorkOrderAction.ANSWER);
		this.answer = answer;
		steps.add(new Step(WorkOrderAction.ANSWER, status, status, answer));
	}

	/**
	 * The work is done. A repair must have been visited (arrived); other kinds need only
	 * to be accepted. {@code code} is the confirmation code the resident may give instead
	 * of signing.
	 */
	void complete(String result, @Nullable Boolean valid, @Nullable Instant leakTestAt, Instant now, String code) {
		check(WorkOrderAction.COMPLETE);
		if (kind.isRepair() && status == WorkOrderStatus.ACCEPTED) {
			throw illegal(WorkOrderAction.COMPLETE);
		}
		if (kind == WorkOrderKind.COMPLAINT && valid == null) {
			throw com.guanjia.shared.ValidationException.of("valid", "validation.complaint.valid");
		}
		this.result = result;
		this.valid = valid;
		this.leakTestAt = leak ? (leakTestAt == null ? now : leakTestAt) : null;
		this.completedAt = now;
		this.confirmationCode = kind.isRepair() && !kind.closedByInspection() ? code : null;
		step(WorkOrderAction.COMPLETE, WorkOrderStatus.COMPLETED, result);
		events.add(new WorkOrderCompleted(communityId, id, number, reporterPhone, confirmationCode));
	}

	/**
	 * The resident signs off (name and drawn signature, or the confirmation code); the
	 * order closes.
	 */
	void sign(String name, @Nullable Long signatureFileId, @Nullable String code, Instant now) {
		check(WorkOrderAction.SIGN);
		if (!kind.isRepair() || kind.closedByInspection()) {
			throw illegal(WorkOrderAction.SIGN);
		}
		if (signatureFileId == null) {
			if (code == null || code.isBlank()) {
				throw com.guanjia.shared.ValidationException.of("signature", "validation.signature.required");
			}
			if (!code.strip().equals(confirmationCode)) {
				throw com.guanjia.shared.ValidationException.of("code", "validation.signature.code");
			}
		}
		this.signedBy = name;
		this.signatureFileId = signatureFileId;
		this.signedAt = now;
		close(WorkOrderAction.SIGN, name, now);
	}

	/**
	 * The engineering lead inspects public-facility work, signs the dispatch note and
	 * closes it (R3.6).
	 */
	void inspect(String inspector, boolean passed, String note, Instant now) {
		check(WorkOrderAction.INSPECT);
		if (!kind.closedByInspection()) {
			throw illegal(WorkOrderAction.INSPECT);
		}
		if (!passed) {
			step(WorkOrderAction.INSPECT, WorkOrderStatus.IN_PROGRESS, note);
			return;
		}
		this.inspectedBy = inspector;
		this.inspectedAt = now;
		close(WorkOrderAction.INSPECT, note, now);
	}

	/**
	 * Complaints, help, enquiries and suggestions close once the resident has been told
	 * the result.
	 */
	void closeAnswered(String note, Instant now) {
		check(WorkOrderAction.CLOSE);
		if (kind.isRepair()) {
			throw illegal(WorkOrderAction.CLOSE);
		}
		close(WorkOrderAction.CLOSE, note, now);
	}

	/**
	 * The system closes a task whose purpose was met elsewhere (the held reading it asked
	 * to re-check was confirmed or corrected on the meters page), whatever step it had
	 * reached.
	 */
	void autoClose(String note, Instant now) {
		check(WorkOrderAction.AUTO_CLOSE);
		this.holdReason = null;
		if (completedAt == null) {
			this.completedAt = now;
		}
		close(WorkOrderAction.AUTO_CLOSE, note, now);
	}

	private void close(WorkOrderAction action, @Nullable String note, Instant now) {
		this.closedAt = now;
		step(action, WorkOrderStatus.CLOSED, note);
		events.add(new WorkOrderClosed(communityId, id, number, kind, category, leak, safety, now, leakTestAt,
				reopenCount + 1));
	}

	void hold(HoldReason reason, String note) {
		check(WorkOrderAction.HOLD);
		this.holdReason = reason;
		this.statusBeforeHold = status;
		step(WorkOrderAction.HOLD, WorkOrderStatus.ON_HOLD, note);
	}

	void resume(String note) {
		check(WorkOrderAction.RESUME);
		WorkOrderStatus back = statusBeforeHold == null ? WorkOrderStatus.DISPATCHED : statusBeforeHold;
		this.holdReason = null;
		this.statusBeforeHold = null;
		step(WorkOrderAction.RESUME, back, note);
	}

	void cancel(String reason) {
		check(WorkOrderAction.CANCEL);
		this.cancelReason = reason;
		this.holdReason = null;
		step(WorkOrderAction.CANCEL, WorkOrderStatus.CANCELLED, reason);
	}

	/** Back to work after a return visit found a problem (R5.1); the history stays. */
	void reopen(String reason) {
		check(WorkOrderAction.REOPEN);
		this.reopenCount++;
		this.closedAt = null;
		this.completedAt = null;
		this.signedAt = null;
		this.signedBy = null;
		this.signatureFileId = null;
		this.inspectedAt = null;
		this.appointmentAt = null;
		this.confirmationCode = null;
		step(WorkOrderAction.REOPEN, WorkOrderStatus.REOPENED, reason);
		events.add(new WorkOrderReopened(communityId, id, number, reason, technicianId));
	}

	/** A supervisor changes a complaint's severity; the reason is kept (R4). */
	/**
	 * A supervisor takes a complaint into the handling procedure (R4.2); only complaints
	 * are acknowledged.
	 */
	void acknowledge(@Nullable String note) {
		check(WorkOrderAction.ACKNOWLEDGE);
		if (kind != WorkOrderKind.COMPLAINT) {
			throw illegal(WorkOrderAction.ACKNOWLEDGE);
		}
		steps.add(new Step(WorkOrderAction.ACKNOWLEDGE, status, status, note));
	}

	void reclassify(Severity to, String reason) {
		check(WorkOrderAction.RECLASSIFY);
		if (kind != WorkOrderKind.COMPLAINT) {
			throw illegal(WorkOrderAction.RECLASSIFY);
		}
		if (to == severity) {
			throw rule("complaint.reclassify.same");
		}
		String note = severity + " -> " + to + ": " + reason;
		this.severity = to;
		steps.add(new Step(WorkOrderAction.RECLASSIFY, status, status, note));
	}

	/** A missed deadline moves the order one level up. */
	int escalate(String note) {
		this.escalationLevel++;
		steps.add(new Step(WorkOrderAction.ESCALATE, status, status, note));
		return escalationLevel;
	}

	boolean isAssignedTo(long staffId) {
		return technicianId != null && technicianId == staffId;
	}

}
