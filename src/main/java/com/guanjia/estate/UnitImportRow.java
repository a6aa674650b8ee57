package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One unit of a spreadsheet import. The building is named by its code and created when it
 * does not exist yet. {@code unit.buildingId()} is ignored.
 */
@NamedInterface("api")
public record UnitImportRow(int rowNumber, @Nullable String buildingCode, @Nullable String buildingName,
		UnitCommand unit) {
}
