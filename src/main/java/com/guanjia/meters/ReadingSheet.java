package com.guanjia.meters;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.ValidationException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/**
 * Reads a month's readings from an .xlsx sheet: after a header row, one meter a row with
 * the columns 表号 (meter code), 读数 (reading), 抄表日期 (date, optional), 旧表止码 and 新表起码 (only
 * when the meter was replaced). An unreadable number becomes a row problem.
 */
public final class ReadingSheet {

	private ReadingSheet() {
	}

	public static List<ReadingCommand> parse(InputStream in, YearMonth period) {
		List<ReadingCommand> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				String code = text(format, row.getCell(0));
				if (code == null) {
					continue;
				}
				int n = row.getRowNum() + 1;
				rows.add(new ReadingCommand(code, period, number(format, row.getCell(1), n), date(row.getCell(2)),
						number(format, row.getCell(3), n), number(format, row.getCell(4), n)));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ValidationException v) {
				throw v;
			}
			throw ValidationException.of("file", "reading.import.unreadable");
		}
		return rows;
	}

	private static @Nullable String text(DataFormatter format, @Nullable Cell cell) {
		String s = cell == null ? "" : format.formatCellValue(cell).strip();
		return s.isEmpty() ? null : s;
	}

	private static @Nullable BigDecimal number(DataFormatter format, @Nullable Cell cell, int row) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC) {
			return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
		}
		String s = text(format, cell);
		if (s == null) {
			return null;
		}
		try {
			return new BigDecimal(s.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw ValidationException.of("row" + row, "reading.import.number", row, s);
		}
	}

	private static @Nullable LocalDate date(@Nullable Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String s = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
		return s.isEmpty() ? null : LocalDate.parse(s);
	}

}
