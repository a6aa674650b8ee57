package com.guanjia.inspections;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What the butler records at a checkpoint (R11.2): an answer for every checklist item, a
 * note, whether the checkpoint's QR label was scanned, and photos of items.
 * {@code checkedAt} is left out on the phone (the time is now); a supervisor entering a
 * paper patrol sheet afterwards (补录) gives the time it was checked.
 */
@NamedInterface("api")
public record RecordVisit(List<ItemAnswer> answers, @Nullable String note, boolean scanned, List<PhotoUpload> photos,
		@Nullable Instant checkedAt) {

	/** A checkpoint recorded as it is checked. */
	public RecordVisit(List<ItemAnswer> answers, @Nullable String note, boolean scanned, List<PhotoUpload> photos) {
		this(answers, note, scanned, photos, null);
	}

}
