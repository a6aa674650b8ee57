package com.guanjia.access;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** What happened to staff and departments, published as persisted domain events. */
public final class AccessEvents {

	private AccessEvents() {
	}

	/**
	 * A department lost its lead because the lead's account was disabled or the lead no
	 * longer works in that department (moved to another one, or taken off the community).
	 * The community's manager is told, to name a new lead.
	 */
	@NamedInterface("api")
	public record DepartmentLeadCleared(long communityId, long departmentId, String department, long staffId,
			String staffName, Why why, Instant clearedAt) {

		@NamedInterface("api")
		public enum Why {

			/** The lead's account was disabled. */
			DISABLED,
			/** The lead was assigned to another department or taken off the community. */
			MOVED

		}

	}

}
