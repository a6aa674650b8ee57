package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the unit list; every one is optional. {@code q} is a fragment of the label.
 */
public record UnitFilter(@Nullable Long buildingId, @Nullable UnitState state, @Nullable UnitKind kind,
		@Nullable String q) {

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null);
	}

}
