package com.guanjia.cashier;

import org.jspecify.annotations.Nullable;

/**
 * Where a receipt's void stands (R6.3, R6.6): asked for with a reason (PENDING), approved
 * by a second person (DONE). A receipt without a void has none. The steps a receipt
 * allows come from here, for the model and the pages alike.
 */
public enum VoidStatus {

	/** Asked for with a reason; waits for a second person. */
	PENDING,
	/** Voided on its own (still open) day. */
	DONE,
	/**
	 * Its day was closed: corrected by a red reversal (红冲) on an open day, a red receipt
	 * naming it; the receipt itself stands unchanged in its day.
	 */
	REVERSED;

	public String messageKey() {
		return "receipt.voidStatus." + name();
	}

	/** A void may be asked for once, while the receipt has none. */
	public static boolean allowsRequest(@Nullable VoidStatus current) {
		return current == null;
	}

	/** Only a pending void may be approved. */
	public static boolean allowsApproval(@Nullable VoidStatus current) {
		return current == PENDING;
	}

}
