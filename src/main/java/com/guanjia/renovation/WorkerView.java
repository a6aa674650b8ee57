package com.guanjia.renovation;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A worker of a renovation's contractor; the ID number masked unless the viewer may see
 * it.
 */
@NamedInterface("api")
public record WorkerView(long id, long renovationId, String name, String idCard, @Nullable String phone) {
}
