package com.guanjia.carpark;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A space check finding as the list to resolve shows it. */
@Schema(name = "CarparkFindingView") // another class is named FindingView
public record FindingView(long id, long communityId, YearMonth month, MismatchKind kind, String subject,
		@Nullable Long spaceId, @Nullable Long unitId, String detail, FindingStatus status, Instant foundAt,
		@Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable String resolution,
		List<FindingAction> actions) {

	static FindingView of(SpaceCheckFinding f) {
		return new FindingView(f.id(), f.communityId(), f.month(), f.kind(), f.subject(), f.spaceId(), f.unitId(),
				f.detail(), f.status(), f.foundAt(), f.resolvedBy(), f.resolvedAt(), f.resolution(),
				List.copyOf(f.possibleSteps()));
	}

	public boolean allows(FindingAction action) {
		return actions.contains(action);
	}

}
