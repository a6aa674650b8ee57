package com.guanjia.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The dated standards of one charge item, oldest first: which rate applies on which day.
 */
record StandardHistory(List<ChargeStandard> standards) {

	StandardHistory {
		standards = standards.stream().sorted(Comparator.comparing(ChargeStandard::effectiveFrom)).toList();
	}

	/** The standard in force on the day, if any. */
	Optional<ChargeStandard> on(LocalDate day) {
		ChargeStandard found = null;
		for (ChargeStandard s : standards) {
			if (!s.effectiveFrom().isAfter(day)) {
				found = s;
			}
		}
		return Optional.ofNullable(found);
	}

	/**
	 * The days from {@code first} to {@code last} (inclusive) cut where the rate changes.
	 */
	List<Segment> segments(LocalDate first, LocalDate last) {
		List<Segment> segments = new ArrayList<>();
		LocalDate day = first;
		while (!day.isAfter(last)) {
			ChargeStandard current = on(day).orElse(null);
			LocalDate next = nextChange(day);
			LocalDate end = next == null || next.isAfter(last) ? last : next.minusDays(1);
			if (current != null) {
				segments.add(new Segment(current, day, end));
			}
			day = end.plusDays(1);
		}
		return segments;
	}

	private @Nullable LocalDate nextChange(LocalDate day) {
		return standards.stream()
			.map(ChargeStandard::effectiveFrom)
			.filter(d -> d.isAfter(day))
			.findFirst()
			.orElse(null);
	}

	/** Days {@code from}–{@code to} (inclusive) charged at one standard. */
	record Segment(ChargeStandard standard, LocalDate from, LocalDate to) {

		long days() {
			return to.toEpochDay() - from.toEpochDay() + 1;
		}

	}

}
