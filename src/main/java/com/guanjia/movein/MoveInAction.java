package com.guanjia.movein;

import static com.guanjia.movein.MoveInStatus.IN_PROGRESS;
import static com.guanjia.movein.MoveInStatus.OPENED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a move-in case (seed 002 ①–⑦) and the states each may be taken from;
 * {@link MoveInCase} checks them (and that a once-only step was not taken yet), pages and
 * the API offer what the case allows.
 */
public enum MoveInAction {

	/** The case is opened for a unit and its owner (the first step). */
	OPEN(),
	/** A paper handed in and filed in the unit's archive. */
	ATTACH(OPENED, IN_PROGRESS),
	/** ①验明客户资料: every paper of the applicant kind is there. */
	CHECK_DOCUMENTS(OPENED),
	/** ②填写《住户登记表》. */
	REGISTER(IN_PROGRESS),
	/** ②签订相关规定或协议. */
	SIGN_AGREEMENTS(IN_PROGRESS),
	/** ③发放物品并确认：房屋钥匙、《住户手册》、《装修手册》. */
	HAND_OUT(IN_PROGRESS),
	/** ④收取费用: nothing open on the unit's bills (paid at the cashier). */
	SETTLE_FEES(IN_PROGRESS),
	/** ④ consciously deferred, with the reason. */
	DEFER_FEES(IN_PROGRESS),
	/** 水电开通、装修申报、车位租赁 noted (seed 000). */
	NOTE_REQUESTS(OPENED, IN_PROGRESS),
	/** ⑤ the house acceptance was signed by the owner (by itself). */
	ACCEPT(IN_PROGRESS),
	/**
	 * ⑥ a custody agreement was signed — by staff on the custody page, which attaches it
	 * to the open case.
	 */
	CUSTODY(IN_PROGRESS),
	/**
	 * ⑥ undone: the agreement signed during the case ended before the unit was handed
	 * over (by itself, when the agreement is ended).
	 */
	END_CUSTODY(IN_PROGRESS),
	/** Everything done: the unit is handed over. */
	COMPLETE(IN_PROGRESS), CANCEL(OPENED, IN_PROGRESS);

	private final Set<MoveInStatus> from;

	MoveInAction(MoveInStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(MoveInStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(MoveInStatus status) {
		return from.contains(status);
	}

	/**
	 * Whether staff take this step — on the case's page, or {@code CUSTODY} on the
	 * custody page the case's page links to; the others happen by themselves.
	 */
	boolean byStaff() {
		return switch (this) {
			case ATTACH, CHECK_DOCUMENTS, REGISTER, SIGN_AGREEMENTS, HAND_OUT, SETTLE_FEES, DEFER_FEES, NOTE_REQUESTS,
					CUSTODY, COMPLETE, CANCEL ->
				true;
			case OPEN, ACCEPT, END_CUSTODY -> false;
		};
	}

	public String messageKey() {
		return "movein.action." + name();
	}

}
