package com.guanjia.carpark;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A parking card as pages and the API show it; {@code actions} are the steps it allows
 * now and {@code validToday} whether it lets its plate park today.
 */
@NamedInterface("api")
public record CardView(long id, long communityId, String number, CardKind kind, String plate, String holderName,
		@Nullable Long unitId, @Nullable String unitLabel, @Nullable Long spaceId, @Nullable String spaceCode,
		LocalDate validFrom, LocalDate validTo, CardStatus status, @Nullable String cancelledReason, boolean validToday,
		List<CardAction> actions) {

	/** Active, but not valid today (expired or not yet begun): it pays as a visitor. */
	public boolean lapsed() {
		return status == CardStatus.ACTIVE && !validToday;
	}

	static CardView of(ParkingCard c, LocalDate today) {
		ParkingCard.Holder h = c.holder();
		return new CardView(c.id(), c.communityId(), c.number(), c.kind(), h.plate(), h.name(), h.unitId(),
				h.unitLabel(), h.spaceId(), h.spaceCode(), c.validFrom(), c.validTo(), c.status(), c.cancelledReason(),
				c.verify(h.plate(), today) == CardCheck.VALID, List.copyOf(c.possibleSteps()));
	}

	public boolean allows(CardAction action) {
		return actions.contains(action);
	}

}
