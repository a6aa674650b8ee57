package com.guanjia.movein;

import java.util.List;

import com.guanjia.archive.DocumentType;
import org.jspecify.annotations.Nullable;

/**
 * The completeness check of a unit's archive (R1.4, R8.5): the current owners' section,
 * what it must hold (after their move-in case {@code caseId} of {@code kind}, or the
 * baseline when they had none), what it holds and what is missing. A unit without owners
 * needs nothing.
 */
public record ArchiveCheckView(long unitId, String unitLabel, @Nullable String owners, @Nullable Long caseId,
		@Nullable ApplicantKind kind, boolean custody, List<DocumentType> required, List<DocumentType> present,
		List<DocumentType> missing, boolean complete) {

	static ArchiveCheckView of(long unitId, String unitLabel, @Nullable String owners, @Nullable Long caseId,
			@Nullable ApplicantKind kind, boolean custody, List<DocumentType> required, List<DocumentType> present,
			List<DocumentType> missing) {
		return new ArchiveCheckView(unitId, unitLabel, owners, caseId, kind, custody, required, present, missing,
				missing.isEmpty());
	}

}
