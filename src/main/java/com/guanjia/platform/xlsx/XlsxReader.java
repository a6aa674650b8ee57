package com.guanjia.platform.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file as a stream of rows (POI's event model: the
 * sheet's XML is parsed with SAX, never built into a workbook), so a large upload costs
 * its shared strings and the rows the caller keeps, not a gigabyte of cell objects (issue
 * 9 item 5). The row limit is enforced while reading: the row after the limit stops the
 * parse.
 * <p>
 * Cell texts are uniform: dates as yyyy-MM-dd, numbers without grouping or exponent (a
 * phone stored as a number reads 13812345678), formulas as their cached result.
 */
public final class XlsxReader {

	private XlsxReader() {
	}

	/** Receives the rows in order; blank rows are skipped. */
	@FunctionalInterface
	public interface RowHandler {

		/**
		 * One row: its 0-based index in the sheet and the cell texts by 0-based column
		 * ("" for an empty cell).
		 */
		void row(int index, List<String> cells);

	}

	/** The file is not an .xlsx workbook with a sheet. */
	public static final class UnreadableException extends RuntimeException {

		UnreadableException(Throwable cause) {
			super("not a readable .xlsx file", cause);
		}

	}

	/** The sheet has more non-blank rows than allowed (the header row included). */
	public static final class TooManyRowsException extends RuntimeException {

		private final int limit;

		TooManyRowsException(int limit) {
			super("more than " + limit + " rows");
			this.limit = limit;
		}

		public int limit() {
			return limit;
		}

	}

	/**
	 * Reads the first sheet, handing each non-blank row to {@code handler}; stops with
	 * {@link TooManyRowsException} at the row after {@code maxRows} non-blank rows. The
	 * upload is copied to a temporary file first so the zip is read by random access, not
	 * inflated into memory.
	 */
	public static void read(InputStream in, int maxRows, RowHandler handler) {
		Path file = null;
		try {
			file = Files.createTempFile("guanjia-xlsx-", ".xlsx");
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			read(file, maxRows, handler);
		}
		catch (IOException ex) {
			throw new UnreadableException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// A temporary file left behind is removed with the temp directory.
				}
			}
		}
	}

	/** As {@link #read(InputStream, int, RowHandler)}, from a file. */
	public static void read(Path file, int maxRows, RowHandler handler) {
		// A zip bomb (a tiny file inflating to gigabytes) is refused by POI's ratio
		// check.
		ZipSecureFile.setMinInflateRatio(0.005);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			var sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new UnreadableException(new IOException("no sheet"));
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new Rows(maxRows, handler), new UniformFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (Abort abort) {
			throw abort.reason;
		}
		catch (Exception ex) {
			if (ex.getCause() instanceof Abort abort) {
				throw abort.reason;
			}
			if (ex instanceof UnreadableException unreadable) {
				throw unreadable;
			}
			throw new UnreadableException(ex);
		}
	}

	/**
	 * Carries what stopped the parse — the row limit or the handler's own exception — out
	 * of the SAX parser, told apart from a broken file.
	 */
	private static final class Abort extends RuntimeException {

		final RuntimeException reason;

		Abort(RuntimeException reason) {
			super(reason.getMessage(), null, false, false);
			this.reason = reason;
		}

	}

	/** Collects a row's cells and hands the row on when it ends. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;

		private final RowHandler handler;

		private final List<@Nullable String> cells = new ArrayList<>();

		private int count;

		Rows(int maxRows, RowHandler handler) {
			this.maxRows = maxRows;
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(@Nullable String reference, @Nullable String value, @Nullable XSSFComment comment) {
			if (reference == null || value == null || value.isBlank()) {
				return;
			}
			int column = new CellReference(reference).getCol();
			while (cells.size() <= column) {
				cells.add("");
			}
			cells.set(column, value);
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.isEmpty()) {
				return;
			}
			if (++count > maxRows) {
				throw new Abort(new TooManyRowsException(maxRows));
			}
			String[] row = cells.toArray(String[]::new);
			try {
				handler.row(rowNum, Arrays.asList(row));
			}
			catch (RuntimeException ex) {
				throw new Abort(ex);
			}
		}

	}

	/**
	 * Dates as yyyy-MM-dd and plain numbers whatever the cell's format, so parsing does
	 * not depend on the user's Excel settings.
	 */
	private static final class UniformFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value, use1904).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

}
