package com.guanjia.carpark;

import java.math.BigDecimal;

/**
 * A plate-recognition camera: its code (the camera id it sends), name, lane, and the
 * confidence below which the guard confirms its readings. Its token is never shown again
 * after it is made.
 */
public record CameraView(long id, long communityId, String code, String name, CameraDirection direction,
		BigDecimal minConfidence, boolean enabled, int version) {
}
