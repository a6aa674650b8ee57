package com.guanjia.meters;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** What the meters module tells others. */
public final class MeterEvents {

	private MeterEvents() {
	}

	/**
	 * An abnormal reading was held back from billing; engineering should re-check the
	 * meter (R7.1).
	 */
	@NamedInterface("api")
	public record ReadingHeld(long communityId, long readingId, long meterId, String meterCode, @Nullable Long unitId,
			HoldReason reason) {
	}

	/**
	 * Engineering re-checked a held reading (R7.1): it was confirmed as it was, or
	 * superseded by {@code correctedReadingId} (which may itself be held again). Either
	 * way the re-check of {@code readingId} is done.
	 */
	@NamedInterface("api")
	public record ReadingRechecked(long communityId, long readingId, long meterId, String meterCode,
			@Nullable Long unitId, boolean corrected, @Nullable Long correctedReadingId) {
	}

	/** A base reading was jointly confirmed with the owner at move-in (R7.2). */
	public record BaseReadingConfirmed(long communityId, long meterId, @Nullable Long unitId, String ownerName) {
	}

}
