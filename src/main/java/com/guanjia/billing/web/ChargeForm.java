package com.guanjia.billing.web;

import java.math.BigDecimal;

import com.guanjia.billing.ChargeItem;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A one-off charge to a unit from its fee panel: renovation garbage removal, a paid
 * repair (R6.2).
 */
public class ChargeForm {

	private @Nullable ChargeItem item;

	private @Nullable BigDecimal amount;

	private @Nullable String reason;

	/** The amount as money, or the fields that keep it from being one. */
	Money money() {
		new Problems().required("item", item)
			.required("amount", amount)
			.check(amount == null || amount.stripTrailingZeros().scale() <= 2, "amount", "validation.money.scale")
			.throwIfAny();
		return Money.of(amount);
	}

	public @Nullable ChargeItem getItem() {
		return item;
	}

	public void setItem(@Nullable ChargeItem item) {
		this.item = item;
	}

	public @Nullable BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(@Nullable BigDecimal amount) {
		this.amount = amount;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

}
