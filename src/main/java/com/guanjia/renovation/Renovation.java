package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.guanjia.renovation.RenovationEvents.RenovationAcceptanceFailed;
import com.guanjia.renovation.RenovationEvents.RenovationAccepted;
import com.guanjia.renovation.RenovationEvents.RenovationApplied;
import com.guanjia.renovation.RenovationEvents.RenovationApprovalChecked;
import com.guanjia.renovation.RenovationEvents.RenovationClosed;
import com.guanjia.renovation.RenovationEvents.RenovationPaperHandedIn;
import com.guanjia.renovation.RenovationEvents.RenovationPermitted;
import com.guanjia.renovation.RenovationEvents.RenovationRefundRequested;
import com.guanjia.renovation.RenovationEvents.RenovationWithdrawn;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A renovation and the rules of its life (R9): applied for with its papers, permitted
 * once the papers are in — and for a structural change or added load only after the
 * housing authority's approval is uploaded and checked (R9.2) — accepted by engineering
 * at completion, its deposit refunded, closed. Every step is checked against the state
 * ({@link RenovationAction}; refused naming it), appended to the history and announced by
 * a past-tense event. What it was applied for is its {@link Application}, what it was
 * permitted its {@link Permit}; {@link RenovationRepository} loads and saves it,
 * {@link Renovations} orchestrates.
 */
final class Renovation extends Aggregate {

	record Checked(String by, Instant at) {
	}

	record Refund(Money deduction, @Nullable String reason, Instant requestedAt) {
	}

	/** The stored facts (only the repository builds one). */
	record Stored(long id, long communityId, Application application, RenovationStatus status, Set<DocumentKind> papers,
			@Nullable Checked approvalChecked, @Nullable Permit permit, @Nullable Checked accepted,
			@Nullable Refund refund, @Nullable Instant closedAt, int version) {
	}

	private final long id;

	private final long communityId;

	private final Application application;

	private RenovationStatus status;

	private final Set<DocumentKind> papers;

	private @Nullable Checked approvalChecked;

	private @Nullable Permit permit;

	private @Nullable Checked accepted;

	private @Nullable Refund refund;

	private @Nullable Instant closedAt;

	private int version;

	private boolean isNew;

	private Renovation(long id, long communityId, Application application, RenovationStatus status,
			Set<DocumentKind> papers, int version) {
		this.id = id;
		this.communityId = communityId;
		this.application = application;
		this.status = status;
		this.papers = papers.isEmpty() ? EnumSet.noneOf(DocumentKind.class) : EnumSet.copyOf(papers);
		this.version = version;
	}

	/** A new application under an id the repository reserved: APPLIED. */
	static Renovation apply(long id, long communityId, Application a) {
		Renovation r = new Renovation(id, communityId, a, RenovationStatus.APPLIED, Set.of(), 0);
		r.isNew = true;
		r.step(RenovationAction.APPLY, null, RenovationStatus.APPLIED, a.worksInBrief(), a.appliedAt(), a.appliedBy());
		r.raise(new RenovationApplied(communityId, id, a.unitId(), a.unitLabel(), a.structural()));
		return r;
	}

	static Renovation restore(Stored s) {
		Renovation r = new Renovation(s.id(), s.communityId(), s.application(), s.status(), s.papers(), s.version());
		r.approvalChecked = s.approvalChecked();
		r.permit = s.permit();
		r.accepted = s.accepted();
		r.refund = s.refund();
		r.closedAt = s.closedAt();
		return r;
	}

	// --- the steps ---------------------------------------------------------------------

	/** A paper of the application was handed in (stored by the service). */
	void paperHandedIn(DocumentKind kind, String title, Instant now, String actor) {
		check(RenovationAction.UPLOAD);
		if (!kind.ofApplication()) {
			throw ValidationException.of("kind", "validation.invalid");
		}
		papers.add(kind);
		step(RenovationAction.UPLOAD, status, status, title, now, actor);
		raise(new RenovationPaperHandedIn(communityId, id, application.unitId(), kind, title));
	}

	/** A worker of the contractor was named. */
	void workerAdded(String name, Instant now, String actor) {
		check(RenovationAction.ADD_WORKER);
		step(RenovationAction.ADD_WORKER, status, status, name, now, actor);
		raise(new RenovationEvents.RenovationWorkerNamed(communityId, id, name));
	}

	/** The housing authority's approval was checked by the one approving it (R9.2). */
	void checkApproval(Instant now, String actor) {
		check(RenovationAction.CHECK_APPROVAL);
		PermitPolicy.requireApprovalCheckable(application.structural(), papers);
		approvalChecked = new Checked(actor, now);
		step(RenovationAction.CHECK_APPROVAL, status, status, null, now, actor);
		raise(new RenovationApprovalChecked(communityId, id, actor));
	}

