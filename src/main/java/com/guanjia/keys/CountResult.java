package com.guanjia.keys;

/** What a stock-take found for one item. */
public enum CountResult {

	/** In its place. */
	FOUND,
	/** Not in its place and not out on a loan. */
	MISSING,
	/** Out on a loan when the count began (its loan says where it is). */
	LENT;

	public String messageKey() {
		return "keys.count." + name();
	}

}
