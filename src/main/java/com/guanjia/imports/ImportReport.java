package com.guanjia.imports;

import java.util.List;

/**
 * What an import did or would do. {@code imported} is false when any row has a problem:
 * then nothing was saved (all or nothing).
 */
public record ImportReport(int rows, boolean imported, int units, int buildings, int owners,
		List<RowProblem> problems) {

	/**
	 * A rejected cell: the sheet's row number, the column's field name, a message key and
	 * the cell's text.
	 */
	public record RowProblem(int row, String field, String code, List<Object> args, String value) {
	}

}
