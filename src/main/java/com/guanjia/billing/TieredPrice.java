package com.guanjia.billing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A price per m³ or kWh in rising tiers (阶梯价), e.g. 0–10 m³ at 3.50, 10–20 at 4.20, above
 * 20 at 5.60. A flat price is one open tier. Limits must rise and only the last tier is
 * open.
 */
record TieredPrice(List<PriceTier> tiers) {

	TieredPrice {
		if (tiers.isEmpty()) {
			throw new IllegalArgumentException("a price has at least one tier");
		}
		BigDecimal previous = BigDecimal.ZERO;
		for (int i = 0; i < tiers.size(); i++) {
			PriceTier tier = tiers.get(i);
			boolean last = i == tiers.size() - 1;
			if (last != (tier.upTo() == null)) {
				throw new IllegalArgumentException("only the last tier is open-ended");
			}
			if (!last && tier.upTo().compareTo(previous) <= 0) {
				throw new IllegalArgumentException("tier limits must rise");
			}
			if (!last) {
				previous = tier.upTo();
			}
		}
		tiers = List.copyOf(tiers);
	}

	static TieredPrice flat(BigDecimal price) {
		return new TieredPrice(List.of(new PriceTier(null, price)));
	}

	/**
	 * The exact (unrounded) cost of a consumption: each tier's share at its own price.
	 */
	BigDecimal cost(BigDecimal consumption) {
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal lower = BigDecimal.ZERO;
		for (PriceTier tier : tiers) {
			if (consumption.compareTo(lower) <= 0) {
				break;
			}
			BigDecimal upper = tier.upTo() == null ? consumption : tier.upTo().min(consumption);
			total = total.add(upper.subtract(lower).multiply(tier.price()));
			lower = upper;
		}
		return total;
	}

	boolean isFlat() {
		return tiers.size() == 1;
	}

	BigDecimal firstPrice() {
		return tiers.get(0).price();
	}

}
