package com.guanjia.billing;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One tier of a metered price: consumption up to {@code upTo} (exclusive of the previous
 * tier's limit) costs {@code price} per m³ or kWh; the last tier has no limit.
 */
public record PriceTier(@Nullable BigDecimal upTo, BigDecimal price) {

	public PriceTier {
		if (price == null || price.signum() < 0) {
			throw new IllegalArgumentException("a tier price is zero or more");
		}
		if (upTo != null && upTo.signum() <= 0) {
			throw new IllegalArgumentException("a tier limit is positive");
		}
	}

}
