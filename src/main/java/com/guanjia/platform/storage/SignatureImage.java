package com.guanjia.platform.storage;

import java.util.Base64;

import com.guanjia.shared.ValidationException;

/**
 * A signature drawn on the signature pad ({@code static/js/signature.js}), sent as a PNG
 * data URL: decoded and checked to be a PNG of a sensible size.
 */
public final class SignatureImage {

	static final int MAX_BYTES = 512 * 1024;

	private static final String PREFIX = "data:image/png;base64,";

	private SignatureImage() {
	}

	/**
	 * The PNG's bytes; a text that is not a PNG data URL of 100 bytes to 512 KB is
	 * refused naming {@code field}.
	 */
	public static byte[] decode(String dataUrl, String field) {
		if (!dataUrl.startsWith(PREFIX)) {
			throw ValidationException.of(field, "validation.signature.format");
		}
		byte[] png;
		try {
			png = Base64.getDecoder().decode(dataUrl.substring(PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw ValidationException.of(field, "validation.signature.format");
		}
		if (png.length < 100 || png.length > MAX_BYTES || FileType.sniff(png) != FileType.PNG) {
			throw ValidationException.of(field, "validation.signature.format");
		}
		return png;
	}

}
