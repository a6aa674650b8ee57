package com.guanjia.inspections;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** An area a patrol covers (R11.1); a building area names its building. */
@NamedInterface("api")
public record AreaView(long id, long communityId, AreaKind kind, String name, @Nullable Long buildingId) {
}
