package com.guanjia.workorders;

import java.time.Instant;

import com.guanjia.scheduling.DeadlineKind;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What happened to work orders, published as persisted domain events. */
public final class WorkOrderEvents {

	private WorkOrderEvents() {
	}

	public record WorkOrderOpened(long communityId, long workOrderId, String number, WorkOrderKind kind,
			@Nullable Severity severity, @Nullable Long sourceRecordId) {
	}

	@NamedInterface("api")
	public record WorkOrderDispatched(long communityId, long workOrderId, String number, long technicianId,
			@Nullable Long departmentId) {
	}

	/**
	 * The work is done; a repair waits for the resident, who may confirm with
	 * {@code confirmationCode}. Its return visit is due from now (or the leak test), not
	 * from the sign-off (R5.1); {@code round} counts its completions.
	 */
	@NamedInterface("api")
	public record WorkOrderCompleted(long communityId, long workOrderId, String number, @Nullable String reporterPhone,
			@Nullable String confirmationCode, WorkOrderKind kind, boolean leak, boolean safety, Instant completedAt,
			@Nullable Instant leakTestAt, int round) {
	}

	/**
	 * Closed: signed by the resident, inspected by the lead, or (complaints, enquiries)
	 * answered.
	 */
	@NamedInterface("api")
	public record WorkOrderClosed(long communityId, long workOrderId, String number, WorkOrderKind kind,
			@Nullable String category, boolean leak, boolean safety, Instant closedAt, @Nullable Instant leakTestAt,
			int round) {
	}

	/** Sent back for rework after a return visit found a problem (R5.1). */
	@NamedInterface("api")
	public record WorkOrderReopened(long communityId, long workOrderId, String number, String reason,
			@Nullable Long technicianId) {
	}

	/**
	 * A deadline was missed and the order goes up a level (R4.2): to {@code escalateTo}
	 * (a role name) of the community, and the person responsible is told.
	 */
	@NamedInterface("api")
	public record WorkOrderEscalated(long communityId, long workOrderId, String number, DeadlineKind deadline,
			int level, String escalateTo, @Nullable Long responsibleStaffId, Instant dueAt) {
	}

	/** A deadline of the order is near (the configured share of its time has passed). */
	@NamedInterface("api")
	public record WorkOrderDeadlineNear(long communityId, long workOrderId, String number, DeadlineKind deadline,
			@Nullable Long responsibleStaffId, Instant dueAt) {
	}

	/**
	 * The system raised a task for a department (restore a unit's water and power after
	 * payment, R6.7; re-check a held meter reading, R7.1): its technicians and its lead
	 * should see it.
	 */
	@NamedInterface("api")
	public record DepartmentTaskRaised(long communityId, long workOrderId, String number, String department,
			@Nullable Long leadStaffId, String description, Instant dueAt) {
	}

	/**
	 * A major or important complaint taken in (R4.2): to the centre manager
	 * ({@code escalateTo} MANAGER), or to the head of the responsible department
	 * ({@code escalateToStaffId}; the role SUPERVISOR when the department has no head).
	 */
	@NamedInterface("api")
	public record ComplaintRaised(long communityId, long workOrderId, String number, Severity severity,
			String escalateTo, @Nullable Long escalateToStaffId) {
	}

	/**
	 * A return visit was not made by its due time (R5.1): the agents and the supervisor
	 * of the community should make it now.
	 */
	@NamedInterface("api")
	public record ReturnVisitOverdue(long communityId, long visitId, long workOrderId, String number, Instant dueAt) {
	}

	/**
	 * A return visit did not reach the resident — nobody home, a notice left; nobody
	 * answering the phone (R5.1): an attempt; the visit is still to be made.
	 */
	public record ReturnVisitUnreached(long communityId, long visitId, long workOrderId, String number,
			ReturnVisits.Method method, Instant at) {
	}

}
