package com.guanjia.access;

import java.util.List;
import java.util.Set;

import com.guanjia.platform.security.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A staff member and where they work. */
@NamedInterface("api")
public record StaffView(long id, String username, String displayName, @Nullable String phone, Set<Role> roles,
		boolean enabled, List<Assignment> assignments, int version) {

	/** Works for a community, in a department when one is set. */
	@NamedInterface("api")
	public record Assignment(long communityId, @Nullable Long departmentId, @Nullable String departmentCode) {
	}

	public boolean worksFor(long communityId) {
		return assignments.stream().anyMatch(a -> a.communityId() == communityId);
	}

}
