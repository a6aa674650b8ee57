package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

/**
 * One unit of a spreadsheet import. The building is named by its code and created when it
 * does not exist yet. {@code unit.buildingId()} is ignored.
 */
public record UnitImportRow(int rowNumber, @Nullable String buildingCode, @Nullable String buildingName,
		UnitCommand unit) {
}
