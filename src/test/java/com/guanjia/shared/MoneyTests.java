package com.guanjia.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

/** Money is exact to the fen and every rounding is named (R6.1). */
class MoneyTests {

	@Test
	void keepsTwoDecimalsAndRefusesMore() {
		assertThat(Money.of("62.6").toString()).isEqualTo("62.60");
		assertThat(Money.of("1879.50").fen()).isEqualTo(187950);
		assertThatThrownBy(() -> Money.of("0.001")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Money.of("1.000")).isEqualTo(Money.of("1"));
	}

	@Test
	void roundsOnlyWithTheNamedRule() {
		// 134.25 × 0.70 = 93.975: half-up 93.98, half-down 93.97, half-even 93.98 (7 is
		// odd)
		assertThat(Money.of("134.25").times(new BigDecimal("0.70"), RoundingMode.HALF_UP)).isEqualTo(Money.of("93.98"));
		assertThat(Money.of("134.25").times(new BigDecimal("0.70"), RoundingMode.HALF_DOWN))
			.isEqualTo(Money.of("93.97"));
		assertThat(Money.of("10.00").minus(Money.of("10.01")).isNegative()).isTrue();
	}

	/**
	 * R6.1: an amount typed by a person stays below 100 000 000 either way; zero is zero;
	 * the larger and the smaller of two amounts.
	 */
	@Test
	void amountsInRangeZeroAndTheLargerOfTwo() {
		assertThat(Money.inRange(new BigDecimal("99999999.99"))).isTrue();
		assertThat(Money.inRange(new BigDecimal("100000000"))).isFalse();
		assertThat(Money.inRange(new BigDecimal("-99999999.99"))).isTrue();
		assertThat(Money.inRange(new BigDecimal("-100000000"))).isFalse();
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.of("0.01").isZero()).isFalse();
		assertThat(Money.of("-0.01").isZero()).isFalse();
		assertThat(Money.of("1.00").max(Money.of("2.00"))).isEqualTo(Money.of("2.00"));
		assertThat(Money.of("2.00").max(Money.of("1.00"))).isEqualTo(Money.of("2.00"));
		assertThat(Money.of("1.00").min(Money.of("2.00"))).isEqualTo(Money.of("1.00"));
		assertThat(Money.of("2.00").min(Money.of("1.00"))).isEqualTo(Money.of("1.00"));
	}

}
