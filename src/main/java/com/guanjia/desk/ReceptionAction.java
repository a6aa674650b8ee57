package com.guanjia.desk;

import static com.guanjia.desk.ReceptionStatus.HANDLING;
import static com.guanjia.desk.ReceptionStatus.RECORDED;
import static com.guanjia.desk.ReceptionStatus.REPLIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a reception record (R2.1: 记录—处理—回复—存档) and the states each may be taken
 * from. {@link ReceptionRecord} checks them; the page and the API offer what the record
 * allows ({@link ReceptionView#actions()}).
 */
public enum ReceptionAction {

	/** The visit or call is written down (the record's first step). */
	RECORD(),

	/**
	 * A question for a specialist, with the reply time agreed with the resident (R2.2).
	 */
	HANDLE(RECORDED),

	/** The resident has the answer. */
	REPLY(RECORDED, HANDLING),

	ARCHIVE(REPLIED),

	/** The record becomes a work order (once). */
	ORDER(RECORDED, HANDLING, REPLIED),

	/**
	 * The work order made from the record was closed: the resident has had the answer.
	 */
	ORDER_DONE(RECORDED, HANDLING);

	private final Set<ReceptionStatus> from;

	ReceptionAction(ReceptionStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(ReceptionStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(ReceptionStatus status) {
		return from.contains(status);
	}

	/**
	 * Whether staff take this step on the record's page (the others happen by
	 * themselves).
	 */
	boolean byStaff() {
		return switch (this) {
			case HANDLE, REPLY, ARCHIVE, ORDER -> true;
			case RECORD, ORDER_DONE -> false;
		};
	}

	public String messageKey() {
		return "desk.action." + name();
	}

}
