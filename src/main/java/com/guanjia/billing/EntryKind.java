package com.guanjia.billing;

import org.springframework.modulith.NamedInterface;

/**
 * Kinds of ledger entries (收费台帐). Charges are positive; what reduces a debt is negative.
 */
@NamedInterface("api")
public enum EntryKind {

	/** A bill line charged (+). */
	CHARGE,
	/** A payment of a line (−). */
	PAYMENT,
	/** A discount of a line, with a reason (−). */
	DISCOUNT,
	/** Money paid ahead, held as credit without a line (−). */
	PREPAYMENT,
	/**
	 * Credit moved onto a line: + without a line, − on the line; the balance does not
	 * change.
	 */
	CREDIT_APPLIED,
	/** The exact opposite of an earlier entry, with a reason. */
	REVERSAL;

	/**
	 * Whether a reversal may be asked for the entry: charges and discounts; a payment is
	 * undone by voiding its receipt.
	 */
	public boolean reversible() {
		return this == CHARGE || this == DISCOUNT;
	}

	public String messageKey() {
		return "ledger.kind." + name();
	}

}
