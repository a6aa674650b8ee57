package com.guanjia.renovation;

import org.jspecify.annotations.Nullable;

/**
 * A worker of a renovation's contractor; the ID number masked unless the viewer may see
 * it.
 */
public record WorkerView(long id, long renovationId, String name, String idCard, @Nullable String phone) {
}
