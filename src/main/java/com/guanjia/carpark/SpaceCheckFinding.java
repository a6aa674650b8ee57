package com.guanjia.carpark;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.SpaceMismatchFound;
import com.guanjia.carpark.CarparkEvents.SpaceMismatchResolved;
import org.jspecify.annotations.Nullable;

/**
 * Something the monthly space check found (R1.2) and what became of it: open until
 * someone puts it right and says how; cleared when a later run no longer finds it; open
 * again when a later run finds a cleared one again.
 */
final class SpaceCheckFinding extends Aggregate {

	private final long id;

	private final long communityId;

	private final YearMonth month;

	private final MismatchKind kind;

	private final String subject;

	private final @Nullable Long spaceId;

	private final @Nullable Long unitId;

	private String detail;

	private FindingStatus status;

	private final Instant foundAt;

	private @Nullable String resolvedBy;

	private @Nullable Instant resolvedAt;

	private @Nullable String resolution;

	private SpaceCheckFinding(long id, long communityId, YearMonth month, MismatchKind kind, String subject,
			@Nullable Long spaceId, @Nullable Long unitId, String detail, FindingStatus status, Instant foundAt,
			boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.month = month;
		this.kind = kind;
		this.subject = subject;
		this.spaceId = spaceId;
		this.unitId = unitId;
		this.detail = detail;
		this.status = status;
		this.foundAt = foundAt;
	}

	static SpaceCheckFinding find(long id, long communityId, YearMonth month, SpaceCheck.Mismatch m, Instant at,
			String actor) {
		SpaceCheckFinding f = new SpaceCheckFinding(id, communityId, month, m.kind(), m.subject(), m.spaceId(),
				m.unitId(), m.detail(), FindingStatus.OPEN, at, true, 0);
		f.step(FindingAction.FIND, null, FindingStatus.OPEN, m.detail(), at, actor);
		f.raise(new SpaceMismatchFound(communityId, id, month, m.kind(), m.subject()));
		return f;
	}

	static SpaceCheckFinding restore(long id, long communityId, YearMonth month, MismatchKind kind, String subject,
			@Nullable Long spaceId, @Nullable Long unitId, String detail, FindingStatus status, Instant foundAt,
			@Nullable String resolvedBy, @Nullable Instant resolvedAt, @Nullable String resolution, int version) {
		SpaceCheckFinding f = new SpaceCheckFinding(id, communityId, month, kind, subject, spaceId, unitId, detail,
				status, foundAt, false, version);
		f.resolvedBy = resolvedBy;
		f.resolvedAt = resolvedAt;
		f.resolution = resolution;
		return f;
	}

	/** Put right: how, by whom. */
	void resolve(String how, Instant at, String actor) {
		check(FindingAction.RESOLVE);
		resolution = how;
		resolvedBy = actor;
		resolvedAt = at;
		step(FindingAction.RESOLVE, status, FindingStatus.RESOLVED, how, at, actor);
		status = FindingStatus.RESOLVED;
		raise(new SpaceMismatchResolved(communityId, id, how));
	}

	/** A later run no longer finds it. */
	void clear(Instant at, String actor) {
		check(FindingAction.CLEAR);
		step(FindingAction.CLEAR, status, FindingStatus.CLEARED, null, at, actor);
		status = FindingStatus.CLEARED;
	}

	/** A later run finds a cleared one again, perhaps with a new detail. */
	void reopen(String newDetail, Instant at, String actor) {
		check(FindingAction.REOPEN);
		detail = newDetail;
		step(FindingAction.REOPEN, status, FindingStatus.OPEN, newDetail, at, actor);
		status = FindingStatus.OPEN;
	}

	boolean allows(FindingAction action) {
		return action.allowedFrom(status);
	}

	/** What staff do by hand: only resolving (the check clears and reopens). */
	Set<FindingAction> possibleSteps() {
		return allows(FindingAction.RESOLVE) ? EnumSet.of(FindingAction.RESOLVE) : EnumSet.noneOf(FindingAction.class);
	}

	void check(FindingAction action) {
		if (!allows(action)) {
			throw illegal(action.messageKey(), status.messageKey());
		}
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	YearMonth month() {
		return month;
	}

	MismatchKind kind() {
		return kind;
	}

	String subject() {
		return subject;
	}

	@Nullable Long spaceId() {
		return spaceId;
	}

	@Nullable Long unitId() {
		return unitId;
	}

	String detail() {
		return detail;
	}

	FindingStatus status() {
		return status;
	}

	Instant foundAt() {
		return foundAt;
	}

	@Nullable String resolvedBy() {
		return resolvedBy;
	}

	@Nullable Instant resolvedAt() {
		return resolvedAt;
	}

	@Nullable String resolution() {
		return resolution;
	}

}
