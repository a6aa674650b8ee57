package com.guanjia.platform.storage;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The file types uploads may have, recognised by their first bytes (magic numbers), never
 * by the name or the content type a browser claims.
 */
public enum FileType {

	PDF("application/pdf", "PDF", "pdf"), JPEG("image/jpeg", "JPG", "jpg", "jpeg"), PNG("image/png", "PNG", "png"),
	WEBP("image/webp", "WebP", "webp");

	private final String contentType;

	private final String label;

	private final String[] extensions;

	FileType(String contentType, String label, String... extensions) {
		this.contentType = contentType;
		this.label = label;
		this.extensions = extensions;
	}

	public String contentType() {
		return contentType;
	}

	/** How people name the type ("JPG", "PDF"). */
	public String label() {
		return label;
	}

	/** What the content is, or null when it is none of these types. */
	public static @Nullable FileType sniff(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (content.length >= 12 && startsWith(content, 'R', 'I', 'F', 'F') && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return WEBP;
		}
		return null;
	}

	/** Whether the file name's extension, if it has one, fits the content. */
	public boolean fitsName(String filename) {
		int dot = filename.lastIndexOf('.');
		if (dot < 0) {
			return true;
		}
		String ext = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		for (String e : extensions) {
			if (e.equals(ext)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
