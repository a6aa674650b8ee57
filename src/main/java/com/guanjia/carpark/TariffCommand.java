package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.LocalTime;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A new tariff for a community (issue 14 item 4), in force from now on: free minutes, the
 * first period and its fee, each further period and its fee, the daily cap (none when
 * empty), the night window and its fee per period (none when empty), the monthly card's
 * fee, and the reference of the price authority's approval document.
 */
@NamedInterface("api")
public record TariffCommand(@Nullable Integer freeMinutes, @Nullable Integer firstPeriodMinutes,
		@Nullable BigDecimal firstPeriodFee, @Nullable Integer periodMinutes, @Nullable BigDecimal periodFee,
		@Nullable BigDecimal dailyCap, @Nullable LocalTime nightStart, @Nullable LocalTime nightEnd,
		@Nullable BigDecimal nightPeriodFee, @Nullable BigDecimal monthlyCardFee, @Nullable String approvalReference) {

	void validate() {
		Problems p = new Problems();
		minutes(p, "freeMinutes", freeMinutes, 0, 240);
		minutes(p, "firstPeriodMinutes", firstPeriodMinutes, 5, 1440);
		minutes(p, "periodMinutes", periodMinutes, 5, 1440);
		money(p, "firstPeriodFee", firstPeriodFee, true);
		money(p, "periodFee", periodFee, true);
		money(p, "dailyCap", dailyCap, false);
		money(p, "monthlyCardFee", monthlyCardFee, true);
		boolean night = nightStart != null || nightEnd != null || nightPeriodFee != null;
		if (night) {
			p.required("nightStart", nightStart);
			p.required("nightEnd", nightEnd);
			money(p, "nightPeriodFee", nightPeriodFee, true);
			p.check(nightStart == null || !nightStart.equals(nightEnd), "nightEnd", "carpark.tariff.nightEmpty");
		}
		p.text("approvalReference", approvalReference, 200);
		p.throwIfAny();
	}

	private static void minutes(Problems p, String field, @Nullable Integer value, int min, int max) {
		p.required(field, value);
		p.check(value == null || (value >= min && value <= max), field, "carpark.tariff.minutes", min, max);
	}

	private static void money(Problems p, String field, @Nullable BigDecimal value, boolean required) {
		if (required) {
			p.required(field, value);
		}
		if (value != null) {
			p.check(value.signum() >= 0, field, "carpark.amountNegative");
			p.check(value.stripTrailingZeros().scale() <= 2, field, "validation.scale2");
		}
	}

}
