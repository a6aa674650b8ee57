package com.guanjia.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of yuan, exact to the fen (2 decimals). Never a double: amounts come from
 * text or {@link BigDecimal}, and every operation that could produce more decimals names
 * its rounding (the community's rule, half-up unless it sets otherwise).
 */
public record Money(@JsonValue BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	/**
	 * No amount a person types reaches ¥100,000,000: past it a number is a typing error
	 * (and soon past the ledger columns' range); checks answer
	 * {@code validation.money.range} (issue 9 item 16).
	 */
	public static final BigDecimal LIMIT = new BigDecimal("100000000");

	/** Whether an amount typed by a person is below {@link #LIMIT} either way. */
	public static boolean inRange(BigDecimal amount) {
		return amount.abs().compareTo(LIMIT) < 0;
	}

	public Money {
		if (amount == null) {
			throw new IllegalArgumentException("amount is required");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("an amount has at most 2 decimals: " + amount);
		}
		amount = amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static Money of(String amount) {
		return new Money(new BigDecimal(amount));
	}

	@JsonCreator
	public static Money of(BigDecimal amount) {
		return new Money(amount);
	}

	/**
	 * Rounds an exact result (e.g. area × rate × days ÷ month) to the fen with the given
	 * rule.
	 */
	public static Money rounded(BigDecimal exact, RoundingMode mode) {
		return new Money(exact.setScale(2, mode));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(amount.subtract(other.amount));
	}

	public Money negate() {
		return new Money(amount.negate());
	}

	/** This amount times a factor, rounded to the fen. */
	public Money times(BigDecimal factor, RoundingMode mode) {
		return rounded(amount.multiply(factor), mode);
	}

	public boolean isZero() {
		return amount.signum() == 0;
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	public boolean isNegative() {
		return amount.signum() < 0;
	}

	public Money max(Money other) {
		return compareTo(other) >= 0 ? this : other;
	}

	public Money min(Money other) {
		return compareTo(other) <= 0 ? this : other;
	}

	/** The amount in fen, e.g. 62.65 → 6265. */
	public long fen() {
		return amount.movePointRight(2).longValueExact();
	}

	public static Money ofFen(long fen) {
		return new Money(BigDecimal.valueOf(fen, 2));
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	@Override
	public String toString() {
		return amount.toPlainString();
	}

}
