package com.guanjia.imports;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.guanjia.shared.ValidationException;

/** Reads the first sheet of an .xlsx file into rows keyed by recognised column. */
final class EstateSheet {

	/**
	 * The largest sheet accepted in one file; bigger estates are imported in several
	 * files.
	 */
	static final int MAX_ROWS = 50_000;

	private static final DataFormatter FORMATTER = new DataFormatter();

	private EstateSheet() {
	}

	static List<ImportRow> read(InputStream in) {
		ZipSecureFile.setMinInflateRatio(0.005);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				throw ValidationException.of("file", "import.emptySheet");
			}
			Map<Integer, Column> columns = new java.util.HashMap<>();
			for (Cell cell : header) {
				Column c = Column.of(FORMATTER.formatCellValue(cell));
				if (c != null) {
					columns.put(cell.getColumnIndex(), c);
				}
			}
			for (Column c : Column.values()) {
				if (c.required() && !columns.containsValue(c)) {
					throw ValidationException.of("file", "import.missingColumn", c.header());
				}
			}
			if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
				throw ValidationException.of("file", "import.tooManyRows", MAX_ROWS);
			}
			List<ImportRow> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<Column, String> cells = new EnumMap<>(Column.class);
				columns.forEach((index, column) -> cells.put(column, text(row.getCell(index))));
				ImportRow importRow = new ImportRow(r + 1, cells);
				if (!importRow.isBlank()) {
					rows.add(importRow);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ValidationException validation) {
				throw validation;
			}
			throw ValidationException.of("file", "import.notXlsx");
		}
	}

	/**
	 * A cell as text; dates as yyyy-MM-dd and numbers without grouping, so parsing is
	 * uniform.
	 */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		}
		return FORMATTER.formatCellValue(cell);
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
