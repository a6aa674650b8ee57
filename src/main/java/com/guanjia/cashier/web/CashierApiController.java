package com.guanjia.cashier.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.CloseBreakdown;
import com.guanjia.cashier.CloseCommand;
import com.guanjia.cashier.DailyCloseView;
import com.guanjia.cashier.DailyCloses;
import com.guanjia.cashier.DepositView;
import com.guanjia.cashier.Deposits;
import com.guanjia.cashier.Invoices;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Payments, receipts, deposits and daily closes as JSON (R6.3, R6.5, R6.6). */
@RestController
@RequestMapping("/api")
@Tag(name = "cashier", description = "Payments, receipts, voids, deposits and the daily close (R6.3, R6.5, R6.6)")
class CashierApiController {

	private final Cashier cashier;

	private final DailyCloses closes;

	private final Deposits deposits;

	private final Invoices invoices;

	CashierApiController(Cashier cashier, DailyCloses closes, Deposits deposits, Invoices invoices) {
		this.invoices = invoices;
		this.cashier = cashier;
		this.closes = closes;
		this.deposits = deposits;
	}

	record PaymentRequest(long unitId, @Nullable List<Long> lineIds, @Nullable PaymentMethod method,
			@Nullable BigDecimal tendered, @Nullable BigDecimal prepayment, @Nullable String reference,
			@Nullable String idempotencyKey) {

		PaymentCommand toCommand(@Nullable String headerKey) {
			return new PaymentCommand(unitId, lineIds, method, tendered, prepayment, reference,
					headerKey != null ? headerKey : idempotencyKey);
		}

	}

	/**
	 * Pays bills; send the same {@code Idempotency-Key} on a retry and the first receipt
	 * comes back.
	 */
	@PostMapping("/payments")
	@ResponseStatus(HttpStatus.CREATED)
	ReceiptView pay(@RequestBody PaymentRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return cashier.pay(request.toCommand(key));
	}

	@GetMapping("/receipts/{id}")
	ReceiptView receipt(@PathVariable long id) {
		return cashier.receipt(id);
	}

	@GetMapping("/units/{id}/receipts")
	List<ReceiptView> receiptsOfUnit(@PathVariable long id) {
		return cashier.receiptsOfUnit(id);
	}

	/** The schema name in the OpenAPI document (another class is named ReasonRequest). */
	@Schema(name = "CashierReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/receipts/{id}/void-request")
	ReceiptView requestVoid(@PathVariable long id, @RequestBody ReasonRequest request) {
		return cashier.requestVoid(id, request.reason());
	}

	@PostMapping("/receipts/{id}/void-approval")
	ReceiptView approveVoid(@PathVariable long id) {
		return cashier.approveVoid(id);
	}

	@GetMapping("/daily-closes")
	List<DailyCloseView> closes(@RequestParam long communityId) {
		return closes.recent(communityId);
	}

	@GetMapping("/daily-closes/{id}")
	@Operation(summary = "A daily close of the caller's communities, with its figures and who confirmed it")
	DailyCloseView dailyClose(@PathVariable long id) {
		return closes.get(id);
	}

	@GetMapping("/daily-closes/today")
	DailyCloseView today(@RequestParam long communityId) {
		return closes.today(communityId);
	}

	/**
	 * Closes the caller's day; the figures — red reversals, refunds paid out and the
	 * invoice numbers recorded for the day's receipts included — come from the records.
	 * The schema name in the OpenAPI document (the car park's shift has a CloseRequest).
	 */
	@Schema(name = "DailyCloseRequest")
	record CloseRequest(long communityId, DailyCloseView.@Nullable HandedTo handedTo, @Nullable String note) {
	}

	@PostMapping("/daily-closes")
	@ResponseStatus(HttpStatus.CREATED)
	DailyCloseView close(@RequestBody CloseRequest r) {
		return closes.close(r.communityId(), new CloseCommand(r.handedTo(), r.note()));
	}

	@GetMapping("/daily-closes/{id}/breakdown")
	@Operation(summary = "A close line by line (receipts, red reversals, refunds, invoices), for finance to check")
	CloseBreakdown breakdown(@PathVariable long id) {
		return closes.breakdown(id);
	}

	record InvoiceRequest(@Nullable String number, @Nullable LocalDate issuedOn) {
	}

	@PostMapping("/receipts/{id}/invoices")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records an invoice the tax system issued for a receipt (number and date)")
	ReceiptView recordInvoice(@PathVariable long id, @RequestBody InvoiceRequest r) {
		return invoices.record(id, r.number(), r.issuedOn());
	}

	@PostMapping(path = "/invoices/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Imports invoice numbers from the tax system's .xlsx (收据编号, 发票号码, 开票日期)")
	Invoices.ImportResult importInvoices(@RequestParam long communityId, @RequestParam("file") MultipartFile file)
			throws java.io.IOException {
		try (var in = file.getInputStream()) {
			return invoices.importXlsx(communityId, in);
		}
	}

	@PostMapping("/daily-closes/{id}/confirmation")
	DailyCloseView confirm(@PathVariable long id) {
		return closes.confirm(id);
	}

	record DepositRequest(long unitId, @Nullable String purpose, @Nullable BigDecimal amount) {
	}

	@GetMapping("/deposits/{id}")
	@Operation(summary = "A deposit of the caller's communities, with its status")
	DepositView deposit(@PathVariable long id) {
		return deposits.get(id);
	}

	@GetMapping("/units/{id}/deposits")
	@Operation(summary = "The deposits of a unit")
	List<DepositView> depositsOfUnit(@PathVariable long id) {
		return deposits.ofUnit(id);
	}

	@PostMapping("/deposits")
	@ResponseStatus(HttpStatus.CREATED)
	DepositView requestDeposit(@RequestBody DepositRequest r) {
		return deposits.request(r.unitId(), r.purpose(), r.amount());
	}

	record TakeRequest(PaymentMethod method, @Nullable BigDecimal tendered) {
	}

	@PostMapping("/deposits/{id}/payment")
	ReceiptView takeDeposit(@PathVariable long id, @RequestBody TakeRequest r,
			@RequestHeader("Idempotency-Key") String key) {
		return deposits.take(id, r.method(), r.tendered() == null ? BigDecimal.ZERO : r.tendered(), key);
	}

	@PostMapping("/deposits/{id}/refund-request")
	DepositView requestRefund(@PathVariable long id, @RequestBody ReasonRequest r) {
		return deposits.requestRefund(id, r.reason());
	}

	/** Finance approves and signs a refund (FINANCE_CONFIRM); nothing is paid yet. */
	@PostMapping("/deposits/{id}/refund-approval")
	DepositView approveRefund(@PathVariable long id) {
		return deposits.approveRefund(id);
	}

	record RefundPaymentRequest(@Nullable PaymentMethod method) {
	}

	/** A cashier pays an approved refund out today: an outflow of that day's handover. */
	@PostMapping("/deposits/{id}/refund-payment")
	DepositView payRefund(@PathVariable long id, @RequestBody RefundPaymentRequest r) {
		return deposits.payRefund(id, r.method());
	}

}
