package com.guanjia.estate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Filters of the unit list; every one is optional. {@code q} is a fragment of the label.
 * Retired units are left out unless {@code includeRetired} (decision 0014).
 */
@NamedInterface("api")
public record UnitFilter(@Nullable Long buildingId, @Nullable UnitState state, @Nullable UnitKind kind,
		@Nullable String q, boolean includeRetired) {

	/** Units in service only. */
	public UnitFilter(@Nullable Long buildingId, @Nullable UnitState state, @Nullable UnitKind kind,
			@Nullable String q) {
		this(buildingId, state, kind, q, false);
	}

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null);
	}

}
