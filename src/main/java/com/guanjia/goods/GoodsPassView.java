package com.guanjia.goods;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A goods release pass as pages and the API show it, its times in the community's zone:
 * {@code status} as of now (an open pass past its time reads as expired), the owner's
 * consent, and {@code actions}: the steps staff may take now.
 */
public record GoodsPassView(long id, long communityId, String number, long unitId, String unitLabel,
		RequesterKind requesterKind, @Nullable Long requesterPartyId, String requesterName, List<GoodsItem> goods,
		@Nullable String plate, ZonedDateTime validFrom, ZonedDateTime validUntil, GoodsPassStatus status,
		@Nullable Consent consent, ZonedDateTime requestedAt, String requestedBy, @Nullable ZonedDateTime usedAt,
		@Nullable String releasedBy, List<GoodsPassAction> actions) {

	/** The owner's confirmation as shown. */
	@Schema(name = "GoodsPassConsent")
	public record Consent(ConsentMethod method, long ownerPartyId, String ownerName, ZonedDateTime at,
			@Nullable String note, String recordedBy) {
	}

	static GoodsPassView of(GoodsPass p, Instant now, ZoneId zone) {
		OwnerConsent c = p.consent();
		return new GoodsPassView(p.id(), p.communityId(), p.number(), p.unitId(), p.unitLabel(), p.requester().kind(),
				p.requester().partyId(), p.requester().name(), p.items(), p.plate(), p.validFrom().atZone(zone),
				p.validUntil().atZone(zone), p.statusAt(now),
				c == null ? null
						: new Consent(c.method(), c.partyId(), c.ownerName(), c.at().atZone(zone), c.note(),
								c.recordedBy()),
				p.requestedAt().atZone(zone), p.requestedBy(), p.usedAt() == null ? null : p.usedAt().atZone(zone),
				p.releasedBy(), List.copyOf(p.possibleSteps(now)));
	}

	public boolean allows(String action) {
		return actions.contains(GoodsPassAction.valueOf(action));
	}

}
