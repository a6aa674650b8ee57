package com.guanjia.renovation;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The permit (装修施工许可证, R9.3): its period, and the garbage-removal fee and deposit asked
 * (the community's settings when left empty).
 */
@NamedInterface("api")
public record PermitRenovation(@Nullable LocalDate from, @Nullable LocalDate until, @Nullable BigDecimal garbageFee,
		@Nullable BigDecimal deposit) {

	void validate(Problems p, LocalDate today, int maxDays) {
		p.required("permitFrom", from);
		p.required("permitUntil", until);
		p.check(from == null || !from.isBefore(today), "permitFrom", "validation.date.past");
		p.check(from == null || until == null || !until.isBefore(from), "permitUntil", "validation.date.order");
		p.check(from == null || until == null || until.isBefore(from) || !until.isAfter(from.plusDays(maxDays - 1L)),
				"permitUntil", "renovation.permit.tooLong", maxDays);
		money(p, "garbageFee", garbageFee);
		money(p, "deposit", deposit);
	}

	static void money(Problems p, String field, @Nullable BigDecimal amount) {
		p.check(amount == null
				|| amount.signum() >= 0 && amount.scale() <= 2 && amount.compareTo(new BigDecimal("1000000")) < 0,
				field, "renovation.money");
	}

}
