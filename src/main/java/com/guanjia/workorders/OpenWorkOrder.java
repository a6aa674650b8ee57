package com.guanjia.workorders;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What the front desk takes in (R3.1, R4.1): the kind, the unit or the place, who reports
 * it and how to reach them, what is wrong, when it suits them, whether they want someone
 * at once, the warranty category of a repair, and for a complaint its severity, who is
 * complained about and what the resident wants. {@code requestKey} makes a double submit
 * harmless. Callers build one field by field:
 * {@code OpenWorkOrder.of(kind).unit(..)...build()}.
 */
@NamedInterface("api")
public record OpenWorkOrder(@Nullable WorkOrderKind kind, @Nullable Long unitId, @Nullable String location,
		@Nullable Long reporterPartyId, @Nullable String reporterName, @Nullable String reporterPhone,
		@Nullable Long reporterStaffId, @Nullable String description, @Nullable String convenientTime,
		boolean immediate, @Nullable String category, @Nullable Severity severity, @Nullable String complainedParty,
		@Nullable String residentWants, @Nullable LocalDate residentDeadline, @Nullable Long departmentId,
		@Nullable Long sourceRecordId, @Nullable Instant receivedAt, @Nullable String requestKey) {

	/**
	 * The problems of the input alone (pages add their own, e.g. an unknown unit label).
	 */
	public java.util.List<com.guanjia.shared.FieldProblem> problems() {
		Problems p = new Problems();
		validate(p);
		return p.list();
	}

	void validate(Problems p) {
		p.required("kind", kind);
		p.text("description", description, 2000);
		p.optionalText("reporterName", reporterName, 50);
		p.optionalText("convenientTime", convenientTime, 100);
		p.optionalText("location", location, 200);
		p.optionalText("complainedParty", complainedParty, 200);
		p.optionalText("residentWants", residentWants, 1000);
		p.optionalText("requestKey", requestKey, 64);
		if (reporterPhone != null && !reporterPhone.isBlank()) {
			p.check(PhoneNumber.normalize(reporterPhone) != null, "reporterPhone", "validation.phone.format");
		}
		// A finding's reporter is the member of staff who found it (issue 10 item 14).
		p.check(reporterPartyId != null || reporterStaffId != null || (reporterName != null && !reporterName.isBlank())
				|| (reporterPhone != null && !reporterPhone.isBlank())
				|| (kind != null && kind.profile().reportedByStaff()), "reporterName", "validation.reporter.required");
		if (kind != null) {
			switch (kind.place()) {
				case UNIT -> p.required("unitId", unitId);
				case PUBLIC_PLACE ->
					p.check(location != null && !location.isBlank(), "location", "validation.required");
				case ANYWHERE -> {
				}
			}
			if (kind.graded()) {
				p.required("severity", severity);
			}
		}
	}

	@Nullable String phoneOrNull() {
		return reporterPhone == null || reporterPhone.isBlank() ? null : PhoneNumber.normalize(reporterPhone);
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A command for an order of the kind, built field by field. */
	public static Builder of(@Nullable WorkOrderKind kind) {
		return new Builder(kind);
	}

	/** Names every field of the intake; the ones not set stay empty. */
	@NamedInterface("api")
	public static final class Builder {

		private final @Nullable WorkOrderKind kind;

		private @Nullable Long unitId;

		private @Nullable String location;

		private @Nullable Long reporterPartyId;

		private @Nullable String reporterName;

		private @Nullable String reporterPhone;

		private @Nullable Long reporterStaffId;

		private @Nullable Long departmentId;

		private @Nullable Instant receivedAt;

		private @Nullable String description;

		private @Nullable String convenientTime;

		private boolean immediate;

		private @Nullable String category;

		private @Nullable Severity severity;

		private @Nullable String complainedParty;

		private @Nullable String residentWants;

		private @Nullable LocalDate residentDeadline;

		private @Nullable Long sourceRecordId;

		private @Nullable String requestKey;

		private Builder(@Nullable WorkOrderKind kind) {
			this.kind = kind;
		}

		public Builder unit(@Nullable Long unitId) {
			this.unitId = unitId;
			return this;
		}

		public Builder location(@Nullable String location) {
			this.location = location;
			return this;
		}

		/** Who reports it: a known party, or a name and a phone number. */
		public Builder reporter(@Nullable Long partyId, @Nullable String name, @Nullable String phone) {
			this.reporterPartyId = partyId;
			this.reporterName = name;
			this.reporterPhone = phone;
			return this;
		}

		/**
		 * Reported by a member of staff (who found it on a patrol, or took a call without
		 * a caller): the staff member is the reporter (issue 10 item 14).
		 */
		public Builder reportedByStaff(@Nullable Long staffId) {
			this.reporterStaffId = staffId;
			return this;
		}

		/** The department responsible for it (R4.3: classified and routed at intake). */
		public Builder department(@Nullable Long departmentId) {
			this.departmentId = departmentId;
			return this;
		}

		/**
		 * When it was really received, if earlier than now (entered afterwards): its
		 * clocks and its warranty count from then.
		 */
		public Builder receivedAt(@Nullable Instant receivedAt) {
			this.receivedAt = receivedAt;
			return this;
		}

		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		public Builder convenientTime(@Nullable String convenientTime) {
			this.convenientTime = convenientTime;
			return this;
		}

		/** Someone should come at once (R3.2: on site within 30 minutes). */
		public Builder immediate(boolean immediate) {
			this.immediate = immediate;
			return this;
		}

		/** The warranty category of a repair (R3.5). */
		public Builder category(@Nullable String category) {
			this.category = category;
			return this;
		}

		public Builder severity(@Nullable Severity severity) {
			this.severity = severity;
			return this;
		}

		/** A complaint's particulars (R4.1, R4.2). */
		public Builder complaint(@Nullable Severity severity, @Nullable String complainedParty,
				@Nullable String residentWants, @Nullable LocalDate residentDeadline) {
			this.severity = severity;
			this.complainedParty = complainedParty;
			this.residentWants = residentWants;
			this.residentDeadline = residentDeadline;
			return this;
		}

		/** The reception record the order was made from. */
		public Builder sourceRecord(@Nullable Long sourceRecordId) {
			this.sourceRecordId = sourceRecordId;
			return this;
		}

		public Builder requestKey(@Nullable String requestKey) {
			this.requestKey = requestKey;
			return this;
		}

		public OpenWorkOrder build() {
			return new OpenWorkOrder(kind, unitId, location, reporterPartyId, reporterName, reporterPhone,
					reporterStaffId, description, convenientTime, immediate, category, severity, complainedParty,
					residentWants, residentDeadline, departmentId, sourceRecordId, receivedAt, requestKey);
		}

	}

}
