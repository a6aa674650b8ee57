package com.guanjia.archive;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The file types the archive accepts, recognised by their first bytes, not by their
 * names.
 */
enum FileKind {

	PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

	final String contentType;

	final String[] extensions;

	FileKind(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	/**
	 * What the content is (by its magic number), or null when it is none of the accepted
	 * types.
	 */
	static @Nullable FileKind sniff(byte[] content) {
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		return null;
	}

	/** Whether the file name's extension (if any) fits the content. */
	boolean fitsName(String filename) {
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
