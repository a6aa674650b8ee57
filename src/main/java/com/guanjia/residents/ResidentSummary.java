package com.guanjia.residents;

import java.util.List;

import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A resident as lists, search results and other modules show them: the ID number is
 * always masked; phones are masked in lists (see the method that returns it) and the
 * units are those the party currently owns, rents or lives in.
 */
@NamedInterface("api")
public record ResidentSummary(long id, long communityId, PartyKind kind, String name, @Nullable String idCardNumber,
		List<String> phones, List<UnitTie> units, @Nullable Retirement retirement) {

	public boolean retired() {
		return retirement != null;
	}

	public PartyId partyId() {
		return PartyId.of(communityId, id);
	}

}
