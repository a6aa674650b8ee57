package com.guanjia.cashier;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Pays the selected open lines of a unit, and optionally money ahead ({@code prepayment},
 * held as credit). Cash names what was tendered, so the change is computed. The
 * idempotency key is made once per payment form or API call: a retry with the same key
 * returns the first result.
 */
@NamedInterface("api")
public record PaymentCommand(long unitId, @Nullable List<Long> lineIds, @Nullable PaymentMethod method,
		@Nullable BigDecimal tendered, @Nullable BigDecimal prepayment, @Nullable String reference,
		@Nullable String idempotencyKey) {

	public void validate() {
		Problems p = new Problems();
		p.required("method", method);
		p.text("idempotencyKey", idempotencyKey, 80);
		p.check((lineIds != null && !lineIds.isEmpty()) || (prepayment != null && prepayment.signum() > 0), "lineIds",
				"payment.noLines");
		money(p, "tendered", tendered);
		money(p, "prepayment", prepayment);
		p.optionalText("reference", reference, 60);
		p.check(method != PaymentMethod.CASH || tendered != null, "tendered", "validation.required");
		p.throwIfAny();
	}

	static void money(Problems p, String field, @Nullable BigDecimal value) {
		if (value != null) {
			p.check(value.signum() >= 0, field, "payment.amountPositive");
			p.check(value.stripTrailingZeros().scale() <= 2, field, "validation.scale2");
			p.check(Money.inRange(value), field, "validation.money.range");
		}
	}

	Money prepaymentOrZero() {
		return prepayment == null ? Money.ZERO : Money.of(prepayment);
	}

	List<Long> lines() {
		return lineIds == null ? List.of() : lineIds;
	}

}
