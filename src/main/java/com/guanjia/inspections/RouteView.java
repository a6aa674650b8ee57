package com.guanjia.inspections;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** A patrol route and its checkpoints in walking order (R11.1). */
@NamedInterface("api")
public record RouteView(long id, long communityId, String name, boolean active, List<CheckpointView> checkpoints) {
}
