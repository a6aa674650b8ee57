package com.guanjia.shared;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Since when and why a registry record — a community, building, unit, parking space or
 * resident — is out of service (decision 0014). A retired record leaves lists, search and
 * pickers but stays in history, ledgers, reports and on its own page; who retired it is
 * in the audit log.
 */
public record Retirement(LocalDate retiredOn, String reason) {

	/** The longest reason the registry keeps. */
	public static final int REASON_LENGTH = 200;

	/**
	 * The retirement staff asked for, checked: a reason of at most
	 * {@value #REASON_LENGTH} characters and a date that is not after {@code today} (the
	 * community's today); no date means today. Bad input is a 400 naming
	 * {@code retiredOn} and {@code reason}.
	 */
	public static Retirement of(@Nullable LocalDate retiredOn, @Nullable String reason, LocalDate today) {
		Problems p = new Problems();
		p.text("reason", reason, REASON_LENGTH);
		p.check(retiredOn == null || !retiredOn.isAfter(today), "retiredOn", "validation.date.future");
		p.throwIfAny();
		return new Retirement(retiredOn == null ? today : retiredOn, reason.strip());
	}

	/**
	 * The retirement as stored (both columns or neither), or null for a record in
	 * service.
	 */
	public static @Nullable Retirement stored(@Nullable LocalDate retiredOn, @Nullable String reason) {
		return retiredOn == null || reason == null ? null : new Retirement(retiredOn, reason);
	}

}
