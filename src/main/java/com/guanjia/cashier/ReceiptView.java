package com.guanjia.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.ChargeItem;
import com.guanjia.shared.Money;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

import org.springframework.modulith.NamedInterface;

/**
 * A receipt as printed (R6.3, issue 10 item 16): its number; who received the money
 * (收款单位: the company and the community); the payer; what was paid and how, in figures and
 * in Chinese capitals (大写金额); the cashier by name; whether it was voided or corrected by
 * a red reversal (红冲) — or, for a red receipt, which receipt it reverses; the invoices
 * the tax system issued for it. A fee not tied to a unit's bill (issue 14) has no unit:
 * {@code unitLabel} names its payer (a plate) and {@code purpose} what it paid for.
 */
@NamedInterface("api")
public record ReceiptView(long id, long communityId, String number, long paymentId, @Nullable Long unitId,
		String unitLabel, PaymentMethod method, Money amount, Money tendered, Money change, Money prepaid,
		@Nullable String reference, String cashier, LocalDate businessDay, Instant issuedAt, List<Item> items,
		@Nullable VoidStatus voidStatus, @Nullable String voidReason, Payee payee, List<String> payers,
		String amountInCapitals, String cashierName, @Nullable String reverses, @Nullable String reversedBy,
		boolean dayClosed, List<Invoice> invoices, @Nullable FeePurpose purpose) {

	public boolean isVoid() {
		return voidStatus == VoidStatus.DONE;
	}

	/** A red receipt (红冲) reversing an earlier one. */
	public boolean isRed() {
		return reverses != null;
	}

	/**
	 * Whether a correction may be asked for now (the page's button asks here): a void
	 * while its day is open, a red reversal once it is closed; never of a red receipt.
	 */
	public boolean voidRequestable() {
		return !isRed() && VoidStatus.allowsRequest(voidStatus);
	}

	/** Whether a correction waits for a second person's approval. */
	public boolean voidApprovable() {
		return VoidStatus.allowsApproval(voidStatus);
	}

	/** 收款单位: the company and the community's management office. */
	public record Payee(String company, String community) {
	}

	/** The schema name in the OpenAPI document (another class is named Item). */
	@Schema(name = "ReceiptItem")
	public record Item(ChargeItem item, LocalDate period, Money amount) {
	}

	/** An invoice (发票) the tax system issued for the receipt, as recorded. */
	public record Invoice(String number, LocalDate issuedOn) {
	}

	/** 2026-000123: the year and the number within it. */
	public static String format(int year, int number) {
		return "%d-%06d".formatted(year, number);
	}

}
