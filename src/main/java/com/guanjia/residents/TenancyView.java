package com.guanjia.residents;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A tenancy: the lease from and to, and the day the tenant moved out (null while living
 * there).
 */
public record TenancyView(long id, long communityId, long unitId, String unitLabel, long partyId, String partyName,
		List<String> phones, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable LocalDate movedOutOn) {

	public boolean current() {
		return movedOutOn == null;
	}

}
