package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds as pages and the API read them (R11.1): the day's rounds of a community or of
 * one butler (done / due / late / missed), the supervisor's late and missed rounds, one
 * round with its checkpoints, and the photos.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class RoundQueries {

	private final RoundRepository rounds;

	private final RoundListing listing;

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	private final FileStorage files;

	private final CommunityScope scope;

	private final Clock clock;

	RoundQueries(RoundRepository rounds, RoundListing listing, StaffManagement staff, CommunityDirectory communities,
			FileStorage files, CommunityScope scope, Clock clock) {
		this.rounds = rounds;
		this.listing = listing;
		this.staff = staff;
		this.communities = communities;
		this.files = files;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * The rounds of a day (today when {@code day} is null) in the community, with those
	 * still open from the week before; only the caller's and the pool's when
	 * {@code mine}.
	 */
	public List<RoundView> day(long communityId, @Nullable LocalDate day, boolean mine) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		ZoneId zone = communities.timeZone(communityId);
		Instant now = clock.instant();
		LocalDate date = day == null ? LocalDate.ofInstant(now, zone) : day;
		Instant from = date.atStartOfDay(zone).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
		return named(listing.overlapping(communityId, from, to, mine ? scope.staffId() : null, now));
	}

	/** Rounds of the last {@code days} days that were missed or done late (R11.1). */
	public List<RoundView> lateOrMissed(long communityId, int days) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		Instant now = clock.instant();
		return named(listing.lateOrMissed(communityId, now.minusSeconds(days * 86400L), now, 100));
	}

	/**
	 * A round the caller may see, with its checkpoints and the steps it allows, or 404.
	 */
	public RoundView get(long roundId) {
		scope.require(Permission.INSPECTION_READ);
		Round round = rounds.load(scope.allowedIds(), roundId, false)
			.orElseThrow(() -> new NotFoundException("round", roundId));
		return view(round);
	}

	/** A photo of a round the caller may see, or 404. */
	public FileStorage.StoredFileContent photo(long photoId) {
		scope.require(Permission.INSPECTION_READ);
		long[] found = rounds.photo(scope.allowedIds(), photoId)
			.orElseThrow(() -> new NotFoundException("photo", photoId));
		return files.load(found[0], found[1]).orElseThrow(() -> new NotFoundException("photo", photoId));
	}

	RoundView view(Round round) {
		Instant now = clock.instant();
		RoundPlan p = round.plan();
		List<PhotoView> photos = rounds.photos(p.communityId(), p.id());
		List<VisitView> visits = round.visits()
			.stream()
			.map(v -> new VisitView(v.position(), v.checkpointId(), v.name(), v.status(), v.visitedAt(), v.scanned(),
					v.visitedBy(), v.note(), v.items(), v.results(),
					photos.stream().filter(ph -> ph.visitPosition() == v.position()).toList()))
			.toList();
		return new RoundView(p.id(), p.communityId(), p.kind(), p.title(), p.subject(), p.assigneeStaffId(),
				name(p.assigneeStaffId(), new HashMap<>()), p.windowStart(), p.windowEnd(), round.status(),
				round.startedAt(), round.finishedAt(), round.missedAt() != null, round.late() || round.overdueAt(now),
				round.incomplete(), round.visits().size(), round.visited(), round.failedItems(), round.possibleSteps(),
				visits);
	}

	private List<RoundView> named(List<RoundView> list) {
		Map<Long, String> names = new HashMap<>();
		return list.stream()
			.map(r -> new RoundView(r.id(), r.communityId(), r.kind(), r.title(), r.subject(), r.assigneeStaffId(),
					name(r.assigneeStaffId(), names), r.windowStart(), r.windowEnd(), r.status(), r.startedAt(),
					r.finishedAt(), r.missed(), r.late(), r.incomplete(), r.checkpoints(), r.visited(), r.failedItems(),
					r.steps(), r.visits()))
			.toList();
	}

	private @Nullable String name(@Nullable Long staffId, Map<Long, String> cache) {
		return staffId == null ? null : cache.computeIfAbsent(staffId, id -> staff.displayName(id).orElse("#" + id));
	}

}
