package com.guanjia.goods;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * The owner's confirmation that the goods may leave: which owner ({@code partyId}, a
 * current owner of the unit), how and when (the time of the call or the signature), and
 * who at the desk recorded it.
 */
@NamedInterface("api")
public record OwnerConsent(ConsentMethod method, long partyId, String ownerName, Instant at, @Nullable String note,
		String recordedBy) {
}
