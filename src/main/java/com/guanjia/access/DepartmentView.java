package com.guanjia.access;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A department of a community (工程部, 保洁部…) and its lead. */
@NamedInterface("api")
public record DepartmentView(long id, long communityId, String code, String name, @Nullable Long leadStaffId) {
}
