package com.guanjia.residents;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Why a person may act for a unit (R10.1: an unfamiliar borrower of a unit's keys must be
 * its owner): they own it, or an owner authorised them ({@code authorisation}).
 */
@NamedInterface("api")
public record Standing(long partyId, String name, Kind kind, @Nullable AuthorisationView authorisation) {

	@NamedInterface("api")
	public enum Kind {

		/** 业主 */
		OWNER,
		/** 业主委托人 */
		AUTHORISED;

		public String messageKey() {
			return "standing." + name();
		}

	}

}
