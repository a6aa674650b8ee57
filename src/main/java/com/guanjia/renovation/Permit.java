package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.estate.UnitState;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A renovation's permit (装修施工许可证, R9.3) with its period, the fees it raised and the
 * unit's state before it; it knows what its period covers and what its deposit allows.
 */
record Permit(String number, LocalDate from, LocalDate until, String by, Instant at, Money garbageFee,
		@Nullable Long garbageLineId, Money deposit, @Nullable Long depositId, UnitState previousUnitState) {

	/** Whether the day lies within the permit's period. */
	boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(until);
	}

	/** Whether a deposit was asked for at the cashier and is held. */
	boolean holdsDeposit() {
		return depositId != null && deposit.isPositive();
	}

	/** The permit's own period runs forwards. */
	void validate(Problems problems) {
		problems.check(!until.isBefore(from), "permitUntil", "validation.date.order");
	}

	/** A worker's pass is valid only within the permit's period (R9.3). */
	void validatePass(Problems problems, LocalDate passFrom, LocalDate passUntil) {
		problems.check(covers(passFrom), "validFrom", "renovation.pass.beyondPermit", from, until);
		problems.check(!passUntil.isBefore(passFrom), "validUntil", "validation.date.order");
		problems.check(!passUntil.isAfter(until), "validUntil", "renovation.pass.beyondPermit", from, until);
	}

	/**
	 * A deduction from the deposit's refund: at most the deposit, with a reason when
	 * there is one (R9.7).
	 */
	void validateDeduction(Problems problems, Money deduction, @Nullable String reason) {
		problems.check(!deduction.isNegative() && deduction.compareTo(deposit) <= 0, "deduction",
				"renovation.refund.deduction", deposit);
		if (deduction.isPositive()) {
			problems.text("deductionReason", reason, 200);
		}
	}

}
