package com.guanjia.carpark.web;

import com.guanjia.carpark.CameraEvent;
import com.guanjia.carpark.Cameras;
import com.guanjia.carpark.SightingView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * What plate-recognition cameras post (issue 14 item 7). A camera authenticates with its
 * own token ({@link CameraSecurity} lets the path through the staff chain; the service
 * checks the token's hash); a bad token answers 401 with problem details.
 */
@RestController
@Tag(name = "car park: cameras", description = "Plate-recognition cameras post the plates they read")
@SecurityScheme(name = "camera", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "The camera's own token, made when the camera is registered in the car park's settings")
class CameraApiController {

	static final String PATH = "/api/carpark/camera-events";

	private final Cameras cameras;

	CameraApiController(Cameras cameras) {
		this.cameras = cameras;
	}

	@PostMapping(PATH)
	@Operation(summary = "A plate read at the entry or exit lane",
			description = "A confident reading is applied at once: an entry, or a card holder's free exit "
					+ "(openGate true). A reading below the camera's threshold, or a visitor at the exit who must pay, "
					+ "waits for the guard on the gate page (status PENDING). The same reading sent again answers "
					+ "the first result.",
			security = @SecurityRequirement(name = "camera"))
	@ApiResponse(responseCode = "200", description = "What the reading did")
	@ApiResponse(responseCode = "400", description = "A field is missing or wrong (problem details naming it)")
	@ApiResponse(responseCode = "401", description = "No token, or not the named camera's (problem details)")
	SightingView receive(@RequestBody CameraEvent event,
			@RequestHeader(name = "Authorization", required = false) @Nullable String authorization) {
		String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7) : null;
		return cameras.receive(token, event);
	}

}
