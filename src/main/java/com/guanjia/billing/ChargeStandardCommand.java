package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;

/** A new rate for a charge item from a date on; tiers only for metered items. */
public record ChargeStandardCommand(@Nullable ChargeItem item, @Nullable LocalDate effectiveFrom,
		@Nullable BigDecimal rate, @Nullable List<PriceTier> tiers, @Nullable String note) {

	public void validate() {
		Problems p = new Problems();
		p.required("item", item);
		p.required("effectiveFrom", effectiveFrom);
		p.required("rate", rate);
		p.check(rate == null || rate.signum() >= 0, "rate", "billing.rateNegative");
		p.check(rate == null || rate.stripTrailingZeros().scale() <= 4, "rate", "billing.rateScale");
		p.optionalText("note", note, 200);
		if (tiers != null && !tiers.isEmpty()) {
			p.check(item == null || item.basis() == ChargeItem.Basis.METERED, "tiers", "billing.tiersMetered");
			try {
				new TieredPrice(tiers);
			}
			catch (IllegalArgumentException ex) {
				p.add("tiers", "billing.tiersInvalid");
			}
		}
		p.throwIfAny();
	}

	List<PriceTier> tiersOrEmpty() {
		return tiers == null ? List.of() : tiers;
	}

}
