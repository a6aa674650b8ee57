package com.guanjia.goods;

import static com.guanjia.goods.GoodsPassStatus.APPROVED;
import static com.guanjia.goods.GoodsPassStatus.CANCELLED;
import static com.guanjia.goods.GoodsPassStatus.EXPIRED;
import static com.guanjia.goods.GoodsPassStatus.REQUESTED;
import static com.guanjia.goods.GoodsPassStatus.USED;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a goods release pass and the states each may be taken from. */
public enum GoodsPassAction {

	/** The desk writes the pass (its first step). */
	REQUEST(),
	/** The owner's confirmation recorded: the pass may be used. */
	CONFIRM(REQUESTED),
	/** The guard lets the goods out; the pass is kept (used once). */
	RELEASE(APPROVED),
	/**
	 * The guard refuses the goods and says why (the pass not confirmed, used, expired, or
	 * the goods not those on it); the pass stays as it is.
	 */
	REFUSE(REQUESTED, APPROVED, USED, EXPIRED, CANCELLED),
	/** The desk withdraws the pass. */
	CANCEL(REQUESTED, APPROVED),
	/** The valid time is over (taken when the pass is next touched after its end). */
	EXPIRE(REQUESTED, APPROVED);

	private final Set<GoodsPassStatus> from;

	GoodsPassAction(GoodsPassStatus... from) {
		this.from = from.length == 0 ? EnumSet.noneOf(GoodsPassStatus.class) : EnumSet.of(from[0], from);
	}

	boolean allowedFrom(GoodsPassStatus status) {
		return from.contains(status);
	}

	public String messageKey() {
		return "goods.action." + name();
	}

}
