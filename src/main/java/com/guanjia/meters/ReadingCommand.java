package com.guanjia.meters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.shared.Problems;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A monthly reading of a meter. When the meter was replaced this month,
 * {@code replacedFinal} is the old meter's last reading and {@code replacedInitial} the
 * new meter's first.
 */
@NamedInterface("api")
public record ReadingCommand(@Nullable String meterCode, @Nullable YearMonth period, @Nullable BigDecimal reading,
		@Nullable LocalDate readOn, @Nullable BigDecimal replacedFinal, @Nullable BigDecimal replacedInitial) {

	public void validate(Problems p) {
		p.text("meterCode", meterCode, 30);
		p.required("period", period);
		p.required("reading", reading);
		number(p, "reading", reading);
		number(p, "replacedFinal", replacedFinal);
		number(p, "replacedInitial", replacedInitial);
		p.check((replacedFinal == null) == (replacedInitial == null), "replacedInitial", "reading.replacementBoth");
	}

	public void validate() {
		Problems p = new Problems();
		validate(p);
		p.throwIfAny();
	}

	static void number(Problems p, String field, @Nullable BigDecimal value) {
		if (value != null) {
			p.check(value.signum() >= 0, field, "reading.negative");
			p.check(value.stripTrailingZeros().scale() <= 2, field, "validation.scale2");
		}
	}

	boolean isReplacement() {
		return replacedFinal != null && replacedInitial != null;
	}

}
