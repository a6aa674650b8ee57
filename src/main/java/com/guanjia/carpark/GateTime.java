package com.guanjia.carpark;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The car park's time: now from the injected clock, days and midnight in the community's
 * zone, and the rule for a time recorded after the fact (a paper register entered later,
 * 补录, or a camera's capture time): not in the future, at most a week back.
 */
@Component
class GateTime {

	static final Duration LATEST_BACKDATE = Duration.ofDays(7);

	private final Clock clock;

	private final CommunityDirectory communities;

	GateTime(Clock clock, CommunityDirectory communities) {
		this.clock = clock;
		this.communities = communities;
	}

	Instant now() {
		return clock.instant();
	}

	ZoneId zone(long communityId) {
		return communities.timeZone(communityId);
	}

	LocalDate today(long communityId) {
		return LocalDate.ofInstant(now(), zone(communityId));
	}

	LocalDate dayOf(long communityId, Instant at) {
		return LocalDate.ofInstant(at, zone(communityId));
	}

	/** The first instant of a day in the community's zone. */
	Instant startOf(long communityId, LocalDate day) {
		return day.atStartOfDay(zone(communityId)).toInstant();
	}

	/**
	 * {@code at} when given and acceptable (checked into {@code p} on {@code field}), now
	 * otherwise.
	 */
	Instant recorded(Problems p, String field, @Nullable Instant at) {
		Instant now = now();
		if (at == null) {
			return now;
		}
		p.check(!at.isAfter(now.plusSeconds(60)), field, "carpark.time.future");
		p.check(!at.isBefore(now.minus(LATEST_BACKDATE)), field, "carpark.time.tooOld", LATEST_BACKDATE.toDays());
		return at.isAfter(now) ? now : at;
	}

}
