package com.guanjia.meters;

import org.jspecify.annotations.Nullable;

/** What the meters module tells others. */
public final class MeterEvents {

	private MeterEvents() {
	}

	/** An abnormal reading was held back from billing; engineering should re-check the meter (R7.1). */
	public record ReadingHeld(long communityId, long readingId, long meterId, String meterCode, @Nullable Long unitId,
			HoldReason reason) {
	}

	/** A base reading was jointly confirmed with the owner at move-in (R7.2). */
	public record BaseReadingConfirmed(long communityId, long meterId, @Nullable Long unitId, String ownerName) {
	}

}
