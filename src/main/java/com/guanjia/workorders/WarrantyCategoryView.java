package com.guanjia.workorders;

import org.jspecify.annotations.Nullable;

/**
 * A row of a community's warranty table (R3.5). No months: the design life of the
 * structure.
 */
public record WarrantyCategoryView(String code, String name, @Nullable Integer months, boolean leak, boolean safety) {
}
