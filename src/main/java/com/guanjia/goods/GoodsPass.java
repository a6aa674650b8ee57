package com.guanjia.goods;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.goods.GoodsEvents.GoodsPassApproved;
import com.guanjia.goods.GoodsEvents.GoodsPassCancelled;
import com.guanjia.goods.GoodsEvents.GoodsPassExpired;
import com.guanjia.goods.GoodsEvents.GoodsPassRefused;
import com.guanjia.goods.GoodsEvents.GoodsPassRequested;
import com.guanjia.goods.GoodsEvents.GoodsPassUsed;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A goods release pass (物品放行条, R10.2): who asked for it for which unit, what leaves, the
 * plate and the valid time; the owner's confirmation; and what the gate did with it. Only
 * an owner's word releases goods (seed 003 "联系业主确认无误"): the pass of a tenant or a worker
 * is confirmed only with a current owner's consent, an owner's own pass by the owner in
 * person. It is used once, within its time; after its end it expires, the next time
 * anyone touches it ({@link #expireIfDue}).
 */
final class GoodsPass {

	/** Who asked: an owner or tenant of the unit (with their party), or a named other. */
	record Requester(RequesterKind kind, @Nullable Long partyId, String name) {
	}

	record Step(GoodsPassAction action, GoodsPassStatus status, Instant at, String actor, @Nullable String note) {
	}

	static final String SYSTEM = "system";

	private final long id;

	private final long communityId;

	private final String number;

	private final long unitId;

	private final String unitLabel;

	private final Requester requester;

	private final List<GoodsItem> items;

	private final @Nullable String plate;

	private final Instant validFrom;

	private final Instant validUntil;

	private final Instant requestedAt;

	private final String requestedBy;

	private GoodsPassStatus status;

	private @Nullable OwnerConsent consent;

	private @Nullable Instant usedAt;

	private @Nullable String releasedBy;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private GoodsPass(long id, long communityId, String number, long unitId, String unitLabel, Requester requester,
			List<GoodsItem> items, @Nullable String plate, Instant validFrom, Instant validUntil, Instant requestedAt,
			String requestedBy, GoodsPassStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.number = number;
		this.unitId = unitId;
		this.unitLabel = unitLabel;
		this.requester = requester;
		this.items = List.copyOf(items);
		this.plate = plate;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.requestedAt = requestedAt;
		this.requestedBy = requestedBy;
		this.status = status;
		this.version = version;
	}

	static GoodsPass request(long id, long communityId, String number, long unitId, String unitLabel,
			Requester requester, List<GoodsItem> items, @Nullable String plate, Instant validFrom, Instant validUntil,
			Instant now, String by) {
		GoodsPass p = new GoodsPass(id, communityId, number, unitId, unitLabel, requester, items, plate, validFrom,
				validUntil, now, by, GoodsPassStatus.REQUESTED, 0);
		p.isNew = true;
		p.steps.add(new Step(GoodsPassAction.REQUEST, GoodsPassStatus.REQUESTED, now, by, requester.name()));
		p.events.add(new GoodsPassRequested(communityId, id, unitId, number, now));
		return p;
	}

	static GoodsPass restore(long id, long communityId, String number, long unitId, String unitLabel,
			Requester requester, List<GoodsItem> items, @Nullable String plate, Instant validFrom, Instant validUntil,
			Instant requestedAt, String requestedBy, GoodsPassStatus status, @Nullable OwnerConsent consent,
			@Nullable Instant usedAt, @Nullable String releasedBy, int version) {
		GoodsPass p = new GoodsPass(id, communityId, number, unitId, unitLabel, requester, items, plate, validFrom,
				validUntil, requestedAt, requestedBy, status, version);
		p.consent = consent;
		p.usedAt = usedAt;
		p.releasedBy = releasedBy;
		return p;
	}

	/**
	 * The owner's confirmation: {@code consent} names one of {@code currentOwners}; an
	 * owner's own pass without one is confirmed by the owner in person. A tenant's or a
	 * worker's pass without the owner's consent is refused.
	 */
	void confirm(@Nullable OwnerConsent consent, Collection<Long> currentOwners, Instant now, String by) {
		expireIfDue(now);
		check(GoodsPassAction.CONFIRM);
		OwnerConsent given = consent;
		if (given == null && requester.kind() == RequesterKind.OWNER && requester.partyId() != null) {
			given = new OwnerConsent(ConsentMethod.IN_PERSON, requester.partyId(), requester.name(), now, null, by);
		}
		if (given == null) {
			throw new RuleViolationException("goods.consentRequired", resolvable(requester.kind().messageKey()));
		}
		if (!currentOwners.contains(given.partyId())) {
			throw new RuleViolationException("goods.consentNotOwner", given.ownerName(), unitLabel);
		}
		this.consent = given;
		step(GoodsPassAction.CONFIRM, GoodsPassStatus.APPROVED, now, by, given.method() + " " + given.ownerName());
		events.add(new GoodsPassApproved(communityId, id, unitId, number, given.method(), given.ownerName(), now));
	}

	/** The goods leave through the gate: once, within the pass's time. */
	void release(@Nullable String note, Instant now, String by) {
		expireIfDue(now);
		check(GoodsPassAction.RELEASE);
		if (now.isBefore(validFrom)) {
			throw new RuleViolationException("goods.notYetValid", number);
		}
		usedAt = now;
		releasedBy = by;
		step(GoodsPassAction.RELEASE, GoodsPassStatus.USED, now, by, note);
		events.add(new GoodsPassUsed(communityId, id, unitId, number, now));
	}

	/** The guard refuses the goods and says why; the pass stays as it is. */
	void refuse(String reason, Instant now, String by) {
		expireIfDue(now);
		check(GoodsPassAction.REFUSE);
		step(GoodsPassAction.REFUSE, status, now, by, reason);
		events.add(new GoodsPassRefused(communityId, id, unitId, number, reason, now));
	}

	void cancel(String reason, Instant now, String by) {
		expireIfDue(now);
		check(GoodsPassAction.CANCEL);
		step(GoodsPassAction.CANCEL, GoodsPassStatus.CANCELLED, now, by, reason);
		events.add(new GoodsPassCancelled(communityId, id, unitId, number, now));
	}

	/**
	 * Expires an open pass whose time is over; does nothing otherwise. Every step takes
	 * it first, so a pass used after its end is refused as expired.
	 */
	void expireIfDue(Instant now) {
		if (due(now)) {
			step(GoodsPassAction.EXPIRE, GoodsPassStatus.EXPIRED, now, SYSTEM, null);
			events.add(new GoodsPassExpired(communityId, id, unitId, number, now));
		}
	}

	private boolean due(Instant now) {
		return GoodsPassAction.EXPIRE.allowedFrom(status) && !now.isBefore(validUntil);
	}

	/** The status as of {@code now}: an open pass past its time reads as expired. */
	GoodsPassStatus statusAt(Instant now) {
		return due(now) ? GoodsPassStatus.EXPIRED : status;
	}

	/**
	 * Why the goods may not leave on this pass now, as a message key, or null when the
	 * guard may release them.
	 */
	@Nullable String refusalAt(Instant now) {
		GoodsPassStatus s = statusAt(now);
		if (s == GoodsPassStatus.APPROVED && now.isBefore(validFrom)) {
			return "goods.gate.refused.NOT_YET_VALID";
		}
		return s == GoodsPassStatus.APPROVED ? null : "goods.gate.refused." + s.name();
	}

	boolean allows(GoodsPassAction action) {
		return action.allowedFrom(status);
	}

	/** The steps staff may take now (what the page offers and the API lists). */
	Set<GoodsPassAction> possibleSteps(Instant now) {
		GoodsPassStatus s = statusAt(now);
		Set<GoodsPassAction> possible = EnumSet.noneOf(GoodsPassAction.class);
		for (GoodsPassAction a : List.of(GoodsPassAction.CONFIRM, GoodsPassAction.RELEASE, GoodsPassAction.REFUSE,
				GoodsPassAction.CANCEL)) {
			if (a.allowedFrom(s) && (a != GoodsPassAction.RELEASE || !now.isBefore(validFrom))) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(GoodsPassAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("goods.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private void step(GoodsPassAction action, GoodsPassStatus to, Instant now, String by, @Nullable String note) {
		status = to;
		steps.add(new Step(action, to, now, by, note));
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	boolean isNew() {
		return isNew;
	}

	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
		steps.clear();
		events.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	String number() {
		return number;
	}

	long unitId() {
		return unitId;
	}

	String unitLabel() {
		return unitLabel;
	}

	Requester requester() {
		return requester;
	}

	List<GoodsItem> items() {
		return items;
	}

	@Nullable String plate() {
		return plate;
	}

	Instant validFrom() {
		return validFrom;
	}

	Instant validUntil() {
		return validUntil;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	String requestedBy() {
		return requestedBy;
	}

	GoodsPassStatus status() {
		return status;
	}

	@Nullable OwnerConsent consent() {
		return consent;
	}

	@Nullable Instant usedAt() {
		return usedAt;
	}

	@Nullable String releasedBy() {
		return releasedBy;
	}

	int version() {
		return version;
	}

}
