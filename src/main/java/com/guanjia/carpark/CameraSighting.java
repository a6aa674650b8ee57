package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.PlateToConfirm;
import org.jspecify.annotations.Nullable;

/**
 * What a plate-recognition camera saw (issue 14 item 7) and what became of it: applied at
 * once (an entry, a card holder's free exit, a plate already inside or not inside), or
 * waiting for the guard — a plate read with too little confidence, or a vehicle at the
 * exit that must pay — until the guard confirms it or dismisses it.
 */
final class CameraSighting extends Aggregate {

	/** The camera's reading as it arrived. */
	record Reading(long cameraId, CameraDirection direction, String plate, Instant capturedAt, BigDecimal confidence,
			@Nullable Long imageFileId, Instant receivedAt) {
	}

	private final long id;

	private final long communityId;

	private final Reading reading;

	private SightingStatus status;

	private SightingOutcome outcome;

	private @Nullable Long stayId;

	private @Nullable String resolvedBy;

	private @Nullable Instant resolvedAt;

	private CameraSighting(long id, long communityId, Reading reading, SightingStatus status, SightingOutcome outcome,
			@Nullable Long stayId, boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.reading = reading;
		this.status = status;
		this.outcome = outcome;
		this.stayId = stayId;
	}

	/**
	 * A reading and what it did: LOW_CONFIDENCE and AT_EXIT wait for the guard (PENDING),
	 * every other outcome is applied.
	 */
	static CameraSighting record(long id, long communityId, Reading reading, SightingOutcome outcome,
			@Nullable Long stayId, String actor) {
		boolean waits = outcome == SightingOutcome.LOW_CONFIDENCE || outcome == SightingOutcome.AT_EXIT;
		SightingStatus status = waits ? SightingStatus.PENDING : SightingStatus.APPLIED;
		CameraSighting s = new CameraSighting(id, communityId, reading, status, outcome, stayId, true, 0);
		s.step(SightingAction.RECORD, null, status, reading.plate() + " " + outcome + " " + reading.confidence(),
				reading.receivedAt(), actor);
		if (waits) {
			s.raise(new PlateToConfirm(communityId, id, reading.plate(), reading.direction()));
		}
		return s;
	}

	/** A reading as stored; only the repository calls this. */
	static CameraSighting restore(long id, long communityId, Reading reading, SightingStatus status,
			SightingOutcome outcome, @Nullable Long stayId, @Nullable String resolvedBy, @Nullable Instant resolvedAt,
			int version) {
		CameraSighting s = new CameraSighting(id, communityId, reading, status, outcome, stayId, false, version);
		s.resolvedBy = resolvedBy;
		s.resolvedAt = resolvedAt;
		return s;
	}

	/** The guard confirmed it: the entry or exit it stands for happened (that stay). */
	void confirm(long stay, Instant at, String actor) {
		check(SightingAction.CONFIRM);
		stayId = stay;
		resolvedBy = actor;
		resolvedAt = at;
		step(SightingAction.CONFIRM, status, SightingStatus.CONFIRMED, String.valueOf(stay), at, actor);
		status = SightingStatus.CONFIRMED;
	}

	void dismiss(Instant at, String actor) {
		check(SightingAction.DISMISS);
		resolvedBy = actor;
		resolvedAt = at;
		step(SightingAction.DISMISS, status, SightingStatus.DISMISSED, null, at, actor);
		status = SightingStatus.DISMISSED;
	}

	boolean allows(SightingAction action) {
		return action.allowedFrom(status);
	}

	Set<SightingAction> possibleSteps() {
		Set<SightingAction> possible = EnumSet.noneOf(SightingAction.class);
		for (SightingAction a : SightingAction.values()) {
			if (a != SightingAction.RECORD && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(SightingAction action) {
		if (!allows(action)) {
			throw illegal(action.messageKey(), status.messageKey());
		}
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	Reading reading() {
		return reading;
	}

	SightingStatus status() {
		return status;
	}

	SightingOutcome outcome() {
		return outcome;
	}

	@Nullable Long stayId() {
		return stayId;
	}

	@Nullable String resolvedBy() {
		return resolvedBy;
	}

	@Nullable Instant resolvedAt() {
		return resolvedAt;
	}

}
