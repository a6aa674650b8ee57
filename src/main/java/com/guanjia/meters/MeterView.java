package com.guanjia.meters;

import org.jspecify.annotations.Nullable;

/** A meter and, for a unit's meter, the unit's label. */
public record MeterView(long id, long communityId, MeterKind kind, String code, @Nullable Long unitId,
		@Nullable String unitLabel, @Nullable Long buildingId) {

	public boolean isPublic() {
		return unitId == null;
	}

}
