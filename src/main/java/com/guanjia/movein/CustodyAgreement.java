package com.guanjia.movein;

import static com.guanjia.movein.Refusals.resolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.estate.UnitState;
import com.guanjia.movein.MoveInEvents.CustodyEnded;
import com.guanjia.movein.MoveInEvents.CustodyExcessCleared;
import com.guanjia.movein.MoveInEvents.CustodySigned;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A custody agreement (托管协议, R8.4; seed 002 "托管"): the management keeps a vacant unit for
 * its owner over a period, holding the keys named; while it is in force the unit pays the
 * custodial share of the management fee (billing, from the unit's state), its meters may
 * use at most the custodial limits (meters holds an excess, flagged here until it is
 * explained) and it gets an outside check every week and before and after heavy rain.
 * Signed, an excess cleared, ended — each step checked against {@link CustodyAction},
 * appended to the history and announced.
 */
final class CustodyAgreement {

	/** The period and the keys the management holds. */
	record Terms(LocalDate validFrom, @Nullable LocalDate validUntil, String keysHeld) {
	}

	record Step(CustodyAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final long unitId;

	private final String unitLabel;

	private final @Nullable Long caseId;

	private final String ownerName;

	private final Terms terms;

	private final Instant signedAt;

	private final String signedBy;

	private CustodyStatus status;

	private @Nullable Instant endedAt;

	private @Nullable String endReason;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private CustodyAgreement(long id, long communityId, long unitId, String unitLabel, @Nullable Long caseId,
			String ownerName, Terms terms, Instant signedAt, String signedBy, CustodyStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.unitId = unitId;
		this.unitLabel = unitLabel;
		this.caseId = caseId;
		this.ownerName = ownerName;
		this.terms = terms;
		this.signedAt = signedAt;
		this.signedBy = signedBy;
		this.status = status;
		this.version = version;
	}

	static CustodyAgreement sign(long id, long communityId, long unitId, String unitLabel, @Nullable Long caseId,
			String ownerName, Terms terms, Instant now, String actor) {
		CustodyAgreement a = new CustodyAgreement(id, communityId, unitId, unitLabel, caseId, ownerName, terms, now,
				actor, CustodyStatus.ACTIVE, 0);
		a.isNew = true;
		a.steps.add(new Step(CustodyAction.SIGN, now, terms.validFrom() + " ~ "
				+ (terms.validUntil() == null ? "" : terms.validUntil()) + " · " + terms.keysHeld()));
		a.events.add(new CustodySigned(communityId, id, unitId, caseId, terms.validFrom(), terms.validUntil()));
		return a;
	}

	static CustodyAgreement restore(long id, long communityId, long unitId, String unitLabel, @Nullable Long caseId,
			String ownerName, Terms terms, Instant signedAt, String signedBy, CustodyStatus status,
			@Nullable Instant endedAt, @Nullable String endReason, int version) {
		CustodyAgreement a = new CustodyAgreement(id, communityId, unitId, unitLabel, caseId, ownerName, terms,
				signedAt, signedBy, status, version);
		a.endedAt = endedAt;
		a.endReason = endReason;
		return a;
	}

	/** A flagged excess was explained (a leak fixed, a reading corrected …). */
	void clearExcess(long excessId, String note, Instant now) {
		check(CustodyAction.CLEAR_EXCESS);
		steps.add(new Step(CustodyAction.CLEAR_EXCESS, now, "#" + excessId + " " + note));
		events.add(new CustodyExcessCleared(communityId, id, excessId));
	}

	/** The owner takes the unit back; it is occupied or vacant from now on. */
	void end(String reason, UnitState state, Instant now) {
		check(CustodyAction.END);
		status = CustodyStatus.ENDED;
		endedAt = now;
		endReason = reason;
		steps.add(new Step(CustodyAction.END, now, reason));
		events.add(new CustodyEnded(communityId, id, unitId, state));
	}

	/** Whether the unit is kept on this day (the checks are due). */
	boolean inForceOn(LocalDate day) {
		return status == CustodyStatus.ACTIVE && !day.isBefore(terms.validFrom())
				&& (terms.validUntil() == null || !day.isAfter(terms.validUntil()));
	}

	void check(CustodyAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("custody.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	boolean allows(CustodyAction action) {
		return action.allowedFrom(status);
	}

	Set<CustodyAction> possibleSteps() {
		Set<CustodyAction> possible = EnumSet.noneOf(CustodyAction.class);
		for (CustodyAction a : CustodyAction.values()) {
			if (allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	// --- for the repository and the service ------------------------------------------

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	void saved() {
		steps.clear();
		events.clear();
		if (!isNew) {
			version++;
		}
		isNew = false;
	}

	boolean isNew() {
		return isNew;
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long unitId() {
		return unitId;
	}

	String unitLabel() {
		return unitLabel;
	}

	@Nullable Long caseId() {
		return caseId;
	}

	String ownerName() {
		return ownerName;
	}

	Terms terms() {
		return terms;
	}

	Instant signedAt() {
		return signedAt;
	}

	String signedBy() {
		return signedBy;
	}

	CustodyStatus status() {
		return status;
	}

	@Nullable Instant endedAt() {
		return endedAt;
	}

	@Nullable String endReason() {
		return endReason;
	}

	int version() {
		return version;
	}

}
