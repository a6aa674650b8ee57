package com.guanjia.meters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The consumption of a reading and whether it looks abnormal (R7.1, R7.2).
 *
 * <p>
 * Consumption is {@code reading − previous}; when the meter was replaced during the month
 * it is
 * {@code (old meter's final reading − previous) + (reading − new meter's initial reading)}.
 * A reading is held when it is lower than the previous one without a recorded
 * replacement, when its consumption exceeds {@code factor ×} the median of the meter's
 * recent monthly consumption (only with history and a positive median), or when a
 * custodial unit exceeds its limit.
 */
public record ReadingCheck(BigDecimal consumption, @Nullable HoldReason hold) {

	public record Replacement(BigDecimal oldFinal, BigDecimal newInitial) {
	}

	static ReadingCheck of(BigDecimal previous, BigDecimal reading, @Nullable Replacement replacement,
			List<BigDecimal> history, BigDecimal factor, @Nullable BigDecimal custodialLimit) {
		BigDecimal consumption = replacement == null ? reading.subtract(previous)
				: replacement.oldFinal().subtract(previous).add(reading.subtract(replacement.newInitial()));
		if (consumption.signum() < 0) {
			return new ReadingCheck(consumption, HoldReason.LOWER_THAN_PREVIOUS);
		}
		Optional<BigDecimal> median = median(history);
		if (median.isPresent() && median.get().signum() > 0
				&& consumption.compareTo(median.get().multiply(factor)) > 0) {
			return new ReadingCheck(consumption, HoldReason.SPIKE);
		}
		if (custodialLimit != null && consumption.compareTo(custodialLimit) > 0) {
			return new ReadingCheck(consumption, HoldReason.CUSTODIAL_LIMIT);
		}
		return new ReadingCheck(consumption, null);
	}

	static Optional<BigDecimal> median(List<BigDecimal> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		List<BigDecimal> sorted = new ArrayList<>(values);
		sorted.sort(null);
		int n = sorted.size();
		return Optional.of(n % 2 == 1 ? sorted.get(n / 2)
				: sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
	}

}
