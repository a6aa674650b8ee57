package com.guanjia.workorders;

import java.time.LocalDate;

import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What the front desk takes in (R3.1, R4.1): the kind, the unit or the place, who reports
 * it and how to reach them, what is wrong, when it suits them, whether they want someone
 * at once, the warranty category of a repair, and for a complaint its severity, who is
 * complained about and what the resident wants. {@code requestKey} makes a double submit
 * harmless.
 */
public record OpenWorkOrder(@Nullable WorkOrderKind kind, @Nullable Long unitId, @Nullable String location,
		@Nullable Long reporterPartyId, @Nullable String reporterName, @Nullable String reporterPhone,
		@Nullable String description, @Nullable String convenientTime, boolean immediate, @Nullable String category,
		@Nullable Severity severity, @Nullable String complainedParty, @Nullable String residentWants,
		@Nullable LocalDate residentDeadline, @Nullable Long sourceRecordId, @Nullable String requestKey) {

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
		p.check(reporterPartyId != null || (reporterName != null && !reporterName.isBlank())
				|| (reporterPhone != null && !reporterPhone.isBlank()), "reporterName", "validation.reporter.required");
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

}
