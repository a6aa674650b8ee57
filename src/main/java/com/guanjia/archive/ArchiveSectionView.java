package com.guanjia.archive;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One owners' section of a unit's archive (R1.4): opened when the unit got its owners,
 * closed (and kept) when the ownership changed, with its documents in the order they were
 * filed. {@code number} 0 holds what was filed before the unit had owners.
 */
@NamedInterface("api")
public record ArchiveSectionView(long id, int number, String owners, LocalDate openedOn, @Nullable LocalDate closedOn,
		List<DocumentView> documents) {

	public boolean current() {
		return closedOn == null;
	}

}
