package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Registers an owner (业主) of a unit: an existing party ({@code partyId}) or a new one
 * ({@code party}), with an optional share of a joint ownership (percent) and the date
 * from which they own it (today when absent).
 */
public record OwnerCommand(@Nullable Long unitId, @Nullable Long partyId, @Nullable PartyCommand party,
		@Nullable BigDecimal share, @Nullable LocalDate since) {
}
