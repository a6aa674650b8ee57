package com.guanjia.workorders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderDetail.ChargeLine;
import com.guanjia.workorders.WorkOrderEvents.ComplaintRaised;
import com.guanjia.workorders.WorkOrderEvents.DepartmentTaskRaised;
import com.guanjia.workorders.WorkOrderEvents.ReturnVisitUnreached;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderDispatched;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderEscalated;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderOpened;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderReopened;
import com.guanjia.workorders.WorkOrderSnapshot.Assignment;
import com.guanjia.workorders.WorkOrderSnapshot.Classification;
import com.guanjia.workorders.WorkOrderSnapshot.Closure;
import com.guanjia.workorders.WorkOrderSnapshot.Complaint;
import com.guanjia.workorders.WorkOrderSnapshot.Header;
import com.guanjia.workorders.WorkOrderSnapshot.Outcome;
import com.guanjia.workorders.WorkOrderSnapshot.Pause;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import com.guanjia.workorders.WorkOrderSnapshot.Standing;
import com.guanjia.workorders.WorkOrderSnapshot.Visit;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A work order and the rules of its life. It is made by a factory ({@link #receive} at
 * intake, {@link #raiseTask} for work the system hands to a department) in its first
 * state, or restored by its repository from a {@link WorkOrderSnapshot}; nothing else
 * sets its fields. Every step is checked against the current state (an illegal one is
 * refused naming that state), appended to the timeline, and may raise a past-tense event;
 * the charges, materials and photos a step adds wait here until the repository saves them
 * with the order.
 */
class WorkOrder {

	/** Arrival within this many minutes of the appointment counts as on time (R3.2). */
	static final Duration APPOINTMENT_TOLERANCE = Duration.ofMinutes(5);

	/** The least wait at the door before leaving a notice (R3.2: 5–10 minutes). */
	static final int NOBODY_HOME_WAIT = 5;

	private final long id;

	private final long communityId;

	private final WorkOrderKind kind;

	private @Nullable Long escalatesTo;

	private final Instant createdAt;

	private final Request request;

	private final Classification classification;

	private String number;

	private WorkOrderStatus status;

	private int version;

	private @Nullable Complaint complaint;

	private Assignment assignment;

	private Visit visit;

	private Outcome outcome;

	private Closure closure;

	private Pause pause;

	private Standing standing;

	/** The department a system task is raised for; only while it is being opened. */
	private @Nullable Task task;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private final List<MaterialUsed> newMaterials = new ArrayList<>();

	private final List<ChargeLine> newCharges = new ArrayList<>();

	private final List<PhotoAdded> newPhotos = new ArrayList<>();

	/** One line of the timeline: what was done, from which state to which, and a note. */
	record Step(WorkOrderAction action, @Nullable WorkOrderStatus from, WorkOrderStatus to, @Nullable String note) {
	}

	/**
	 * The department a system task is for (its code, e.g. ENGINEERING) and its lead, who
	 * is told.
	 */
	record Task(@Nullable Long departmentId, String department, @Nullable Long leadStaffId) {
	}

	/** A material used (R3.4): who supplied it and whether it passed inspection. */
	record MaterialUsed(String name, BigDecimal quantity, MaterialSource source, boolean inspectedOk,
			@Nullable String inspectionNote) {
	}

	/** A photo stored for the order. */
	record PhotoAdded(long fileId, String filename) {
	}

	private WorkOrder(WorkOrderSnapshot s) {
		Header h = s.header();
		this.id = h.id();
		this.communityId = h.communityId();
		this.kind = h.kind();
		this.createdAt = h.createdAt();
		this.number = h.number();
		this.status = h.status();
		this.version = h.version();
		this.request = s.request();
		this.classification = s.classification();
		this.complaint = s.complaint();
		this.assignment = s.assignment();
		this.visit = s.visit();
		this.outcome = s.outcome();
		this.closure = s.closure();
		this.pause = s.pause();
		this.standing = s.standing();
	}

	// --- making and restoring ----------------------------------------------------------

	/**
	 * A new order taken in (R3.1, R4.1) under its reserved id, received and with its
	 * first step. A complaint comes with its particulars, no other kind does. It is
	 * {@link #numbered} when stored, and then says it was opened.
	 */
	static WorkOrder receive(long communityId, long id, WorkOrderKind kind, Request request,
			Classification classification, @Nullable Complaint complaint, Instant now) {
		return receive(communityId, id, kind, request, classification, complaint, null, now);
	}

	/**
	 * A new order routed at intake to the department responsible for it (R4.3:
	 * "记录、分类、归口"); {@code receivedAt} is when it was received, which may be earlier than
	 * it is entered.
	 */
	static WorkOrder receive(long communityId, long id, WorkOrderKind kind, Request request,
			Classification classification, @Nullable Complaint complaint, @Nullable Long departmentId,
			Instant receivedAt) {
		if (kind.graded() != (complaint != null)) {
			throw new IllegalArgumentException(
					"a graded kind, and only a graded kind, comes with a complaint: " + kind);
		}
		WorkOrder o = new WorkOrder(
				fresh(communityId, id, kind, request, classification, complaint, departmentId, receivedAt));
		o.steps.add(new Step(WorkOrderAction.OPEN, null, o.status,
				kind.visitedOnSite() ? classification.warranty().name() : null));
		return o;
	}

	/**
	 * A task the system raises for a department (restore utilities, re-check a meter
	 * reading): a help request (求助) received for that department.
	 */
	static WorkOrder raiseTask(long communityId, long id, Request request, Task task, Instant now) {
		WorkOrder o = new WorkOrder(fresh(communityId, id, WorkOrderKind.HELP, request, Classification.NONE, null,
				task.departmentId(), now));
		o.task = task;
		o.steps.add(new Step(WorkOrderAction.OPEN, null, o.status, null));
		return o;
	}

	private static WorkOrderSnapshot fresh(long communityId, long id, WorkOrderKind kind, Request request,
			Classification classification, @Nullable Complaint complaint, @Nullable Long departmentId, Instant now) {
		return new WorkOrderSnapshot(new Header(id, communityId, "", kind, WorkOrderStatus.RECEIVED, now, 0), request,
				classification, complaint, Assignment.department(departmentId), Visit.NONE, Outcome.NONE, Closure.NONE,
				Pause.NONE, Standing.NONE);
	}

	/**
	 * The new order was stored and got its number of the day (taken by the insert, last,
	 * so the day's counter stays locked only briefly): it is open now and says so — to
	 * everyone, to the centre manager or supervisor for a major or important complaint
	 * (R4.2), to the department for a task.
	 */
	void numbered(String number) {
		this.number = number;
		steps.clear();
		Severity severity = severity();
		events.add(new WorkOrderOpened(communityId, id, number, kind, severity, request.sourceRecordId()));
		if (task != null) {
			events.add(new DepartmentTaskRaised(communityId, id, number, task.department(), task.leadStaffId(),
					request.description(), standing.dueAt()));
			task = null;
		}
		else if (severity == Severity.MAJOR) {
			events.add(new ComplaintRaised(communityId, id, number, severity, "MANAGER", null));
		}
		else if (severity == Severity.IMPORTANT) {
			// To the head of the responsible department; to the supervisors only when
			// the department has no head named.
			events.add(new ComplaintRaised(communityId, id, number, severity, "SUPERVISOR", escalatesTo));
		}
	}

	/** The order as its repository stored it. */
	static WorkOrder restore(WorkOrderSnapshot s) {
		return new WorkOrder(s);
	}

	WorkOrderSnapshot snapshot() {
		return new WorkOrderSnapshot(new Header(id, communityId, number, kind, status, createdAt, version), request,
				classification, complaint, assignment, visit, outcome, closure, pause, standing);
	}

	/** The repository saved the order: its version moves on and nothing is pending. */
	void saved() {
		version++;
		steps.clear();
		newMaterials.clear();
		newCharges.clear();
		newPhotos.clear();
	}

	// --- what the module's services read
	// ------------------------------------------------

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	String number() {
		return number;
	}

	WorkOrderKind kind() {
		return kind;
	}

	WorkOrderStatus status() {
		return status;
	}

	Request request() {
		return request;
	}

	@Nullable Severity severity() {
		return complaint == null ? null : complaint.severity();
	}

	/** The resident's own deadline for a minor complaint (R4.2), if they gave one. */
	@Nullable LocalDate residentDeadline() {
		return complaint == null ? null : complaint.residentDeadline();
	}

	@Nullable Long technicianId() {
		return assignment.technicianId();
	}

	/** The department responsible (R4.3), routed at intake or named at dispatch. */
	@Nullable Long departmentId() {
		return assignment.departmentId();
	}

	/**
	 * Who an important complaint goes to (R4.2: "接待一小时内转呈部门主管"): the head of its
	 * department, named by intake before the order is numbered; only its notice reads it.
	 */
	void escalatesTo(@Nullable Long headStaffId) {
		this.escalatesTo = headStaffId;
	}

	@Nullable HoldReason holdReason() {
		return pause.holdReason();
	}

	@Nullable Long signatureFileId() {
		return closure.signatureFileId();
	}

	BigDecimal adjustment() {
		return standing.adjustment();
	}

	int escalationLevel() {
		return standing.escalationLevel();
	}

	@Nullable Instant dueAt() {
		return standing.dueAt();
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean isAssignedTo(long staffId) {
		Long technician = assignment.technicianId();
		return technician != null && technician == staffId;
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	List<MaterialUsed> newMaterials() {
		return List.copyOf(newMaterials);
	}

	List<ChargeLine> newCharges() {
		return List.copyOf(newCharges);
	}

	List<PhotoAdded> newPhotos() {
		return List.copyOf(newPhotos);
	}

	void clearEvents() {
		events.clear();
	}

	/** The clock of the work moved (started, restarted, paused and resumed). */
	void dueBy(Instant dueAt) {
		this.standing = standing.due(dueAt);
	}

	// --- the rules ---------------------------------------------------------------------

	/**
	 * The steps a member of staff could take on the order now, as far as its state, its
	 * kind and its own facts allow; who may take each is for {@link WorkOrderStepRules}.
	 */
	Set<WorkOrderAction> possibleSteps() {
		Set<WorkOrderAction> possible = EnumSet.noneOf(WorkOrderAction.class);
		for (WorkOrderAction action : WorkOrderAction.values()) {
			if (action.isStep() && refusal(action) == null) {
				possible.add(action);
			}
		}
		return possible;
	}

	/**
	 * Why the step may not be taken now, or null: the one place the order's state, its
	 * kind and its own facts are checked, for the step methods and for
	 * {@link #possibleSteps()} alike.
	 */
	private @Nullable RuleViolationException refusal(WorkOrderAction action) {
		if (!action.allowedFrom(status) || !kind.allows(action)) {
			return illegal(action);
		}
		return switch (action) {
			// Only a dispatched order is accepted (a reopened one may never have been).
			case ACCEPT -> assignment.technicianId() == null ? rule("workOrder.notDispatched", number) : null;
			// Work on site is completed after someone was there, not straight after
			// accepting.
			case COMPLETE -> kind.visitedOnSite() && status == WorkOrderStatus.ACCEPTED ? illegal(action) : null;
			// R3.5: a repair under warranty is free, so it takes neither a charge line
			// nor an
			// agreed amount.
			case CHARGE -> classification.warranty() == Warranty.Decision.FREE ? underWarranty() : null;
			case OPEN, DISPATCH, REASSIGN, ACKNOWLEDGE, BOOK, ARRIVE, PROPOSE, MATERIAL, ANSWER, SIGN, INSPECT, CLOSE,
					HOLD, RESUME, CANCEL, REOPEN, RECLASSIFY, ESCALATE, WARN, PHOTO, VISIT, AUTO_CLOSE, CONTACT,
					NOBODY_HOME, DECLINE, UNREACHED ->
				null;
		};
	}

	private void check(WorkOrderAction action) {
		RuleViolationException refused = refusal(action);
		if (refused != null) {
			throw refused;
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

	void dispatch(@Nullable Long departmentId, long technicianId, String technicianName) {
		check(WorkOrderAction.DISPATCH);
		// The department routed at intake stays responsible unless the dispatch names
		// another (R4.3).
		this.assignment = new Assignment(departmentId != null ? departmentId : assignment.departmentId(), technicianId,
				technicianName);
		step(WorkOrderAction.DISPATCH, WorkOrderStatus.DISPATCHED, technicianName);
		events.add(new WorkOrderDispatched(communityId, id, number, technicianId, departmentId));
	}

	void reassign(@Nullable Long departmentId, long technicianId, String technicianName, String reason) {
		check(WorkOrderAction.REASSIGN);
		if (isAssignedTo(technicianId)) {
			throw rule("workOrder.reassign.same", technicianName);
		}
		this.assignment = new Assignment(departmentId, technicianId, technicianName);
		step(WorkOrderAction.REASSIGN, WorkOrderStatus.DISPATCHED, technicianName + ": " + reason);
		events.add(new WorkOrderDispatched(communityId, id, number, technicianId, departmentId));
	}

	void accept() {
		check(WorkOrderAction.ACCEPT);
		step(WorkOrderAction.ACCEPT, WorkOrderStatus.ACCEPTED, null);
	}

	void book(Instant appointment, Instant now) {
		check(WorkOrderAction.BOOK);
		if (appointment.isBefore(now)) {
			throw ValidationException.of("appointmentAt", "validation.appointment.past");
		}
		this.visit = visit.booked(appointment);
		step(WorkOrderAction.BOOK, WorkOrderStatus.APPOINTED, appointment.toString());
	}

	/**
	 * Records arrival; answers whether it was on time for the appointment (±5 minutes),
	 * if any.
	 */
	@Nullable Boolean arrive(Instant now) {
		check(WorkOrderAction.ARRIVE);
		this.visit = visit.arrived(now);
		Boolean onTime = null;
		String note = null;
		Instant appointmentAt = visit.appointmentAt();
		if (appointmentAt != null) {
			onTime = Duration.between(appointmentAt, now).abs().compareTo(APPOINTMENT_TOLERANCE) <= 0;
			note = onTime ? "appointment.onTime" : "appointment.missed";
		}
		step(WorkOrderAction.ARRIVE, WorkOrderStatus.ARRIVED, note);
		return onTime;
	}

	/**
	 * At the door and nobody home (R3.2, seed 001 3.4(2):
	 * "按住戶門鈴或輕扣門環敲門，如住戶因事外出，則視情況等待5-10分鐘，方可返回"): the technician waited at least
	 * {@link #NOBODY_HOME_WAIT} minutes and left a notice; the appointment is spent and a
	 * new one is to be made. The timeline line is {@code "<minutes>|<notice>"}, shown in
	 * words by the page.
	 */
	void nobodyHome(int waitedMinutes, String notice) {
		check(WorkOrderAction.NOBODY_HOME);
		if (waitedMinutes < NOBODY_HOME_WAIT || waitedMinutes > 120) {
			throw ValidationException.of("waitedMinutes", "validation.nobodyHome.wait", NOBODY_HOME_WAIT);
		}
		this.visit = visit.unbooked();
		step(WorkOrderAction.NOBODY_HOME, WorkOrderStatus.ACCEPTED, waitedMinutes + "|" + notice);
	}

	/** The proposed solution, materials and time, and the resident's consent (R3.4). */
	void propose(String solution, boolean residentConsents, Instant now) {
		check(WorkOrderAction.PROPOSE);
		if (!residentConsents) {
			throw ValidationException.of("consent", "validation.consent.required");
		}
		this.visit = visit.agreed(solution, now);
		step(WorkOrderAction.PROPOSE, WorkOrderStatus.IN_PROGRESS, solution);
	}

	/** A material used on the job (R3.4), stored with the order. */
	void addMaterial(MaterialUsed m) {
		check(WorkOrderAction.MATERIAL);
		newMaterials.add(m);
		// No codes on the timeline (issue 10 item 19): who supplied it is on the
		// materials
		// list; a rejected one keeps its inspection note after "|", shown in words.
		String line = m.name() + " × " + m.quantity().stripTrailingZeros().toPlainString();
		steps.add(new Step(WorkOrderAction.MATERIAL, status, status,
				m.inspectedOk() ? line : line + "|" + (m.inspectionNote() == null ? "" : m.inspectionNote())));
	}

	/** A line of the price list (R3.4) times a quantity, stored with the order. */
	void addCharge(PriceItemView item, BigDecimal quantity) {
		check(WorkOrderAction.CHARGE);
		BigDecimal amount = item.price().multiply(quantity).setScale(2, RoundingMode.HALF_UP);
		newCharges.add(new ChargeLine(item.code(), item.name(), item.unit(), quantity, item.price(), amount));
		steps.add(new Step(WorkOrderAction.CHARGE, status, status,
				item.name() + " × " + quantity.stripTrailingZeros().toPlainString() + " = " + amount));
	}

	private RuleViolationException underWarranty() {
		return rule("workOrder.charge.underWarranty", number, classification.warrantyUntil() == null
				? resolvable("workOrder.charge.designLifeEnd") : classification.warrantyUntil());
	}

	/**
	 * An agreed change of the total (R3.4); the total of the charge lines stored so far
	 * plus the change may not fall below zero.
	 */
	void adjust(BigDecimal adjustment, String reason, BigDecimal chargeLines) {
		check(WorkOrderAction.CHARGE);
		if (chargeLines.add(adjustment).signum() < 0) {
			throw ValidationException.of("amount", "validation.adjust.belowZero", chargeLines);
		}
		BigDecimal amount = adjustment.setScale(2, RoundingMode.HALF_UP);
		this.standing = standing.adjusted(amount, reason);
		steps.add(new Step(WorkOrderAction.CHARGE, status, status, amount.toPlainString() + ": " + reason));
	}

	/** A photo the resident brought or the technician took, stored with the order. */
	void addPhoto(long fileId, String filename) {
		check(WorkOrderAction.PHOTO);
		newPhotos.add(new PhotoAdded(fileId, filename));
		steps.add(new Step(WorkOrderAction.PHOTO, status, status, filename));
	}

	void answer(String answer) {
		check(WorkOrderAction.ANSWER);
		this.outcome = outcome.answered(answer);
		steps.add(new Step(WorkOrderAction.ANSWER, status, status, answer));
	}

	/**
	 * The work is done. A repair must have been visited (arrived); other kinds need only
	 * to be accepted. {@code code} is the confirmation code the resident may give instead
	 * of signing.
	 */
	void complete(String result, @Nullable Boolean valid, @Nullable Instant leakTestAt, Instant now, String code) {
		check(WorkOrderAction.COMPLETE);
		if (kind.graded() && valid == null) {
			throw ValidationException.of("valid", "validation.complaint.valid");
		}
		this.outcome = outcome.completed(result, valid,
				classification.leak() ? (leakTestAt == null ? now : leakTestAt) : null, now,
				kind.closing() == WorkOrderKind.Closing.RESIDENT_SIGN_OFF ? code : null);
		step(WorkOrderAction.COMPLETE, WorkOrderStatus.COMPLETED, result);
		events.add(new WorkOrderCompleted(communityId, id, number, request.reporter().phone(),
				outcome.confirmationCode(), kind, classification.leak(), classification.safety(), now,
				outcome.leakTestAt(), standing.reopenCount() + 1));
	}

	/**
	 * The resident signs off (name and drawn signature, or the confirmation code); the
	 * order closes.
	 */
	void sign(String name, @Nullable Long signatureFileId, @Nullable String code, Instant now) {
		check(WorkOrderAction.SIGN);
		if (signatureFileId == null) {
			if (code == null || code.isBlank()) {
				throw ValidationException.of("signature", "validation.signature.required");
			}
			if (!code.strip().equals(outcome.confirmationCode())) {
				throw ValidationException.of("code", "validation.signature.code");
			}
		}
		this.closure = closure.signed(name, signatureFileId, now);
		close(WorkOrderAction.SIGN, name, now);
	}

	/**
	 * The engineering lead inspects public-facility work, signs the dispatch note and
	 * closes it (R3.6).
	 */
	void inspect(String inspector, boolean passed, String note, Instant now) {
		check(WorkOrderAction.INSPECT);
		if (!passed) {
			step(WorkOrderAction.INSPECT, WorkOrderStatus.IN_PROGRESS, note);
			return;
		}
		this.closure = closure.inspected(inspector, now);
		close(WorkOrderAction.INSPECT, note, now);
	}

	/**
	 * Complaints, help, enquiries and suggestions close once the resident has been told
	 * the result.
	 */
	void closeAnswered(String note, Instant now) {
		check(WorkOrderAction.CLOSE);
		close(WorkOrderAction.CLOSE, note, now);
	}

	/**
	 * The system closes a task whose purpose was met elsewhere (the held reading it asked
	 * to re-check was confirmed or corrected on the meters page), whatever step it had
	 * reached.
	 */
	void autoClose(String note, Instant now) {
		check(WorkOrderAction.AUTO_CLOSE);
		this.pause = pause.released();
		this.outcome = outcome.doneBy(now);
		close(WorkOrderAction.AUTO_CLOSE, note, now);
	}

	private void close(WorkOrderAction action, @Nullable String note, Instant now) {
		this.closure = closure.closed(now);
		step(action, WorkOrderStatus.CLOSED, note);
		events.add(new WorkOrderClosed(communityId, id, number, kind, classification.category(), classification.leak(),
				classification.safety(), now, outcome.leakTestAt(), standing.reopenCount() + 1));
	}

	void hold(HoldReason reason, String note) {
		check(WorkOrderAction.HOLD);
		this.pause = pause.held(reason, status);
		step(WorkOrderAction.HOLD, WorkOrderStatus.ON_HOLD, note);
	}

	void resume(String note) {
		check(WorkOrderAction.RESUME);
		WorkOrderStatus back = pause.back();
		this.pause = pause.resumed();
		step(WorkOrderAction.RESUME, back, note);
	}

	/** The resident withdrew the request (撤回); the reason is kept. */
	void cancel(String reason) {
		check(WorkOrderAction.CANCEL);
		this.pause = pause.cancelled(reason);
		step(WorkOrderAction.CANCEL, WorkOrderStatus.CANCELLED, reason);
	}

	/**
	 * The company declines the request — a special case, never the rule (R3.3, seed 001
	 * 3.1(2): "無論何種情況，都不可拒絕住戶要求上門維修或查看的請求。如有特殊情況應給予住戶合理的解釋") — with the explanation given
	 * to the resident. Kept apart from a withdrawal.
	 */
	void decline(String explanation) {
		check(WorkOrderAction.DECLINE);
		this.pause = pause.declined(explanation);
		step(WorkOrderAction.DECLINE, WorkOrderStatus.CANCELLED, explanation);
	}

	/** Back to work after a return visit found a problem (R5.1); the history stays. */
	void reopen(String reason) {
		check(WorkOrderAction.REOPEN);
		this.standing = standing.reopened();
		this.closure = closure.reopened();
		this.outcome = outcome.undone();
		this.visit = visit.unbooked();
		step(WorkOrderAction.REOPEN, WorkOrderStatus.REOPENED, reason);
		events.add(new WorkOrderReopened(communityId, id, number, reason, assignment.technicianId()));
	}

	/**
	 * A supervisor takes a complaint into the handling procedure (R4.2); only complaints
	 * are acknowledged.
	 */
	void acknowledge(@Nullable String note) {
		check(WorkOrderAction.ACKNOWLEDGE);
		steps.add(new Step(WorkOrderAction.ACKNOWLEDGE, status, status, note));
	}

	/**
	 * A member of the responsible department reached the resident about the complaint
	 * (R4.3, seed 002: "相关部门直接责任人第一时间与客户取得联系…在当天将投诉处理结果通报投诉住户；通报可采用电话或上门当面告知的方式"): when,
	 * how and who. The first contact is kept on the order; every contact is on the
	 * timeline. It happened between the order's receipt and now.
	 */
	void contact(ContactChannel channel, Instant at, long staffId, String staffName, @Nullable String note,
			Instant now) {
		check(WorkOrderAction.CONTACT);
		if (complaint == null) {
			throw new IllegalStateException("a graded order without its complaint: " + number);
		}
		if (at.isAfter(now)) {
			throw ValidationException.of("contactedAt", "validation.contact.future");
		}
		if (at.isBefore(createdAt)) {
			throw ValidationException.of("contactedAt", "validation.contact.beforeReceived");
		}
		this.complaint = complaint.contacted(new WorkOrderSnapshot.FirstContact(at, channel, staffId, staffName));
		steps.add(new Step(WorkOrderAction.CONTACT, status, status, note));
	}

	/** The first contact with the resident about a complaint, if any (R4.3). */
	WorkOrderSnapshot.@Nullable FirstContact firstContact() {
		return complaint == null ? null : complaint.firstContact();
	}

	/**
	 * A return visit that did not reach the resident (R5.1, seed 002 "回访可上门或电话回访"; R3.2,
	 * seed 001 3.4(2) "如住戶因事外出…方可返回"): nobody home at the door, a notice left, or nobody
	 * answering the phone. An attempt, not an outcome: the visit stays to be made and is
	 * not counted as made. The timeline line is {@code "<method>|<note>"}, shown in words
	 * by the page.
	 */
	void visitUnreached(long visitId, ReturnVisits.Method method, @Nullable String note, Instant now) {
		check(WorkOrderAction.UNREACHED);
		steps
			.add(new Step(WorkOrderAction.UNREACHED, status, status, method.name() + "|" + (note == null ? "" : note)));
		events.add(new ReturnVisitUnreached(communityId, visitId, id, number, method, now));
	}

	/** A supervisor changes a complaint's severity; the reason is kept (R4). */
	void reclassify(Severity to, String reason) {
		check(WorkOrderAction.RECLASSIFY);
		if (complaint == null) {
			throw new IllegalStateException("a graded order without its complaint: " + number);
		}
		if (to == complaint.severity()) {
			throw rule("complaint.reclassify.same");
		}
		String note = complaint.severity() + " -> " + to + ": " + reason;
		this.complaint = complaint.reclassified(to);
		steps.add(new Step(WorkOrderAction.RECLASSIFY, status, status, note));
	}

	/**
	 * A missed deadline moves the order one level up (R4.2): to the supervisor first,
	 * then to the centre manager; a major complaint goes to the manager straight away.
	 */
	void escalate(DeadlineKind deadline, Instant dueAt, @Nullable Long responsibleStaffId) {
		this.standing = standing.escalated();
		int level = standing.escalationLevel();
		steps.add(new Step(WorkOrderAction.ESCALATE, status, status, deadline.name() + " " + dueAt));
		String to = (severity() == Severity.MAJOR || level >= 2) ? "MANAGER" : "SUPERVISOR";
		events.add(new WorkOrderEscalated(communityId, id, number, deadline, level, to, responsibleStaffId, dueAt));
	}

}
