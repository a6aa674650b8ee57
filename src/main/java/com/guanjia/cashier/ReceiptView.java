package com.guanjia.cashier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.billing.ChargeItem;
import com.guanjia.shared.Money;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A receipt as printed: its number, what was paid and how, and whether it was voided. A
 * fee not tied to a unit's bill (issue 14) has no unit: {@code unitLabel} names its payer
 * (a plate) and {@code purpose} what it paid for.
 */
@NamedInterface("api")
public record ReceiptView(long id, long communityId, String number, long paymentId, @Nullable Long unitId,
		String unitLabel, PaymentMethod method, Money amount, Money tendered, Money change, Money prepaid,
		@Nullable String reference, String cashier, LocalDate businessDay, Instant issuedAt, List<Item> items,
		@Nullable VoidStatus voidStatus, @Nullable String voidReason, @Nullable FeePurpose purpose) {

	public boolean isVoid() {
		return voidStatus == VoidStatus.DONE;
	}

	/** Whether a void may be asked for now (the page's button asks here). */
	public boolean voidRequestable() {
		return VoidStatus.allowsRequest(voidStatus);
	}

	/** Whether a void waits for a second person's approval. */
	public boolean voidApprovable() {
		return VoidStatus.allowsApproval(voidStatus);
	}

	/** The schema name in the OpenAPI document (another class is named Item). */
	@Schema(name = "ReceiptItem")
	public record Item(ChargeItem item, LocalDate period, Money amount) {
	}

	/** 2026-000123: the year and the number within it. */
	public static String format(int year, int number) {
		return "%d-%06d".formatted(year, number);
	}

}
