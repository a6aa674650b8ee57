package com.guanjia.workorders;

import java.math.BigDecimal;
import java.time.Instant;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** The inputs of the steps of a work order, each checked field by field. */
public final class WorkOrderCommands {

	private WorkOrderCommands() {
	}

	/** 派单: to a department and a technician. A reason is needed when reassigning. */
	@NamedInterface("api")
	public record Dispatch(@Nullable Long departmentId, @Nullable Long technicianId, @Nullable String reason) {

		void validate(boolean reassign) {
			Problems p = new Problems();
			p.required("technicianId", technicianId);
			if (reassign) {
				p.text("reason", reason, 500);
			}
			else {
				p.optionalText("reason", reason, 500);
			}
			p.throwIfAny();
		}

	}

	/**
	 * A contact with the resident about a complaint (R4.3): how, when (now unless given),
	 * and what they were told.
	 */
	@NamedInterface("api")
	public record Contact(@Nullable ContactChannel channel, @Nullable Instant contactedAt, @Nullable String note) {

		void validate() {
			Problems p = new Problems();
			p.required("channel", channel);
			p.optionalText("note", note, 500);
			p.throwIfAny();
		}

	}

	/**
	 * Nobody home at the appointment (R3.2): how long the technician waited and the
	 * notice left.
	 */
	public record NobodyHome(@Nullable Integer waitedMinutes, @Nullable String notice) {

		void validate() {
			Problems p = new Problems();
			p.required("waitedMinutes", waitedMinutes);
			p.text("notice", notice, 500);
			p.throwIfAny();
		}

	}

	public record Book(@Nullable Instant appointmentAt) {

		void validate() {
			new Problems().required("appointmentAt", appointmentAt).throwIfAny();
		}

	}

	/**
	 * The proposed solution, materials and time, and whether the resident agreed (R3.4).
	 */
	@NamedInterface("api")
	public record Propose(@Nullable String solution, boolean residentConsents) {

		void validate() {
			new Problems().text("solution", solution, 2000).throwIfAny();
		}

	}

	/**
	 * A material used: who supplied it and whether it passed inspection before use
	 * (R3.4).
	 */
	public record Material(@Nullable String name, @Nullable BigDecimal quantity, @Nullable MaterialSource source,
			boolean inspectedOk, @Nullable String inspectionNote) {

		void validate() {
			Problems p = new Problems();
			p.text("name", name, 100);
			p.required("source", source);
			if (quantity == null) {
				p.add("quantity", "validation.required");
			}
			else {
				p.check(quantity.signum() > 0 && quantity.compareTo(new BigDecimal("9999")) <= 0, "quantity",
						"validation.range", 0.01, 9999);
				p.check(quantity.stripTrailingZeros().scale() <= 2, "quantity", "validation.money.scale");
			}
			p.optionalText("inspectionNote", inspectionNote, 500);
			p.check(inspectedOk || (inspectionNote != null && !inspectionNote.isBlank()), "inspectionNote",
					"validation.material.rejectedNote");
			p.throwIfAny();
		}

	}

	/** A charge line from the price list. */
	@NamedInterface("api")
	public record Charge(@Nullable String priceCode, @Nullable BigDecimal quantity) {

		void validate() {
			Problems p = new Problems();
			p.text("priceCode", priceCode, 30);
			if (quantity == null) {
				p.add("quantity", "validation.required");
			}
			else {
				p.check(quantity.signum() > 0 && quantity.compareTo(new BigDecimal("9999")) <= 0, "quantity",
						"validation.range", 0.01, 9999);
				p.check(quantity.stripTrailingZeros().scale() <= 2, "quantity", "validation.money.scale");
			}
			p.throwIfAny();
		}

	}

	/** An agreed change of the total (positive or negative) and why (R3.4). */
	public record Adjust(@Nullable BigDecimal amount, @Nullable String reason) {

		void validate() {
			Problems p = new Problems();
			if (amount == null) {
				p.add("amount", "validation.required");
			}
			else {
				p.check(amount.stripTrailingZeros().scale() <= 2, "amount", "validation.money.scale");
				p.check(amount.abs().compareTo(new BigDecimal("999999.99")) <= 0, "amount", "validation.money.range");
			}
			p.text("reason", reason, 500);
			p.throwIfAny();
		}

	}

	/**
	 * The work is done: the result, for a complaint whether it was valid (R4.4), for a
	 * leak the test time.
	 */
	@NamedInterface("api")
	public record Complete(@Nullable String result, @Nullable Boolean valid, @Nullable Instant leakTestAt) {

		void validate() {
			new Problems().text("result", result, 2000).throwIfAny();
		}

	}

	/**
	 * The resident's sign-off: a name and a drawn signature (PNG data URL) or the
	 * confirmation code.
	 */
	@NamedInterface("api")
	public record SignOff(@Nullable String name, @Nullable String signature, @Nullable String code) {

		void validate() {
			Problems p = new Problems();
			p.text("name", name, 50);
			p.check((signature != null && !signature.isBlank()) || (code != null && !code.isBlank()), "signature",
					"validation.signature.required");
			p.throwIfAny();
		}

	}

	public record Inspect(boolean passed, @Nullable String note) {

		void validate() {
			Problems p = new Problems();
			if (passed) {
				p.optionalText("note", note, 500);
			}
			else {
				p.text("note", note, 500);
			}
			p.throwIfAny();
		}

	}

	@NamedInterface("api")
	public record Hold(@Nullable HoldReason reason, @Nullable String note) {

		void validate() {
			Problems p = new Problems();
			p.required("reason", reason);
			p.text("note", note, 500);
			p.throwIfAny();
		}

	}

	/**
	 * A text that must be given: a cancel or reopen reason, an answer, a closing note.
	 */
	@NamedInterface("api")
	public record Note(@Nullable String text) {

		String required(String field, int max) {
			new Problems().text(field, text, max).throwIfAny();
			return text.strip();
		}

		String optional(String field, int max) {
			new Problems().optionalText(field, text, max).throwIfAny();
			return text == null ? "" : text.strip();
		}

	}

	public record Reclassify(@Nullable Severity severity, @Nullable String reason) {

		void validate() {
			Problems p = new Problems();
			p.required("severity", severity);
			p.text("reason", reason, 500);
			p.throwIfAny();
		}

	}

}