	/**
	 * Refuses a permit before anything is charged: the state, a structural change without
	 * its approval checked (R9.2), a missing paper.
	 */
	void requirePermittable() {
		check(RenovationAction.PERMIT);
		PermitPolicy.requireReady(application.applicant().kind(), application.structural(), papers,
				approvalChecked != null);
	}

	void permit(Permit p) {
		requirePermittable();
		Problems problems = new Problems();
		p.validate(problems);
		problems.throwIfAny();
		permit = p;
		step(RenovationAction.PERMIT, status, RenovationStatus.PERMITTED, p.number() + " " + p.from() + "~" + p.until(),
				p.at(), p.by());
		status = RenovationStatus.PERMITTED;
		raise(new RenovationPermitted(communityId, id, application.unitId(), application.unitLabel(), p.number(),
				p.from(), p.until(), application.contractor().name(), application.structural()));
	}

	void withdraw(String reason, Instant now, String actor) {
		check(RenovationAction.WITHDRAW);
		step(RenovationAction.WITHDRAW, status, RenovationStatus.WITHDRAWN, reason, now, actor);
		status = RenovationStatus.WITHDRAWN;
		raise(new RenovationWithdrawn(communityId, id, application.unitId(), reason));
	}

	/**
	 * A worker's pass (R9.3): valid only within the permit's period.
	 */
	void passIssued(String number, String worker, LocalDate from, LocalDate until, Instant now, String actor) {
		check(RenovationAction.ISSUE_PASS);
		Problems problems = new Problems();
		Objects.requireNonNull(permit).validatePass(problems, from, until);
		problems.throwIfAny();
		step(RenovationAction.ISSUE_PASS, status, status, number + " " + worker + " " + from + "~" + until, now, actor);
		raise(new RenovationEvents.WorkerPassIssued(communityId, id, number, worker, from, until));
	}

	/** The office's written consent to work outside the hours, for a window (R9.4). */
	void overtimeApproved(Instant startsAt, Instant endsAt, String reason, String window, Instant now, String actor) {
		check(RenovationAction.APPROVE_OVERTIME);
		step(RenovationAction.APPROVE_OVERTIME, status, status, window + " " + reason, now, actor);
		raise(new RenovationEvents.OvertimeApproved(communityId, id, startsAt, endsAt, reason));
	}

	void waterTestStarted(WaterArea area, Instant now, String actor) {
		check(RenovationAction.START_WATER_TEST);
		step(RenovationAction.START_WATER_TEST, status, status, area.name(), now, actor);
		raise(new RenovationEvents.WaterTestStarted(communityId, id, application.unitId(), area));
	}

	/**
	 * A water test ended (R9.6): passed only after 48 hours with the unit below checked
	 * ({@link WaterTestPolicy}); failed at any time, with what was found.
	 */
	void waterTestEnded(WaterArea area, Instant startedAt, boolean passed, boolean belowChecked, @Nullable String note,
			Instant now, String actor) {
		check(RenovationAction.END_WATER_TEST);
		if (passed) {
			WaterTestPolicy.requirePassable(startedAt, now, belowChecked);
		}
		step(RenovationAction.END_WATER_TEST, status, status,
				area.name() + (passed ? " PASSED" : " FAILED") + (note == null ? "" : " " + note), now, actor);
		raise(new RenovationEvents.WaterTestEnded(communityId, id, application.unitId(), application.unitLabel(), area,
				passed, note));
	}

	/** A photo of the finished work for the acceptance (R9.7). */
	void photographed(String title, Instant now, String actor) {
		check(RenovationAction.PHOTOGRAPH);
		step(RenovationAction.PHOTOGRAPH, status, status, title, now, actor);
		raise(new RenovationEvents.RenovationPhotographed(communityId, id, title));
	}

	/**
	 * Engineering accepted the work (R9.7): completed; the deposit's refund comes next.
	 * Not while a water test is still standing.
	 */
	void accept(@Nullable String note, boolean waterTestRunning, Instant now, String actor) {
		check(RenovationAction.ACCEPT);
		if (waterTestRunning) {
			throw new RuleViolationException("renovation.accept.waterTestRunning");
		}
		accepted = new Checked(actor, now);
		step(RenovationAction.ACCEPT, status, RenovationStatus.COMPLETED, note, now, actor);
		status = RenovationStatus.COMPLETED;
		raise(new RenovationAccepted(communityId, id, application.unitId(), application.unitLabel(), actor));
	}

