package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * What a plate-recognition camera sends for each vehicle in its lane (issue 14 item 7).
 * The token in {@code Authorization: Bearer} must be the named camera's.
 */
@Schema(description = "A plate read by a camera at the entry or exit lane")
public record CameraEvent(
		@Schema(description = "The camera's id (its code in the car park's settings)", example = "EAST-IN",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String cameraId,
		@Schema(description = "The plate as read", example = "粤B12345",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String plate,
		@Schema(description = "When the plate was captured (ISO-8601); at most a week back",
				example = "2026-11-30T02:00:00Z", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Instant time,
		@Schema(description = "The recogniser's confidence, 0 to 1; below the camera's threshold the guard confirms",
				example = "0.97", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable BigDecimal confidence,
		@Schema(description = "A JPEG or PNG of the vehicle, base64, at most 1 MB",
				nullable = true) @Nullable String image) {
}
