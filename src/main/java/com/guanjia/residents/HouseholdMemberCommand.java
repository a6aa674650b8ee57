package com.guanjia.residents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A household member (家庭成员) living in a unit and how they are related to the owner. */
@NamedInterface("api")
public record HouseholdMemberCommand(@Nullable Long unitId, @Nullable Long partyId, @Nullable PartyCommand party,
		@Nullable HouseholdRelation relation, @Nullable LocalDate since) {
}
