package com.guanjia.inspections;

import org.jspecify.annotations.Nullable;

/** An area a patrol covers (R11.1); a building area names its building. */
public record AreaView(long id, long communityId, AreaKind kind, String name, @Nullable Long buildingId) {
}
