package com.guanjia.renovation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import com.guanjia.renovation.RenovationEvents.ViolationEscalated;
import com.guanjia.renovation.RenovationEvents.ViolationFound;
import com.guanjia.renovation.RenovationEvents.ViolationRectificationDemanded;
import com.guanjia.renovation.RenovationEvents.ViolationRectified;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A violation found on a renovation's daily check (R9.5; seed 003 "发现有与二次装修日检表上要求相悖之项，
 * 及时予以制止，联系业主告知相关事项并要求整改，拒不整改的向上级汇报"): found when an item of the check fails (the work
 * stopped on the spot), the owner told what to put right and by when, rectified — or,
 * when the owner refuses, escalated to the manager and rectified afterwards. Every step
 * is checked against the state ({@link ViolationAction}), appended to the history and
 * announced by a past-tense event.
 */
final class SiteViolation extends Aggregate {

	/** What the check found, never changed afterwards. */
	record Found(long renovationId, @Nullable Long roundId, @Nullable Long findingId, SiteCheckKind check, String item,
			@Nullable String note, Instant at, String by) {
	}

	/** The renovation it concerns, for the messages to the owner and the manager. */
	record Site(long unitId, String unitLabel, String ownerName, @Nullable String ownerPhone) {
	}

	/** The stored facts (only the repository builds one). */
	record Stored(long id, long communityId, Found found, ViolationStatus status, @Nullable Instant deadline,
			@Nullable String ownerTold, @Nullable Instant resolvedAt, int version) {
	}

	private final long id;

	private final long communityId;

	private final Found found;

	private ViolationStatus status;

	private @Nullable Instant deadline;

	private @Nullable String ownerTold;

	private @Nullable Instant resolvedAt;

	private int version;

	private boolean isNew;

	private SiteViolation(long id, long communityId, Found found, ViolationStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.found = found;
		this.status = status;
		this.version = version;
	}

	/** A failed item of a daily check under an id the repository reserved: FOUND. */
	static SiteViolation find(long id, long communityId, Found f, Site site) {
		SiteViolation v = new SiteViolation(id, communityId, f, ViolationStatus.FOUND, 0);
		v.isNew = true;
		v.step(ViolationAction.FIND, null, ViolationStatus.FOUND, f.item() + (f.note() == null ? "" : " " + f.note()),
				f.at(), f.by());
		v.raise(new ViolationFound(communityId, id, f.renovationId(), site.unitId(), site.unitLabel(), f.item()));
		return v;
	}

	static SiteViolation restore(Stored s) {
		SiteViolation v = new SiteViolation(s.id(), s.communityId(), s.found(), s.status(), s.version());
		v.deadline = s.deadline();
		v.ownerTold = s.ownerTold();
		v.resolvedAt = s.resolvedAt();
		return v;
	}

	/**
	 * The owner was told (how, and by whom) what to put right by the deadline, which lies
	 * ahead.
	 */
	void demand(Instant by, String told, Site site, Instant now, String actor) {
		check(ViolationAction.DEMAND);
		if (!by.isAfter(now)) {
			throw ValidationException.of("deadline", "renovation.violation.deadlinePast");
		}
		deadline = by;
		ownerTold = told;
		step(ViolationAction.DEMAND, status, ViolationStatus.RECTIFYING, told, now, actor);
		status = ViolationStatus.RECTIFYING;
		raise(new ViolationRectificationDemanded(communityId, id, found.renovationId(), site.unitLabel(),
				site.ownerName(), site.ownerPhone(), found.item(), by));
	}

	/** Put right, seen by the one recording it. */
	void rectify(@Nullable String note, Instant now, String actor) {
		check(ViolationAction.RECTIFY);
		step(ViolationAction.RECTIFY, status, ViolationStatus.RECTIFIED, note, now, actor);
		status = ViolationStatus.RECTIFIED;
		resolvedAt = now;
		raise(new ViolationRectified(communityId, id, found.renovationId()));
	}

	/** The owner refuses to put it right: the manager is told (拒不整改的向上级汇报). */
	void escalate(String note, Site site, Instant now, String actor) {
		check(ViolationAction.ESCALATE);
		step(ViolationAction.ESCALATE, status, ViolationStatus.ESCALATED, note, now, actor);
		status = ViolationStatus.ESCALATED;
		raise(new ViolationEscalated(communityId, id, found.renovationId(), site.unitLabel(), site.ownerName(),
				found.item(), note, Objects.requireNonNull(deadline)));
	}

	boolean allows(ViolationAction action) {
		return action.allowedFrom(status);
	}

	/** The steps staff may take now: what the page offers and the API lists. */
	Set<ViolationAction> possibleSteps() {
		Set<ViolationAction> possible = EnumSet.noneOf(ViolationAction.class);
		for (ViolationAction a : ViolationAction.values()) {
			if (allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	/** Whether its deadline passed while the owner was still to put it right. */
	boolean overdue(Instant now) {
		return status == ViolationStatus.RECTIFYING && deadline != null && now.isAfter(deadline);
	}

	private void check(ViolationAction action) {
		if (!action.allowedFrom(status)) {
			throw illegal("VIOLATION", action.messageKey(), status.messageKey());
		}
	}

	boolean isNew() {
		return isNew;
	}

	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	Found found() {
		return found;
	}

	ViolationStatus status() {
		return status;
	}

	@Nullable Instant deadline() {
		return deadline;
	}

	@Nullable String ownerTold() {
		return ownerTold;
	}

	@Nullable Instant resolvedAt() {
		return resolvedAt;
	}

	int version() {
		return version;
	}

}
