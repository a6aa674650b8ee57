package com.guanjia.residents;

import java.util.List;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

/**
 * A party as stored, personal data unmasked: never leaves the module as is.
 * {@code retirement} is set when it is out of service (decision 0014).
 */
record PartyRecord(long id, long communityId, PartyKind kind, String name, @Nullable Gender gender,
		@Nullable String idCard, @Nullable String creditCode, @Nullable String contactName, @Nullable String notes,
		int version, List<String> phones, @Nullable Retirement retirement) {

	/** What an owner must have: a person their ID number, everyone a phone. */
	@Nullable String missingFor(OccupantRole role) {
		if (role == OccupantRole.OWNER && kind == PartyKind.PERSON && idCard == null) {
			return "resident.owner.needsIdCard";
		}
		if ((role == OccupantRole.OWNER || role == OccupantRole.TENANT) && phones.isEmpty()) {
			return "resident.needsPhone";
		}
		return null;
	}

}
