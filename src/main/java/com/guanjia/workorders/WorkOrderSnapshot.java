package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link WorkOrder} holds, as values: what the repository stores and
 * restores and what {@link WorkOrderView} shows. Only {@link WorkOrder#snapshot()} makes
 * one from a live order and only {@link WorkOrder#restore(WorkOrderSnapshot)} turns one
 * back into an order; the parts of the request are also what intake gives the order's
 * factories.
 */
record WorkOrderSnapshot(Header header, Request request, Classification classification, @Nullable Complaint complaint,
		Assignment assignment, Visit visit, Outcome outcome, Closure closure, Pause pause, Standing standing) {

	/** Who the order is, where it stands and which version of it this is. */
	record Header(long id, long communityId, String number, WorkOrderKind kind, WorkOrderStatus status,
			Instant createdAt, int version) {
	}

	/** Where the work is: a unit (its label as it was at intake) or a place. */
	record Place(@Nullable Long unitId, @Nullable String unitLabel, @Nullable String location) {

		static Place of(@Nullable Long unitId, @Nullable String unitLabel, @Nullable String location) {
			return new Place(unitId, unitLabel, location);
		}

	}

	/**
	 * Who reported it: a known party, or a name and a phone number, or a member of staff
	 * who found it (on a patrol, or recorded without a caller: issue 10 item 14).
	 */
	record Reporter(@Nullable Long partyId, @Nullable String name, @Nullable String phone, @Nullable Long staffId) {

		Reporter(@Nullable Long partyId, @Nullable String name, @Nullable String phone) {
			this(partyId, name, phone, null);
		}

	}

	/**
	 * What was asked for at intake (R3.1, R4.1): where, who, what is wrong, when it suits
	 * them, whether someone must come at once, and the reception record it came from.
	 * Never changed afterwards.
	 */
	record Request(Place place, Reporter reporter, String description, @Nullable String convenientTime,
			boolean immediate, @Nullable Long sourceRecordId) {
	}

	/** The warranty category and the decision taken on it at intake (R3.5). */
	record Classification(@Nullable String category, Warranty.Decision warranty, @Nullable LocalDate warrantyUntil,
			boolean leak, boolean safety) {

		static final Classification NONE = new Classification(null, Warranty.Decision.UNKNOWN, null, false, false);

	}

	/**
	 * A complaint's particulars (R4.1, R4.2): how serious, against whom, what the
	 * resident wants and by when.
	 */
	record Complaint(Severity severity, @Nullable String complainedParty, @Nullable String residentWants,
			@Nullable LocalDate residentDeadline, @Nullable FirstContact firstContact) {

		Complaint(Severity severity, @Nullable String complainedParty, @Nullable String residentWants,
				@Nullable LocalDate residentDeadline) {
			this(severity, complainedParty, residentWants, residentDeadline, null);
		}

		Complaint reclassified(Severity to) {
			return new Complaint(to, complainedParty, residentWants, residentDeadline, firstContact);
		}

		/** The first contact is kept; later ones are only on the timeline. */
		Complaint contacted(FirstContact contact) {
			return firstContact != null ? this
					: new Complaint(severity, complainedParty, residentWants, residentDeadline, contact);
		}

	}

	/**
	 * The first contact with the resident about a complaint (R4.3, seed 002:
	 * "相关部门直接责任人第一时间与客户取得联系"): when, how, and which member of staff.
	 */
	record FirstContact(Instant at, ContactChannel channel, long staffId, String staffName) {
	}

	/** The department and technician the order is dispatched to. */
	record Assignment(@Nullable Long departmentId, @Nullable Long technicianId, @Nullable String technicianName) {

		static Assignment department(@Nullable Long departmentId) {
			return new Assignment(departmentId, null, null);
		}

	}

	/**
	 * The technician's visit (R3.2, R3.4): appointment, arrival, proposal and consent.
	 */
	record Visit(@Nullable Instant appointmentAt, @Nullable Instant arrivedAt, @Nullable String solution,
			@Nullable Instant consentAt) {

		static final Visit NONE = new Visit(null, null, null, null);

		Visit booked(Instant appointment) {
			return new Visit(appointment, arrivedAt, solution, consentAt);
		}

		/** Work again after a return visit: a new appointment is to be made. */
		Visit unbooked() {
			return new Visit(null, arrivedAt, solution, consentAt);
		}

		Visit arrived(Instant at) {
			return new Visit(appointmentAt, at, solution, consentAt);
		}

		Visit agreed(String solution, Instant at) {
			return new Visit(appointmentAt, arrivedAt, solution, at);
		}

	}

	/** What came of the work, and the code the resident may sign off with. */
	record Outcome(@Nullable String answer, @Nullable String result, @Nullable Boolean valid,
			@Nullable Instant completedAt, @Nullable Instant leakTestAt, @Nullable String confirmationCode) {

		static final Outcome NONE = new Outcome(null, null, null, null, null, null);

		Outcome answered(String answer) {
			return new Outcome(answer, result, valid, completedAt, leakTestAt, confirmationCode);
		}

		Outcome completed(String result, @Nullable Boolean valid, @Nullable Instant leakTestAt, Instant at,
				@Nullable String code) {
			return new Outcome(answer, result, valid, at, leakTestAt, code);
		}

		/** Done now, unless it was done already (a task closed by the system). */
		Outcome doneBy(Instant at) {
			return completedAt != null ? this : new Outcome(answer, result, valid, at, leakTestAt, confirmationCode);
		}

		/** Work again: no longer completed, and the old code no longer signs it off. */
		Outcome undone() {
			return new Outcome(answer, result, valid, null, leakTestAt, null);
		}

	}

	/** Who closed it: the resident's sign-off or the lead's inspection, and when. */
	record Closure(@Nullable String signedBy, @Nullable Long signatureFileId, @Nullable Instant signedAt,
			@Nullable String inspectedBy, @Nullable Instant inspectedAt, @Nullable Instant closedAt) {

		static final Closure NONE = new Closure(null, null, null, null, null, null);

		Closure signed(String name, @Nullable Long fileId, Instant at) {
			return new Closure(name, fileId, at, inspectedBy, inspectedAt, closedAt);
		}

		Closure inspected(String inspector, Instant at) {
			return new Closure(signedBy, signatureFileId, signedAt, inspector, at, closedAt);
		}

		Closure closed(Instant at) {
			return new Closure(signedBy, signatureFileId, signedAt, inspectedBy, inspectedAt, at);
		}

		/**
		 * Open again: the sign-off, inspection time and closing are gone (the inspector's
		 * name stays).
		 */
		Closure reopened() {
			return new Closure(null, null, null, inspectedBy, null, null);
		}

	}

	/** Why it waits or why it was given up. */
	record Pause(@Nullable HoldReason holdReason, @Nullable WorkOrderStatus statusBeforeHold,
			@Nullable String cancelReason, boolean declined) {

		static final Pause NONE = new Pause(null, null, null);

		Pause(@Nullable HoldReason holdReason, @Nullable WorkOrderStatus statusBeforeHold,
				@Nullable String cancelReason) {
			this(holdReason, statusBeforeHold, cancelReason, false);
		}

		Pause held(HoldReason reason, WorkOrderStatus from) {
			return new Pause(reason, from, cancelReason);
		}

		/**
		 * Declined by the company with the explanation given to the resident (R3.3).
		 */
		Pause declined(String explanation) {
			return new Pause(null, statusBeforeHold, explanation, true);
		}

		/**
		 * Not waiting any more, whatever it waited for (the state before the hold is
		 * kept).
		 */
		Pause released() {
			return new Pause(null, statusBeforeHold, cancelReason);
		}

		Pause resumed() {
			return new Pause(null, null, cancelReason);
		}

		Pause cancelled(String reason) {
			return new Pause(null, statusBeforeHold, reason);
		}

		/** The state a resumed order goes back to. */
		WorkOrderStatus back() {
			return statusBeforeHold == null ? WorkOrderStatus.DISPATCHED : statusBeforeHold;
		}

	}

	/**
	 * When it is due, the agreed change of its charges (R3.4), how often it was escalated
	 * and reopened.
	 */
	record Standing(@Nullable Instant dueAt, BigDecimal adjustment, @Nullable String adjustmentReason,
			int escalationLevel, int reopenCount) {

		static final Standing NONE = new Standing(null, BigDecimal.ZERO, null, 0, 0);

		Standing due(Instant at) {
			return new Standing(at, adjustment, adjustmentReason, escalationLevel, reopenCount);
		}

		Standing adjusted(BigDecimal amount, String reason) {
			return new Standing(dueAt, amount, reason, escalationLevel, reopenCount);
		}

		Standing escalated() {
			return new Standing(dueAt, adjustment, adjustmentReason, escalationLevel + 1, reopenCount);
		}

		Standing reopened() {
			return new Standing(dueAt, adjustment, adjustmentReason, escalationLevel, reopenCount + 1);
		}

	}

}
