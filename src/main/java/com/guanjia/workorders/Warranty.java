package com.guanjia.workorders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The warranty decision of a repair (R3.5): free while under warranty, paid after,
 * unknown without data.
 */
public record Warranty(Decision decision, @Nullable String category, @Nullable LocalDate until) {

	public enum Decision {

		FREE, PAID, UNKNOWN;

		public String messageKey() {
			return "warranty." + name();
		}

	}

	public static Warranty unknown(@Nullable String category) {
		return new Warranty(Decision.UNKNOWN, category, null);
	}

	public boolean free() {
		return decision == Decision.FREE;
	}

}
