package com.guanjia.goods;

import java.time.Instant;

/** What happened to a goods release pass (R10.2). */
public final class GoodsEvents {

	private GoodsEvents() {
	}

	public record GoodsPassRequested(long communityId, long passId, long unitId, String number, Instant at) {
	}

	public record GoodsPassApproved(long communityId, long passId, long unitId, String number, ConsentMethod method,
			String ownerName, Instant at) {
	}

	/** The goods left through the gate on this pass; it cannot be used again. */
	public record GoodsPassUsed(long communityId, long passId, long unitId, String number, Instant at) {
	}

	public record GoodsPassRefused(long communityId, long passId, long unitId, String number, String reason,
			Instant at) {
	}

	public record GoodsPassCancelled(long communityId, long passId, long unitId, String number, Instant at) {
	}

	public record GoodsPassExpired(long communityId, long passId, long unitId, String number, Instant at) {
	}

}
