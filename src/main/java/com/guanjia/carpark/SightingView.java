package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A camera's reading and what it did; {@code openGate} tells the camera system to lift
 * the barrier (an entry, or a card holder's free exit); {@code actions} are the guard's
 * steps.
 */
public record SightingView(long id, long communityId, long cameraId, CameraDirection direction, String plate,
		Instant capturedAt, BigDecimal confidence, boolean hasImage, SightingStatus status, SightingOutcome outcome,
		@Nullable Long stayId, @Nullable String resolvedBy, @Nullable Instant resolvedAt, boolean openGate,
		List<SightingAction> actions) {

	static SightingView of(CameraSighting s) {
		CameraSighting.Reading r = s.reading();
		boolean open = s.outcome() == SightingOutcome.ENTERED || s.outcome() == SightingOutcome.EXITED_FREE;
		return new SightingView(s.id(), s.communityId(), r.cameraId(), r.direction(), r.plate(), r.capturedAt(),
				r.confidence(), r.imageFileId() != null, s.status(), s.outcome(), s.stayId(), s.resolvedBy(),
				s.resolvedAt(), open, List.copyOf(s.possibleSteps()));
	}

	public boolean allows(SightingAction action) {
		return actions.contains(action);
	}

}
