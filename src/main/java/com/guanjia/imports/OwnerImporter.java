package com.guanjia.imports;

import java.util.List;
import java.util.Map;

import com.guanjia.shared.FieldProblem;

/** Checks and imports the owner columns of the sheet (implemented over the residents module). */
interface OwnerImporter {

	/** Problems per row number; rows without an owner name are skipped. */
	Map<Integer, List<FieldProblem>> checkOwners(long communityId, List<ImportRow> rows);

	/** Registers the owners of the imported units; returns how many were registered. */
	int importOwners(long communityId, List<ImportRow> rows, Map<Integer, Long> unitIdsByRow);

}
