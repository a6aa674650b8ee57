package com.guanjia.platform.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes any list to an .xlsx sheet, streaming, so large lists do not fill the memory.
 * {@link #stream} writes straight to the HTTP response; {@link #download} builds the file
 * in a byte array first and is for small sheets only (templates, monthly summaries).
 */
public final class XlsxExport {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private XlsxExport() {
	}

	/** A column: its header and how to read its value from a row. */
	public record Column<T>(String header, Function<T, ?> value) {
	}

	/** One sheet of a workbook: its name, columns and rows. */
	public record Sheet<T>(String name, List<Column<T>> columns, Iterable<T> rows) {
	}

	public static <T> void write(OutputStream out, String sheetName, List<Column<T>> columns, Iterable<T> rows)
			throws IOException {
		write(out, List.of(new Sheet<>(sheetName, columns, rows)));
	}

	/**
	 * A workbook of several sheets, e.g. a report's summary, its breakdowns and its list.
	 */
	public static void write(OutputStream out, List<Sheet<?>> sheets) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			try {
				fill(workbook, sheets);
				workbook.write(out);
			}
			finally {
				// The rows beyond the window went to temporary files; remove them now.
				workbook.dispose();
			}
		}
	}

	private static void fill(SXSSFWorkbook workbook, List<Sheet<?>> sheets) {
		CellStyle header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		header.setFont(bold);
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		for (Sheet<?> sheet : sheets) {
			fill(workbook.createSheet(sheet.name()), sheet, header, date);
		}
	}

	private static <T> void fill(org.apache.poi.ss.usermodel.Sheet sheet, Sheet<T> data, CellStyle header,
			CellStyle date) {
		List<Column<T>> columns = data.columns();
		Row head = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(columns.get(c).header());
			cell.setCellStyle(header);
			sheet.setColumnWidth(c, 18 * 256);
		}
		int r = 1;
		for (T item : data.rows()) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < columns.size(); c++) {
				Object value = columns.get(c).value().apply(item);
				Cell cell = row.createCell(c);
				if (value == null) {
					continue;
				}
				if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof LocalDate day) {
					cell.setCellValue(day);
					cell.setCellStyle(date);
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		}
	}

	/** An HTTP download of a workbook of several sheets. */
	public static ResponseEntity<byte[]> download(String filename, List<Sheet<?>> sheets) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			write(body, sheets);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body.toByteArray());
	}

	/**
	 * Streams a workbook to the response as it is written (issue 9 item 6): SXSSF keeps a
	 * window of 200 rows in memory, the rest of the sheet goes to a temporary file and
	 * then to the response, so a list of 100,000 rows costs neither a workbook nor a byte
	 * array. Give rows that are read lazily (e.g. in chunks from the database) and
	 * nothing holds the whole list.
	 */
	public static void stream(HttpServletResponse response, String filename, List<Sheet<?>> sheets) throws IOException {
		response.setContentType(XLSX.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		write(response.getOutputStream(), sheets);
		response.flushBuffer();
	}

	/**
	 * Streams one sheet to the response; see
	 * {@link #stream(HttpServletResponse, String, List)}.
	 */
	public static <T> void stream(HttpServletResponse response, String filename, List<Column<T>> columns,
			Iterable<T> rows) throws IOException {
		stream(response, filename, List.of(new Sheet<>("Sheet1", columns, rows)));
	}

	/** An HTTP download of the sheet. */
	public static <T> ResponseEntity<byte[]> download(String filename, List<Column<T>> columns, Iterable<T> rows) {
		return download(filename, List.of(new Sheet<>("Sheet1", columns, rows)));
	}

}
