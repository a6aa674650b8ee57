package com.guanjia.residents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A household member of a unit and their relation to the owner. */
public record HouseholdMemberView(long id, long communityId, long unitId, String unitLabel, long partyId,
		String partyName, List<String> phones, HouseholdRelation relation, LocalDate since,
		@Nullable LocalDate movedOutOn) {

	public boolean current() {
		return movedOutOn == null;
	}

}
