package com.guanjia.cashier;

import java.math.BigDecimal;

import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A fee paid at once without a unit's bill (issue 14): what for, who pays (a plate, a
 * card holder), how much, how; cash names what was tendered. The idempotency key is made
 * once per fee by the caller (e.g. one per car-park stay), so a retry returns the first
 * receipt.
 */
@NamedInterface("api")
public record FeePayment(@Nullable FeePurpose purpose, @Nullable String payer, @Nullable BigDecimal amount,
		@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String reference,
		@Nullable String idempotencyKey) {

	void validate() {
		Problems p = new Problems();
		p.required("purpose", purpose);
		p.text("payer", payer, 60);
		p.required("amount", amount);
		p.required("method", method);
		p.text("idempotencyKey", idempotencyKey, 80);
		if (amount != null) {
			p.check(amount.signum() > 0, "amount", "payment.amountPositive");
			p.check(amount.stripTrailingZeros().scale() <= 2, "amount", "validation.scale2");
		}
		PaymentCommand.money(p, "tendered", tendered);
		p.optionalText("reference", reference, 60);
		p.check(method != PaymentMethod.CASH || tendered != null, "tendered", "validation.required");
		p.throwIfAny();
	}

	Money money() {
		return Money.of(amount);
	}

}
