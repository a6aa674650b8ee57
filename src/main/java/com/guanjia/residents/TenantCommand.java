package com.guanjia.residents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A tenant (租户) moves into a unit: an existing or new party, the lease from (today when
 * absent) and to.
 */
@NamedInterface("api")
public record TenantCommand(@Nullable Long unitId, @Nullable Long partyId, @Nullable PartyCommand party,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
}
