package com.guanjia.workorders;

import static com.guanjia.workorders.WorkOrderStatus.*;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a work order and the states each may be taken from. */
public enum WorkOrderAction {

	OPEN(EnumSet.noneOf(WorkOrderStatus.class)), DISPATCH(EnumSet.of(RECEIVED, REOPENED)),
	REASSIGN(EnumSet.of(DISPATCHED, ACCEPTED, APPOINTED, REOPENED)),
	ACKNOWLEDGE(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, REOPENED)),
	ACCEPT(EnumSet.of(DISPATCHED, REOPENED)), BOOK(EnumSet.of(ACCEPTED, APPOINTED)),
	ARRIVE(EnumSet.of(ACCEPTED, APPOINTED)),
	/**
	 * Came to the door and nobody was home: waited, left a notice, a new appointment is
	 * to be made (R3.2).
	 */
	NOBODY_HOME(EnumSet.of(ACCEPTED, APPOINTED)), PROPOSE(EnumSet.of(ARRIVED)),
	MATERIAL(EnumSet.of(ARRIVED, IN_PROGRESS)), CHARGE(EnumSet.of(ARRIVED, IN_PROGRESS)),
	ANSWER(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED)),
	COMPLETE(EnumSet.of(ACCEPTED, ARRIVED, IN_PROGRESS)), SIGN(EnumSet.of(COMPLETED)), INSPECT(EnumSet.of(COMPLETED)),
	CLOSE(EnumSet.of(COMPLETED)), HOLD(EnumSet.of(DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS)),
	RESUME(EnumSet.of(ON_HOLD)),
	/** The resident withdrew the request (撤回). */
	CANCEL(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ON_HOLD, REOPENED)),
	/**
	 * The company declines the request in a special case, with the explanation given to
	 * the resident (R3.3) — not the same as the resident withdrawing it.
	 */
	DECLINE(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ON_HOLD, REOPENED)),
	/**
	 * Sent back for rework — also a repair completed and not yet signed whose return
	 * visit found a problem (R5.1: the visit comes after the work, not the signature).
	 */
	REOPEN(EnumSet.of(COMPLETED, CLOSED)),
	RECLASSIFY(
			EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED)),
	/**
	 * A contact with the resident about a complaint — the first one by the responsible
	 * department, and the same-day word on how it is handled (R4.3).
	 */
	CONTACT(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED)),
	ESCALATE(EnumSet.allOf(WorkOrderStatus.class)), WARN(EnumSet.allOf(WorkOrderStatus.class)),
	PHOTO(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED)),
	/** A return visit recorded: after the work is done (R5.1), signed or not. */
	VISIT(EnumSet.of(COMPLETED, CLOSED)),
	/**
	 * A return visit that did not reach the resident — nobody home, a notice left; nobody
	 * answering the phone (R5.1, R3.2): an attempt recorded on the visit, which stays to
	 * be made.
	 */
	UNREACHED(EnumSet.of(COMPLETED, CLOSED)),
	/**
	 * Closed by the system because the work was done elsewhere (a held meter reading
	 * re-checked, R7.1).
	 */
	AUTO_CLOSE(
			EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED));

	private final Set<WorkOrderStatus> from;

	WorkOrderAction(Set<WorkOrderStatus> from) {
		this.from = from;
	}

	public boolean allowedFrom(WorkOrderStatus status) {
		return from.contains(status);
	}

	/**
	 * Whether a member of staff takes this step on the order itself (on its page or
	 * through the API), so that it is offered to whoever may take it; the others are
	 * taken by the system (opening, deadlines, closing a task done elsewhere) or recorded
	 * on the return visit.
	 */
	public boolean isStep() {
		return switch (this) {
			case DISPATCH, REASSIGN, ACKNOWLEDGE, ACCEPT, BOOK, ARRIVE, PROPOSE, MATERIAL, CHARGE, ANSWER, COMPLETE,
					SIGN, INSPECT, CLOSE, HOLD, RESUME, CANCEL, REOPEN, RECLASSIFY, PHOTO, CONTACT, NOBODY_HOME,
					DECLINE ->
				true;
			case OPEN, ESCALATE, WARN, AUTO_CLOSE, VISIT, UNREACHED -> false;
		};
	}

	public String messageKey() {
		return "workOrder.action." + name();
	}

}
