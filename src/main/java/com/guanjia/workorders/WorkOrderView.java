package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A work order as pages, the API and other modules see it. The reporter's phone is masked
 * unless the viewer's role may see phone numbers (R1.3).
 */
@NamedInterface("api")
public record WorkOrderView(long id, long communityId, String number, WorkOrderKind kind, WorkOrderStatus status,
		@Nullable Long unitId, @Nullable String unitLabel, @Nullable String location, @Nullable Long reporterPartyId,
		@Nullable String reporterName, @Nullable String reporterPhone, @Nullable Long reporterStaffId,
		String description, @Nullable String convenientTime, boolean immediate, @Nullable Instant appointmentAt,
		@Nullable String category, Warranty.Decision warranty, @Nullable LocalDate warrantyUntil,
		@Nullable Severity severity, @Nullable String complainedParty, @Nullable String residentWants,
		@Nullable LocalDate residentDeadline, @Nullable String answer, @Nullable String result, @Nullable Boolean valid,
		@Nullable Long departmentId, @Nullable Long technicianId, @Nullable String technicianName,
		@Nullable HoldReason holdReason, @Nullable String cancelReason, @Nullable String solution,
		@Nullable Instant consentAt, @Nullable Instant arrivedAt, @Nullable Instant completedAt,
		@Nullable String signedBy, @Nullable Long signatureFileId, @Nullable Instant signedAt,
		@Nullable String inspectedBy, @Nullable Instant closedAt, @Nullable Instant dueAt, BigDecimal adjustment,
		@Nullable String adjustmentReason, int escalationLevel, int reopenCount, @Nullable Long sourceRecordId,
		@Nullable Instant firstContactAt, @Nullable ContactChannel firstContactChannel, @Nullable String firstContactBy,
		boolean declined, Instant createdAt, int version) {

	static WorkOrderView of(WorkOrderSnapshot s, boolean showPhone) {
		var h = s.header();
		var r = s.request();
		var c = s.classification();
		var complaint = s.complaint();
		var a = s.assignment();
		var v = s.visit();
		var out = s.outcome();
		var cl = s.closure();
		var st = s.standing();
		var contact = complaint == null ? null : complaint.firstContact();
		String phone = r.reporter().phone();
		if (phone != null && !showPhone) {
			phone = Masking.phone(phone);
		}
		return new WorkOrderView(h.id(), h.communityId(), h.number(), h.kind(), h.status(), r.place().unitId(),
				r.place().unitLabel(), r.place().location(), r.reporter().partyId(), r.reporter().name(), phone,
				r.reporter().staffId(), r.description(), r.convenientTime(), r.immediate(), v.appointmentAt(),
				c.category(), c.warranty(), c.warrantyUntil(), complaint == null ? null : complaint.severity(),
				complaint == null ? null : complaint.complainedParty(),
				complaint == null ? null : complaint.residentWants(),
				complaint == null ? null : complaint.residentDeadline(), out.answer(), out.result(), out.valid(),
				a.departmentId(), a.technicianId(), a.technicianName(), s.pause().holdReason(),
				s.pause().cancelReason(), v.solution(), v.consentAt(), v.arrivedAt(), out.completedAt(), cl.signedBy(),
				cl.signatureFileId(), cl.signedAt(), cl.inspectedBy(), cl.closedAt(), st.dueAt(), st.adjustment(),
				st.adjustmentReason(), st.escalationLevel(), st.reopenCount(), r.sourceRecordId(),
				contact == null ? null : contact.at(), contact == null ? null : contact.channel(),
				contact == null ? null : contact.staffName(), s.pause().declined(), h.createdAt(), h.version());
	}

	/** The order's id, typed, to name it to the module's services. */
	public WorkOrderId ref() {
		return WorkOrderId.of(id);
	}

	/**
	 * Whether the order has a dispatch sheet (派工单) to print: work in a public place once
	 * the engineering head or a shift lead has assigned it (R3.6, seed 001 3.5.1:
	 * "由工程部長或班長分配工作任務，簽發《派工單》").
	 */
	public boolean hasDispatchSheet() {
		return kind.inPublicPlace() && kind.visitedOnSite() && technicianId != null;
	}

	public boolean open() {
		return status.isOpen();
	}

	/** Late: open past its due time, or completed after it. */
	public boolean late(Instant now) {
		if (dueAt == null) {
			return false;
		}
		Instant done = completedAt != null ? completedAt : closedAt;
		return done == null ? now.isAfter(dueAt) : done.isAfter(dueAt);
	}

}
