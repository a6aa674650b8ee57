package com.guanjia.workorders.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.guanjia.workorders.ContactChannel;
import com.guanjia.workorders.HoldReason;
import com.guanjia.workorders.MaterialSource;
import com.guanjia.workorders.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** The fields of the step forms on an order's page; each step reads the ones it needs. */
public class ActionForm {

	private @Nullable Long departmentId;

	private @Nullable Long technicianId;

	private @Nullable String reason;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime appointmentAt;

	private @Nullable String solution;

	private boolean consent;

	private @Nullable String name;

	private @Nullable BigDecimal quantity;

	private @Nullable MaterialSource source;

	private boolean inspectedOk;

	private @Nullable String inspectionNote;

	private @Nullable String priceCode;

	private @Nullable BigDecimal amount;

	private @Nullable String result;

	private @Nullable Boolean valid;

	private @Nullable String signature;

	private @Nullable String code;

	private boolean passed;

	private @Nullable String note;

	private @Nullable HoldReason holdReason;

	private @Nullable Severity severity;

	private @Nullable ContactChannel contactChannel;

	private @Nullable Integer waitedMinutes;

	public @Nullable Integer getWaitedMinutes() {
		return waitedMinutes;
	}

	public void setWaitedMinutes(@Nullable Integer v) {
		waitedMinutes = v;
	}

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private @Nullable LocalDateTime contactedAt;

	public @Nullable ContactChannel getContactChannel() {
		return contactChannel;
	}

	public void setContactChannel(@Nullable ContactChannel v) {
		contactChannel = v;
	}

	public @Nullable LocalDateTime getContactedAt() {
		return contactedAt;
	}

	public void setContactedAt(@Nullable LocalDateTime v) {
		contactedAt = v;
	}

	public @Nullable Long getDepartmentId() {
		return departmentId;
	}

	public void setDepartmentId(@Nullable Long v) {
		departmentId = v;
	}

	public @Nullable Long getTechnicianId() {
		return technicianId;
	}

	public void setTechnicianId(@Nullable Long v) {
		technicianId = v;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String v) {
		reason = v;
	}

	public @Nullable LocalDateTime getAppointmentAt() {
		return appointmentAt;
	}

	public void setAppointmentAt(@Nullable LocalDateTime v) {
		appointmentAt = v;
	}

	public @Nullable String getSolution() {
		return solution;
	}

	public void setSolution(@Nullable String v) {
		solution = v;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean v) {
		consent = v;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String v) {
		name = v;
	}

	public @Nullable BigDecimal getQuantity() {
		return quantity;
	}

	public void setQuantity(@Nullable BigDecimal v) {
		quantity = v;
	}

	public @Nullable MaterialSource getSource() {
		return source;
	}

	public void setSource(@Nullable MaterialSource v) {
		source = v;
	}

	public boolean isInspectedOk() {
		return inspectedOk;
	}

	public void setInspectedOk(boolean v) {
		inspectedOk = v;
	}

	public @Nullable String getInspectionNote() {
		return inspectionNote;
	}

	public void setInspectionNote(@Nullable String v) {
		inspectionNote = v;
	}

	public @Nullable String getPriceCode() {
		return priceCode;
	}

	public void setPriceCode(@Nullable String v) {
		priceCode = v;
	}

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal v) {
		amount = v;
	}

	public @Nullable String getResult() {
		return result;
	}

	public void setResult(@Nullable String v) {
		result = v;
	}

	public @Nullable Boolean getValid() {
		return valid;
	}

	public void setValid(@Nullable Boolean v) {
		valid = v;
	}

	public @Nullable String getSignature() {
		return signature;
	}

	public void setSignature(@Nullable String v) {
		signature = v;
	}

	public @Nullable String getCode() {
		return code;
	}

	public void setCode(@Nullable String v) {
		code = v;
	}

	public boolean isPassed() {
		return passed;
	}

	public void setPassed(boolean v) {
		passed = v;
	}

	public @Nullable String getNote() {
		return note;
	}

	public void setNote(@Nullable String v) {
		note = v;
	}

	public @Nullable HoldReason getHoldReason() {
		return holdReason;
	}

	public void setHoldReason(@Nullable HoldReason v) {
		holdReason = v;
	}

	public @Nullable Severity getSeverity() {
		return severity;
	}

	public void setSeverity(@Nullable Severity v) {
		severity = v;
	}

}