	/**
	 * Engineering found items not acceptable: the permit runs on until they are put
	 * right.
	 */
	void failAcceptance(String note, Instant now, String actor) {
		check(RenovationAction.FAIL_ACCEPTANCE);
		step(RenovationAction.FAIL_ACCEPTANCE, status, status, note, now, actor);
		raise(new RenovationAcceptanceFailed(communityId, id, application.unitId(), note));
	}

	/**
	 * Refuses a refund request before the cashier is asked: state, and a deposit held.
	 */
	void requireRefundable() {
		check(RenovationAction.REQUEST_REFUND);
		if (!hasDeposit()) {
			throw new RuleViolationException("renovation.refund.noDeposit");
		}
	}

	/**
	 * The deposit's refund was asked for, less a deduction (at most the deposit; a reason
	 * when there is one).
	 */
	void refundRequested(Money deduction, @Nullable String reason, Instant now, String actor) {
		requireRefundable();
		Permit p = Objects.requireNonNull(permit);
		Problems problems = new Problems();
		p.validateDeduction(problems, deduction, reason);
		problems.throwIfAny();
		String why = deduction.isPositive() && reason != null ? reason.strip() : null;
		refund = new Refund(deduction, why, now);
		step(RenovationAction.REQUEST_REFUND, status, RenovationStatus.REFUNDING,
				deduction.isPositive() ? deduction + " " + why : null, now, actor);
		status = RenovationStatus.REFUNDING;
		raise(new RenovationRefundRequested(communityId, id, Objects.requireNonNull(p.depositId()), deduction.amount(),
				why));
	}

	/** The deposit was paid back (approved by a second person at the cashier). */
	void refunded(Instant now, String actor) {
		check(RenovationAction.REFUND);
		closedAt = now;
		step(RenovationAction.REFUND, status, RenovationStatus.CLOSED, null, now, actor);
		status = RenovationStatus.CLOSED;
		raise(new RenovationClosed(communityId, id, application.unitId(), now));
	}

	/** Closes a completed renovation that holds no deposit. */
	void close(Instant now, String actor) {
		check(RenovationAction.CLOSE);
		if (hasDeposit()) {
			throw new RuleViolationException("renovation.close.depositHeld");
		}
		closedAt = now;
		step(RenovationAction.CLOSE, status, RenovationStatus.CLOSED, null, now, actor);
		status = RenovationStatus.CLOSED;
		raise(new RenovationClosed(communityId, id, application.unitId(), now));
	}

	// --- the rules ---------------------------------------------------------------------

	boolean allows(RenovationAction action) {
		if (!action.allowedFrom(status)) {
			return false;
		}
		return switch (action) {
			case CHECK_APPROVAL -> application.structural() && approvalChecked == null
					&& papers.contains(DocumentKind.STRUCTURAL_APPROVAL);
			case REQUEST_REFUND -> hasDeposit();
			case CLOSE -> !hasDeposit();
			default -> true;
		};
	}

	/** The steps staff may take now: what the page offers and the API lists. */
	Set<RenovationAction> possibleSteps() {
		Set<RenovationAction> possible = EnumSet.noneOf(RenovationAction.class);
		for (RenovationAction a : RenovationAction.values()) {
			if (a.byStaff() && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	/** The papers the permit still waits for (the page's checklist). */
	List<DocumentKind> missingPapers() {
		return new ArrayList<>(PermitPolicy.missing(application.applicant().kind(), application.structural(), papers));
	}

	private boolean hasDeposit() {
		return permit != null && permit.holdsDeposit();
	}

	private void check(RenovationAction action) {
		if (!action.allowedFrom(status)) {
			throw illegal("RENOVATION", action.messageKey(), status.messageKey());
		}
	}

	// --- for the repository and the services -------------------------------------------

	boolean isNew() {
		return isNew;
	}

	/** Saved: the stored version moved on. */
	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	Application application() {
		return application;
	}

	RenovationStatus status() {
		return status;
	}

	Set<DocumentKind> papers() {
		return Set.copyOf(papers);
	}

	@Nullable Checked approvalChecked() {
		return approvalChecked;
	}

	@Nullable Permit permit() {
		return permit;
	}

	@Nullable Checked accepted() {
		return accepted;
	}

	@Nullable Refund refund() {
		return refund;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	int version() {
		return version;
	}

	/** Whether the permit covers the day (permitted, within its period). */
	boolean permitCovers(LocalDate day) {
		return status == RenovationStatus.PERMITTED && permit != null && permit.covers(day);
	}

}
