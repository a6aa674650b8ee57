package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A rate that applies to one charge item of a community from a date on (R6.1, R6.2) until
 * the next standard of the same item. Bills keep the rate they were computed with, so a
 * new standard never changes an old bill. Metered items may have tiers; the others use
 * the rate.
 */
public record ChargeStandard(long id, ChargeItem item, LocalDate effectiveFrom, BigDecimal rate,
		List<PriceTier> tiers) {

	public ChargeStandard {
		if (rate.signum() < 0) {
			throw new IllegalArgumentException("a rate is zero or more");
		}
		tiers = List.copyOf(tiers);
	}

	TieredPrice price() {
		return tiers.isEmpty() ? TieredPrice.flat(rate) : new TieredPrice(tiers);
	}

}
