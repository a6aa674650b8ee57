package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * The edges of the fee rules (R6.1, R6.2) that the worked examples in
 * {@link FeeRulesTests} do not reach: which tiered prices a standard may have, how the
 * leftover fen of a shared cost go to the largest remainders, a unit without area, and
 * the late fee rounded with the community's rule.
 */
class PriceRulesTests {

	static PriceTier tier(String upTo, String price) {
		return new PriceTier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(price));
	}

	@Test
	void r6_2_aTieredPriceHasRisingLimitsAndOnlyItsLastTierOpen() {
		assertThatThrownBy(() -> new TieredPrice(List.of())).isInstanceOf(IllegalArgumentException.class);
		// an open tier before the last, a last tier with a limit
		assertThatThrownBy(() -> new TieredPrice(List.of(tier(null, "3.50"), tier(null, "4.20"))))
			.hasMessageContaining("open-ended");
		assertThatThrownBy(() -> new TieredPrice(List.of(tier("10", "3.50"), tier("20", "4.20"))))
			.hasMessageContaining("open-ended");
		// 10 then 10 again, 10 then 5: limits must rise
		assertThatThrownBy(() -> new TieredPrice(List.of(tier("10", "3.50"), tier("10", "4.20"), tier(null, "5.60"))))
			.hasMessageContaining("rise");
		assertThatThrownBy(() -> new TieredPrice(List.of(tier("10", "3.50"), tier("5", "4.20"), tier(null, "5.60"))))
			.hasMessageContaining("rise");
		TieredPrice rising = new TieredPrice(List.of(tier("10", "3.50"), tier("10.5", "4.20"), tier(null, "5.60")));
		// 12 m³: 10 × 3.50 + 0.5 × 4.20 + 1.5 × 5.60 = 35.00 + 2.10 + 8.40 = 45.50
		assertThat(rising.cost(new BigDecimal("12"))).isEqualByComparingTo("45.50");
		assertThat(rising.isFlat()).isFalse();
		assertThat(rising.firstPrice()).isEqualByComparingTo("3.50");
		assertThat(TieredPrice.flat(new BigDecimal("0.68")).isFlat()).isTrue();
	}

	@Test
	void r6_2_aTierCostsZeroOrMoreUpToAPositiveLimit() {
		assertThat(tier(null, "0").price()).isEqualByComparingTo("0");
		assertThatThrownBy(() -> tier(null, "-0.01")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PriceTier(null, null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> tier("0", "3.50")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> tier("-5", "3.50")).isInstanceOf(IllegalArgumentException.class);
		assertThat(tier("0.001", "3.50").upTo()).isEqualByComparingTo("0.001");
	}

	@Test
	void r6_2_theLeftoverFenGoToTheLargestRemaindersWhereverTheUnitIsListed() {
		// 0.10 over 1 m² and 2 m²: 3.333… and 6.666… fen; rounded down 3 + 6 = 9, the
		// last
		// fen goes to the second unit (remainder 0.667 against 0.333)
		Map<Long, Money> parts = Apportionment.byWeight(Money.of("0.10"),
				List.of(new Apportionment.Share(1, BigDecimal.ONE), new Apportionment.Share(2, new BigDecimal("2"))));
		assertThat(parts).containsExactly(Map.entry(1L, Money.of("0.03")), Map.entry(2L, Money.of("0.07")));
	}

	@Test
	void r6_2_unitsWithoutAreaShareNothingAndANegativeCostIsRefused() {
		assertThat(Apportionment.byWeight(Money.of("10.00"),
				List.of(new Apportionment.Share(1, BigDecimal.ZERO), new Apportionment.Share(2, BigDecimal.ZERO))))
			.isEmpty();
		assertThat(Apportionment.byWeight(Money.of("10.00"), List.of())).isEmpty();
		assertThatThrownBy(
				() -> Apportionment.byWeight(Money.of("-0.01"), List.of(new Apportionment.Share(1, BigDecimal.ONE))))
			.isInstanceOf(IllegalArgumentException.class);
		// nothing to share: every unit gets 0.00
		assertThat(Apportionment.byWeight(Money.ZERO, List.of(new Apportionment.Share(1, BigDecimal.ONE))))
			.containsExactly(Map.entry(1L, Money.ZERO));
	}

	@Test
	void r6_1_aUnitWithoutAreaHasNoManagementFee() {
		assertThat(TimeCharge.compute(BigDecimal.ZERO, YearMonth.of(2026, 12), LocalDate.of(2020, 1, 1), null,
				FeeRulesTests.rates("2020-01-01", "1.50"), FeeRulesTests.HUNDRED, RoundingMode.HALF_UP))
			.isEmpty();
	}

	@Test
	void r6_1_theLateFeeIsRoundedWithTheCommunitysRule() {
		// 100.50 overdue at the end of November, 1% a month: 1.005 → 1.00 rounding down,
		// 1.01 half-up
		var overdue = List.of(new LateFee.Overdue(LocalDate.of(2026, 11, 15), Money.of("100.50")));
		var down = new BillingSettings(RoundingMode.DOWN, new BigDecimal("70"), 15, BillingSettings.LateFeeBasis.MONTH,
				new BigDecimal("0.01"), Money.of("500"));
		assertThat(LateFee.of(overdue, YearMonth.of(2026, 12), down)).isEqualTo(Money.of("1.00"));
		assertThat(LateFee.of(overdue, YearMonth.of(2026, 12),
				FeeRulesTests.settings(BillingSettings.LateFeeBasis.MONTH, "0.01")))
			.isEqualTo(Money.of("1.01"));
	}

}
