package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a renovation's application says (R9.1), never changed afterwards: the unit, who
 * applies, the works, whether they change the main structure or add load (R9.2), the
 * contractor and the planned period.
 */
record Application(long unitId, String unitLabel, Applicant applicant, String works, boolean structural,
		Contractor contractor, LocalDate plannedStart, LocalDate plannedEnd, String appliedBy, Instant appliedAt,
		@Nullable String requestKey) {

	/** Who applies: the owner, or a proxy with the owner's authorisation (R9.1). */
	record Applicant(ApplicantKind kind, @Nullable Long ownerPartyId, String ownerName, @Nullable String phone,
			@Nullable String proxyName, @Nullable String proxyIdCard) {
	}

	/** The renovation company and its foreman. */
	record Contractor(String name, @Nullable String leader, @Nullable String phone) {
	}

	/** The first line of the history: the works, at most 200 characters. */
	String worksInBrief() {
		return works.length() <= 200 ? works : works.substring(0, 200);
	}

}
