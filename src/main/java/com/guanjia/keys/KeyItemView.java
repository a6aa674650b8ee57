package com.guanjia.keys;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An item of the key register as pages and the API show it; {@code actions} are the steps
 * it allows now, {@code loanId} the loan it is out on.
 */
@NamedInterface("api")
public record KeyItemView(long id, long communityId, long unitId, String unitLabel, KeyKind kind, String number,
		@Nullable String place, KeyStatus status, @Nullable Long holderPartyId, @Nullable String holderName,
		@Nullable String plate, @Nullable LocalDate validUntil, @Nullable String reference,
		@Nullable LocalDate missingSince, @Nullable Long loanId, int version, List<KeyAction> actions) {

	static KeyItemView of(KeyItem k, @Nullable Long loanId) {
		KeyItem.Holder h = k.holder();
		return new KeyItemView(k.id(), k.communityId(), k.unitId(), k.unitLabel(), k.kind(), k.number(), k.place(),
				k.status(), h == null ? null : h.partyId(), h == null ? null : h.name(), h == null ? null : h.plate(),
				h == null ? null : h.validUntil(), h == null ? null : h.reference(), k.missingSince(), loanId,
				k.version(), List.copyOf(k.possibleSteps()));
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
