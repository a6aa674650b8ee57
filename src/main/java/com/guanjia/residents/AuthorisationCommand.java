package com.guanjia.residents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An owner authorises a person (委托书, R8.1): the unit, the owner who signs, the proxy — a
 * registered party or a new person with an ID number and a phone — what for, from when
 * until when, and the scanned paper's document id in the unit's archive.
 */
public record AuthorisationCommand(@Nullable Long unitId, @Nullable Long ownerPartyId, @Nullable Long proxyPartyId,
		@Nullable PartyCommand proxy, @Nullable String purpose, @Nullable LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable Long documentId) {
}
