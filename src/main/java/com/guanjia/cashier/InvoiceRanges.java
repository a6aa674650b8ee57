package com.guanjia.cashier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * The invoice numbers of a day as the handover writes them (发票号码, seed 004): consecutive
 * numbers joined into ranges ("00012345–00012347, 00012360"), numbers that are not all
 * digits listed on their own.
 */
final class InvoiceRanges {

	private InvoiceRanges() {
	}

	static @Nullable String of(List<String> numbers) {
		if (numbers.isEmpty()) {
			return null;
		}
		TreeSet<String> digits = new TreeSet<>((a, b) -> {
			int byValue = new BigInteger(a).compareTo(new BigInteger(b));
			return byValue != 0 ? byValue : a.compareTo(b);
		});
		List<String> others = new ArrayList<>();
		for (String n : numbers) {
			if (n.matches("\\d{1,30}")) {
				digits.add(n);
			}
			else {
				others.add(n);
			}
		}
		List<String> parts = new ArrayList<>();
		String start = null;
		String previous = null;
		for (String n : digits) {
			if (previous != null && new BigInteger(n).equals(new BigInteger(previous).add(BigInteger.ONE))) {
				previous = n;
				continue;
			}
			if (start != null) {
				parts.add(range(start, previous));
			}
			start = n;
			previous = n;
		}
		if (start != null) {
			parts.add(range(start, previous));
		}
		others.stream().sorted().forEach(parts::add);
		return String.join(", ", parts);
	}

	private static String range(String start, String end) {
		return start.equals(end) ? start : start + "–" + end;
	}

}
