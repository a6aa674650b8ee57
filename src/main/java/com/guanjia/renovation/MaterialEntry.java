package com.guanjia.renovation;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Renovation materials arriving at the gate (R9.7): reported by the guard for a unit
 * under renovation, then approved or refused by the butler who went to see them. Every
 * step is checked against the state ({@link MaterialAction}) and appended to the history.
 */
final class MaterialEntry extends Aggregate {

	/** What the gate reported, never changed afterwards. */
	record Reported(long renovationId, String description, @Nullable String carrier, Instant at, String by) {
	}

	record Stored(long id, long communityId, Reported reported, MaterialStatus status, @Nullable String reason,
			@Nullable Instant decidedAt, @Nullable String decidedBy, int version) {
	}

	private final long id;

	private final long communityId;

	private final Reported reported;

	private MaterialStatus status;

	private @Nullable String reason;

	private @Nullable Instant decidedAt;

	private @Nullable String decidedBy;

	private final int version;

	private MaterialEntry(long id, long communityId, Reported reported, MaterialStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.reported = reported;
		this.status = status;
		this.version = version;
	}

	static MaterialEntry report(long id, long communityId, Reported r) {
		MaterialEntry m = new MaterialEntry(id, communityId, r, MaterialStatus.REPORTED, 0);
		m.step(MaterialAction.REPORT, null, MaterialStatus.REPORTED,
				r.description() + (r.carrier() == null ? "" : " · " + r.carrier()), r.at(), r.by());
		m.raise(new RenovationEvents.MaterialReported(communityId, id, r.renovationId(), r.description()));
		return m;
	}

	static MaterialEntry restore(Stored s) {
		MaterialEntry m = new MaterialEntry(s.id(), s.communityId(), s.reported(), s.status(), s.version());
		m.reason = s.reason();
		m.decidedAt = s.decidedAt();
		m.decidedBy = s.decidedBy();
		return m;
	}

	void approve(@Nullable String note, Instant now, String actor) {
		check(MaterialAction.APPROVE);
		decide(MaterialAction.APPROVE, MaterialStatus.APPROVED, note, now, actor);
	}

	void refuse(String why, Instant now, String actor) {
		check(MaterialAction.REFUSE);
		decide(MaterialAction.REFUSE, MaterialStatus.REFUSED, why, now, actor);
	}

	private void decide(MaterialAction action, MaterialStatus to, @Nullable String note, Instant now, String actor) {
		step(action, status, to, note, now, actor);
		status = to;
		reason = note;
		decidedAt = now;
		decidedBy = actor;
		raise(new RenovationEvents.MaterialDecided(communityId, id, reported.renovationId(),
				to == MaterialStatus.APPROVED));
	}

	Set<MaterialAction> possibleSteps() {
		Set<MaterialAction> possible = EnumSet.noneOf(MaterialAction.class);
		for (MaterialAction a : MaterialAction.values()) {
			if (a.allowedFrom(status)) {
				possible.add(a);
			}
		}
		return possible;
	}

	private void check(MaterialAction action) {
		if (!action.allowedFrom(status)) {
			throw illegal("MATERIAL", action.messageKey(), status.messageKey());
		}
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	Reported reported() {
		return reported;
	}

	MaterialStatus status() {
		return status;
	}

	@Nullable String reason() {
		return reason;
	}

	@Nullable Instant decidedAt() {
		return decidedAt;
	}

	@Nullable String decidedBy() {
		return decidedBy;
	}

	int version() {
		return version;
	}

}
