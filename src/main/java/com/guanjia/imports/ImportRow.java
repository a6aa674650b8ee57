package com.guanjia.imports;

import java.util.Map;

/**
 * One data row of the sheet: its 1-based row number as Excel shows it, and the cell texts
 * by column key.
 */
record ImportRow(int rowNumber, Map<Column, String> cells) {

	String get(Column column) {
		String value = cells.get(column);
		return value == null ? "" : value.strip();
	}

	boolean isBlank() {
		return cells.values().stream().allMatch(v -> v == null || v.isBlank());
	}

}
