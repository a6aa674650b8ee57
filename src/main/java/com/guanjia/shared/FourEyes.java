package com.guanjia.shared;

import java.util.Locale;

/**
 * The four-eyes rule, every duty it covers, and the one place it is checked: the person
 * who asked for a step that moves or hands over money never approves it themselves —
 * whatever their roles, an administrator included. A role may let someone do both halves
 * of a duty (an administrator holds every permission; a cashier may also work for
 * finance), so the rule compares the people and never looks at roles.
 *
 * <p>
 * Each duty names the refusal's message code (a {@link RuleViolationException}, 422),
 * kept in the bundle of the module that owns the duty. A new duty (the contractor
 * evaluation checked by the customer-service manager, R11.4) is one more constant here.
 */
public enum FourEyes {

	/**
	 * A receipt's void is approved by someone other than who asked for it (R6.3, R6.6).
	 */
	RECEIPT_VOID("receipt.voidSecondPerson"),

	/**
	 * A reversal above the community's threshold is approved by a second person (R6.4).
	 */
	REVERSAL("reversal.secondPerson"),

	/** A deposit is approved by someone other than who registered it (R6.5). */
	DEPOSIT("deposit.secondPerson"),

	/** A deposit is refunded only after a second person approves and signs (R6.5). */
	DEPOSIT_REFUND("deposit.refundSecondPerson"),

	/**
	 * Finance confirms a cashier's daily close; never the cashier who closed it (R6.6).
	 */
	DAILY_CLOSE("cashier.confirmOwnClose"),

	/**
	 * A vehicle held at the car park's exit is released by the shift lead after checking
	 * the owner's documents, never by the guard who held it (R12.3, seed 001 item 8).
	 */
	HELD_VEHICLE("carpark.held.secondPerson"),

	/**
	 * The director signs a shift's handover log (主任签字, R12.4); never the guard who handed
	 * the shift over.
	 */
	SHIFT_LOG("carpark.shift.signOwn");

	private final String code;

	FourEyes(String code) {
		this.code = code;
	}

	/** The message code a refusal of this duty carries. */
	public String code() {
		return code;
	}

	/**
	 * Refuses when {@code second} is the person who did the first half of the duty.
	 * Usernames are compared without regard to case, so no spelling of the same account
	 * passes.
	 */
	public void check(String first, String second) {
		if (same(first, second)) {
			throw new RuleViolationException(code);
		}
	}

	/** Whether {@code second} may do the second half (for pages that offer the step). */
	public boolean allows(String first, String second) {
		return !same(first, second);
	}

	private static boolean same(String first, String second) {
		return first.strip().toLowerCase(Locale.ROOT).equals(second.strip().toLowerCase(Locale.ROOT));
	}

}
