package com.guanjia.platform.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that retires a registry record (decision 0014): since when (blank: today) and
 * why. Shown by {@code templates/fragments/retire.html}; the modules' page controllers
 * pass both fields to their service, which checks them.
 */
public class RetirementForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate retiredOn;

	private @Nullable String reason;

	public @Nullable LocalDate getRetiredOn() {
		return retiredOn;
	}

	public void setRetiredOn(@Nullable LocalDate retiredOn) {
		this.retiredOn = retiredOn;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

}
