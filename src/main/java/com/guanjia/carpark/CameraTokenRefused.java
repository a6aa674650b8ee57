package com.guanjia.carpark;

import com.guanjia.shared.DomainException;

/**
 * A camera's request without a valid token for the camera it names: answered 401 with
 * problem details, nothing recorded.
 */
final class CameraTokenRefused extends DomainException {

	CameraTokenRefused() {
		super("carpark.camera.token");
	}

	@Override
	public int status() {
		return 401;
	}

}
