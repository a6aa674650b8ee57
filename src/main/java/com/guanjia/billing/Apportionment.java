package com.guanjia.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.Money;

/**
 * Shares a public meter's cost (公摊) over units by building area so that the parts add up
 * <em>exactly</em> to the whole (largest-remainder method): every unit first gets its
 * exact share rounded <em>down</em> to the fen; the fen left over (fewer than the number
 * of units) go one each to the units with the largest cut-off remainders; on equal
 * remainders the unit listed first (the lower unit id) gets it. The community's rounding
 * rule does not apply here: any per-line rounding could make the parts miss the total by
 * a fen.
 */
final class Apportionment {

	private Apportionment() {
	}

	record Share(long key, BigDecimal weight) {
	}

	static Map<Long, Money> byWeight(Money total, List<Share> shares) {
		if (total.isNegative()) {
			throw new IllegalArgumentException("only a cost of zero or more is apportioned");
		}
		Map<Long, Money> result = new LinkedHashMap<>();
		BigDecimal sum = shares.stream().map(Share::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (shares.isEmpty() || sum.signum() <= 0) {
			return result;
		}
		long totalFen = total.fen();
		record Part(int index, long key, long fen, BigDecimal remainder) {
		}
		List<Part> parts = new ArrayList<>();
		long given = 0;
		for (int i = 0; i < shares.size(); i++) {
			Share s = shares.get(i);
			// exact share in fen = totalFen × weight ÷ sum; floor it and keep the
			// remainder
			BigDecimal exact = BigDecimal.valueOf(totalFen).multiply(s.weight());
			BigDecimal[] qr = exact.divideAndRemainder(sum);
			long fen = qr[0].longValueExact();
			parts.add(new Part(i, s.key(), fen, qr[1].divide(sum, 20, RoundingMode.DOWN)));
			given += fen;
		}
		long left = totalFen - given;
		List<Part> byRemainder = new ArrayList<>(parts);
		byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::index));
		long[] fen = parts.stream().mapToLong(Part::fen).toArray();
		for (int i = 0; i < left; i++) {
			fen[byRemainder.get(i).index()]++;
		}
		for (Part p : parts) {
			result.merge(p.key(), Money.ofFen(fen[p.index()]), Money::plus);
		}
		return result;
	}

}
