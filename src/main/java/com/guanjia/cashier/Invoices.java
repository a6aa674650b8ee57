package com.guanjia.cashier;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Invoices (发票, R6.10) are issued by the tax system, not by Guanjia (issue 10 decision):
 * the cashier records the invoice number and the date it was issued against a receipt,
 * typed or imported from the tax system's .xlsx export, and the daily close shows the
 * ranges from these records. An invoice number is recorded once per community; a voided
 * or red receipt takes none.
 */
@Service
@Transactional
@NamedInterface("api")
public class Invoices {

	/** At most this many rows per imported sheet (a day's or a month's invoices). */
	static final int MAX_ROWS = 5_000;

	private final InvoiceRepository invoices;

	private final ReceiptBook receipts;

	private final Cashier cashier;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	Invoices(InvoiceRepository invoices, ReceiptBook receipts, Cashier cashier, CommunityDirectory communities,
			CommunityScope scope, AuditTrail audit, Clock clock) {
		this.invoices = invoices;
		this.receipts = receipts;
		this.cashier = cashier;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records an invoice the tax system issued for a receipt. */
	public ReceiptView record(long receiptId, @Nullable String number, @Nullable LocalDate issuedOn) {
		scope.require(Permission.CASHIER_TAKE);
		ReceiptView receipt = cashier.receipt(receiptId);
		long c = receipt.communityId();
		Problems p = new Problems();
		check(p, "number", "issuedOn", number, issuedOn, today(c));
		p.throwIfAny();
		store(receipt, number.strip(), issuedOn);
		return cashier.receipt(receiptId);
	}

	/** What an import did: how many invoices it recorded. */
	public record ImportResult(int recorded) {
	}

	/**
	 * Imports the tax system's sheet: a header row, then 收据编号 (2026-000123), 发票号码 and
	 * 开票日期 per row. Every row is checked first; with any bad row nothing is recorded and
	 * the problems name the rows.
	 */
	public ImportResult importXlsx(long communityId, InputStream in) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(communityId);
		List<Parsed> rows = read(in);
		LocalDate today = today(communityId);
		Problems p = new Problems();
		List<ReceiptView> found = new ArrayList<>();
		for (Parsed row : rows) {
			String field = "row" + row.number();
			Optional<Long> receiptId = row.receipt() == null ? Optional.empty()
					: receipts.idOf(communityId, row.receipt());
			p.check(receiptId.isPresent(), field, "invoice.unknownReceipt", row.number(),
					row.receipt() == null ? "" : row.receipt());
			check(p, field, field, row.invoice(), row.issuedOn(), today);
			found.add(receiptId.map(cashier::receipt).orElse(null));
		}
		p.throwIfAny();
		for (int i = 0; i < rows.size(); i++) {
			store(found.get(i), rows.get(i).invoice().strip(), rows.get(i).issuedOn());
		}
		return new ImportResult(rows.size());
	}

	private void store(ReceiptView receipt, String number, LocalDate issuedOn) {
		if (receipt.isVoid() || receipt.isRed() || receipt.reversedBy() != null) {
			throw new RuleViolationException("invoice.receiptCorrected", receipt.number());
		}
		if (!invoices.insert(receipt.communityId(), receipt.id(), number, issuedOn, scope.actor(), clock.instant())) {
			throw new ConflictException("invoice.duplicate", number);
		}
		audit.record(receipt.communityId(), "receipt", receipt.id(), "invoice", number + " " + issuedOn);
	}

	private static void check(Problems p, String numberField, String dateField, @Nullable String number,
			@Nullable LocalDate issuedOn, LocalDate today) {
		p.text(numberField, number, 40);
		p.check(number == null || number.strip().matches("[0-9A-Za-z-]+"), numberField, "invoice.number.invalid");
		p.required(dateField, issuedOn);
		p.check(issuedOn == null || !issuedOn.isAfter(today), dateField, "invoice.future");
	}

	private record Parsed(int number, @Nullable String receipt, @Nullable String invoice,
			@Nullable LocalDate issuedOn) {
	}

	private static List<Parsed> read(InputStream in) {
		List<Parsed> rows = new ArrayList<>();
		DataFormatter text = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0 || isBlank(row, text)) {
					continue;
				}
				if (rows.size() >= MAX_ROWS) {
					throw ValidationException.of("file", "invoice.tooManyRows", MAX_ROWS);
				}
				rows.add(new Parsed(row.getRowNum() + 1, cell(row, 0, text), cell(row, 1, text),
						date(row.getCell(2), text)));
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ValidationException v) {
				throw v;
			}
			throw ValidationException.of("file", "invoice.badFile");
		}
		if (rows.isEmpty()) {
			throw ValidationException.of("file", "invoice.emptyFile");
		}
		return rows;
	}

	private static boolean isBlank(Row row, DataFormatter text) {
		for (int i = 0; i < 3; i++) {
			if (cell(row, i, text) != null) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable String cell(Row row, int i, DataFormatter text) {
		Cell cell = row.getCell(i);
		if (cell == null) {
			return null;
		}
		String value = text.formatCellValue(cell).strip();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable LocalDate date(@Nullable Cell cell, DataFormatter text) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		try {
			return LocalDate.parse(text.formatCellValue(cell).strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

}
