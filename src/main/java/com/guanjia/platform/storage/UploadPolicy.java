package com.guanjia.platform.storage;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * What each kind of upload may be: its types, recognised by content ({@link FileType}),
 * and its size limit, below the servlet's multipart limit (10 MB a file). A module checks
 * an upload against its policy before it writes anything, so a bad file is refused with a
 * message naming the form's field and nothing is half-saved.
 */
public enum UploadPolicy {

	/**
	 * Scanned papers for a unit's archive (ID copies, contracts, authorisations): PDF or
	 * an image, at most 10 MB.
	 */
	DOCUMENT(10, EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG)),
	/** Photos of a defect or a finding: JPG, PNG or WebP, at most 5 MB. */
	PHOTO(5, EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP));

	private final int maxMegabytes;

	private final Set<FileType> types;

	UploadPolicy(int maxMegabytes, Set<FileType> types) {
		this.maxMegabytes = maxMegabytes;
		this.types = types;
	}

	public long maxBytes() {
		return maxMegabytes * 1024L * 1024L;
	}

	public Set<FileType> types() {
		return types;
	}

	/**
	 * Adds what is wrong with the file to {@code p} under {@code field} (empty, too
	 * large, not one of the types, or an extension that does not fit its content) and
	 * answers its type, or null when it is refused.
	 */
	public @Nullable FileType check(Problems p, String field, @Nullable String filename, byte @Nullable [] content) {
		if (content == null || content.length == 0) {
			p.add(field, "upload.empty");
			return null;
		}
		if (content.length > maxBytes()) {
			p.add(field, "upload.fileTooLarge", maxMegabytes);
			return null;
		}
		FileType type = FileType.sniff(content);
		if (type == null || !types.contains(type)) {
			p.add(field, "upload.type", types.stream().map(FileType::label).collect(Collectors.joining("、")));
			return null;
		}
		if (filename != null && !type.fitsName(filename)) {
			p.add(field, "upload.extension", type.label());
			return null;
		}
		return type;
	}

	/** The name without any path a browser sent, at most 255 characters. */
	public static String cleanName(@Nullable String filename, String fallback) {
		String name = filename == null ? "" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = fallback;
		}
		return name.length() <= 255 ? name : name.substring(name.length() - 255);
	}

}
