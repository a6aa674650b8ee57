package com.guanjia.keys;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A letter or parcel as pages and the API show it; {@code ageDays} is how many days it
 * has waited at the desk (in the community's zone), {@code actions} the steps it allows.
 */
@NamedInterface("api")
public record MailView(long id, long communityId, long unitId, String unitLabel, MailKind kind,
		@Nullable String addressee, @Nullable String sender, @Nullable String trackingNo, MailStatus status,
		Instant loggedAt, String loggedBy, @Nullable String handedTo, @Nullable Instant handedAt,
		@Nullable String handedBy, @Nullable String note, long ageDays, List<MailAction> actions) {

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
