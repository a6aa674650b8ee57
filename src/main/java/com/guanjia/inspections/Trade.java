package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * Who puts a failed checklist item right (R11.3): engineering through a work order, the
 * cleaning or greening contractor through a rectification notice, security or another
 * department through a referral.
 */
@NamedInterface("api")
public enum Trade {

	ENGINEERING, CLEANING, GREENING, SECURITY, OTHER;

	/** The trades outside contractors are paid for and evaluated on (R11.4). */
	public boolean contracted() {
		return switch (this) {
			case CLEANING, GREENING -> true;
			case ENGINEERING, SECURITY, OTHER -> false;
		};
	}

	public String messageKey() {
		return "inspection.trade." + name();
	}

}
