package com.guanjia.imports;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.xlsx.XlsxReader;
import com.guanjia.shared.ValidationException;

/**
 * Reads the first sheet of an .xlsx file into rows keyed by recognised column, as a
 * stream ({@link XlsxReader}): the workbook is never built in memory, and a sheet with
 * more rows than the limit is refused at the row after it (issue 9 item 5).
 */
final class EstateSheet {

	private EstateSheet() {
	}

	/**
	 * The data rows (blank rows left out), or a problem naming {@code file}: no header, a
	 * required column missing, more than {@code maxRows} data rows, not an .xlsx file.
	 */
	static List<ImportRow> read(InputStream in, int maxRows) {
		List<ImportRow> rows = new ArrayList<>();
		Map<Integer, Column> columns = new HashMap<>();
		try {
			// The header row counts too: maxRows data rows plus the header.
			XlsxReader.read(in, maxRows + 1, (index, cells) -> {
				if (columns.isEmpty()) {
					header(cells, columns);
					return;
				}
				Map<Column, String> byColumn = new EnumMap<>(Column.class);
				columns.forEach((i, column) -> {
					if (i < cells.size() && !cells.get(i).isBlank()) {
						byColumn.put(column, cells.get(i));
					}
				});
				ImportRow row = new ImportRow(index + 1, byColumn);
				if (!row.isBlank()) {
					rows.add(row);
				}
			});
		}
		catch (XlsxReader.TooManyRowsException ex) {
			throw ValidationException.of("file", "import.tooManyRows", maxRows);
		}
		catch (XlsxReader.UnreadableException ex) {
			throw ValidationException.of("file", "import.notXlsx");
		}
		if (columns.isEmpty()) {
			throw ValidationException.of("file", "import.emptySheet");
		}
		return rows;
	}

	private static void header(List<String> cells, Map<Integer, Column> columns) {
		for (int i = 0; i < cells.size(); i++) {
			Column c = Column.of(cells.get(i));
			if (c != null) {
				columns.put(i, c);
			}
		}
		for (Column c : Column.values()) {
			if (c.required() && !columns.containsValue(c)) {
				throw ValidationException.of("file", "import.missingColumn", c.header());
			}
		}
	}

	static LocalDate date(String text) {
		String t = text.strip()
			.replace('/', '-')
			.replace('.', '-')
			.replace("年", "-")
			.replace("月", "-")
			.replace("日", "");
		String[] parts = t.split("-");
		if (parts.length != 3) {
			throw new IllegalArgumentException(text);
		}
		return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
	}

}
