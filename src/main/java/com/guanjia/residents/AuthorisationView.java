package com.guanjia.residents;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An owner's authorisation of a proxy on a unit; the proxy's ID number is masked.
 * {@code documentId} is the scanned 委托书 in the unit's archive.
 */
@NamedInterface("api")
public record AuthorisationView(long id, long communityId, long unitId, long ownerPartyId, String ownerName,
		long proxyPartyId, String proxyName, @Nullable String proxyIdCard, String purpose, LocalDate validFrom,
		@Nullable LocalDate validUntil, @Nullable Long documentId, @Nullable LocalDate revokedOn, Instant createdAt,
		String createdBy) {

	/** Whether it lets the proxy act on {@code day}: begun, not ended, not revoked. */
	public boolean activeOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day))
				&& (revokedOn == null || revokedOn.isAfter(day));
	}

}
