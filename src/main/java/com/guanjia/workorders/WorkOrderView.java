package com.guanjia.workorders;

import com.guanjia.shared.Masking;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A work order as pages, the API and other modules see it. The reporter's phone is masked
 * unless the viewer's role may see phone numbers (R1.3).
 */
public record WorkOrderView(long id, long communityId, String number, WorkOrderKind kind, WorkOrderStatus status,
		@Nullable Long unitId, @Nullable String unitLabel, @Nullable String location, @Nullable Long reporterPartyId,
		@Nullable String reporterName, @Nullable String reporterPhone, String description,
		@Nullable String convenientTime, boolean immediate, @Nullable Instant appointmentAt, @Nullable String category,
		Warranty.Decision warranty, @Nullable LocalDate warrantyUntil, @Nullable Severity severity,
		@Nullable String complainedParty, @Nullable String residentWants, @Nullable LocalDate residentDeadline,
		@Nullable String answer, @Nullable String result, @Nullable Boolean valid, @Nullable Long departmentId,
		@Nullable Long technicianId, @Nullable String technicianName, @Nullable HoldReason holdReason,
		@Nullable String cancelReason, @Nullable String solution, @Nullable Instant consentAt,
		@Nullable Instant arrivedAt, @Nullable Instant completedAt, @Nullable String signedBy,
		@Nullable Long signatureFileId, @Nullable Instant signedAt, @Nullable String inspectedBy,
		@Nullable Instant closedAt, @Nullable Instant dueAt, BigDecimal adjustment, @Nullable String adjustmentReason,
		int escalationLevel, int reopenCount, @Nullable Long sourceRecordId, Instant createdAt, int version) {

	static WorkOrderView of(WorkOrder o, boolean showPhone) {
		String phone = o.reporterPhone;
		if (phone != null && !showPhone) {
			phone = Masking.phone(phone);
		}
		return new WorkOrderView(o.id, o.communityId, o.number, o.kind, o.status, o.unitId, o.unitLabel, o.location,
				o.reporterPartyId, o.reporterName, phone, o.description, o.convenientTime, o.immediate, o.appointmentAt,
				o.category, o.warranty, o.warrantyUntil, o.severity, o.complainedParty, o.residentWants,
				o.residentDeadline, o.answer, o.result, o.valid, o.departmentId, o.technicianId, o.technicianName,
				o.holdReason, o.cancelReason, o.solution, o.consentAt, o.arrivedAt, o.completedAt, o.signedBy,
				o.signatureFileId, o.signedAt, o.inspectedBy, o.closedAt, o.dueAt, o.adjustment, o.adjustmentReason,
				o.escalationLevel, o.reopenCount, o.sourceRecordId, o.createdAt, o.version);
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
