package com.guanjia.keys;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a key loan and the states each may be taken from. */
public enum LoanAction {

	/** The key goes out (the loan's first step). */
	LEND(),
	/** The key is back. */
	RETURN(LoanStatus.OUT);

	private final Set<LoanStatus> from;

	LoanAction(LoanStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(LoanStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(LoanStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "keys.loan.action." + name();
	}

}
