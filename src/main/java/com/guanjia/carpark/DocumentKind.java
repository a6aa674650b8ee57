package com.guanjia.carpark;

/**
 * The copies the shift lead keeps before releasing a held vehicle (seed 001 item 8:
 * 行车证、身份证复印件及书面说明).
 */
public enum DocumentKind {

	VEHICLE_LICENCE, ID_CARD, STATEMENT, OTHER,
	/**
	 * The statement written and signed on the phone's signature pad (车主签字确认); it stands
	 * for {@link #STATEMENT}, whose uploaded copy of a paper statement is still accepted.
	 */
	SIGNED_STATEMENT;

	/** Whether a copy of this kind may be uploaded (a signed statement is signed). */
	public boolean uploadable() {
		return this != SIGNED_STATEMENT;
	}

	/** Whether a document of this kind is what a release needs as {@code required}. */
	boolean satisfies(DocumentKind required) {
		return this == required || (this == SIGNED_STATEMENT && required == STATEMENT);
	}

	public String messageKey() {
		return "carpark.document." + name();
	}

}
