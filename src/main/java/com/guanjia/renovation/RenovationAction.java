package com.guanjia.renovation;

import static com.guanjia.renovation.RenovationStatus.APPLIED;
import static com.guanjia.renovation.RenovationStatus.COMPLETED;
import static com.guanjia.renovation.RenovationStatus.PERMITTED;
import static com.guanjia.renovation.RenovationStatus.REFUNDING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a renovation and the states each may be taken from. {@link Renovation}
 * checks them; the page and the API offer what the renovation allows
 * ({@link RenovationView#actions()}).
 */
public enum RenovationAction {

	/** The application is taken at the service centre (R9.1; the first step). */
	APPLY(),

	/** A paper of the application is handed in: a drawing, the signed agreement… */
	UPLOAD(APPLIED),

	/** A worker of the contractor is named (for a temporary pass, R9.3). */
	ADD_WORKER(APPLIED, PERMITTED),

	/**
	 * The housing authority's approval of a structural change or added load was checked
	 * (R9.2).
	 */
	CHECK_APPROVAL(APPLIED),

	/** The permit (装修施工许可证) with its period; fees raised, the unit decorating (R9.3). */
	PERMIT(APPLIED),

	/** A worker's temporary pass issued within the permit's period (R9.3). */
	ISSUE_PASS(PERMITTED),

	/** The office's written consent to work outside the hours, with its window (R9.4). */
	APPROVE_OVERTIME(PERMITTED),

	/** A closed-water test started in a bathroom, kitchen or balcony (R9.6). */
	START_WATER_TEST(PERMITTED),

	/**
	 * A closed-water test ended: passed after 48 hours with the unit below checked, or
	 * failed.
	 */
	END_WATER_TEST(PERMITTED),

	/** The applicant gave up before a permit. */
	WITHDRAW(APPLIED),

	/** A photo of the finished work is taken for the completion acceptance (R9.7). */
	PHOTOGRAPH(PERMITTED),

	/** Engineering accepted the finished work (R9.7); the unit returns to its state. */
	ACCEPT(PERMITTED),

	/** Engineering found the finished work not acceptable yet; the permit runs on. */
	FAIL_ACCEPTANCE(PERMITTED),

	/** The deposit's refund is asked for, less any deduction with its reason (R9.7). */
	REQUEST_REFUND(COMPLETED),

	/** A second person approved the refund at the cashier: the deposit is paid back. */
	REFUND(REFUNDING),

	/** A renovation without a deposit held is closed after its acceptance. */
	CLOSE(COMPLETED);

	private final Set<RenovationStatus> from;

	RenovationAction(RenovationStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(RenovationStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(RenovationStatus status) {
		return from.contains(status);
	}

	/** Whether staff take this step on the renovation's page (the first one is APPLY). */
	boolean byStaff() {
		return switch (this) {
			case UPLOAD, ADD_WORKER, CHECK_APPROVAL, PERMIT, WITHDRAW, ACCEPT, FAIL_ACCEPTANCE, REQUEST_REFUND, CLOSE,
					ISSUE_PASS, APPROVE_OVERTIME, START_WATER_TEST, PHOTOGRAPH ->
				true;
			case APPLY, REFUND, END_WATER_TEST -> false;
		};
	}

	public String messageKey() {
		return "renovation.action." + name();
	}

}
