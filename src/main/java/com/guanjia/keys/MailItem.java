package com.guanjia.keys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.keys.KeyEvents.MailBoxed;
import com.guanjia.keys.KeyEvents.MailHandedOver;
import com.guanjia.keys.KeyEvents.MailLogged;
import com.guanjia.keys.KeyEvents.MailReturned;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A letter or parcel for a unit at the desk (R10.3; seed 003: "收发业户信件，将入住业户的信件投放至信箱，
 * 电话或短信告知业户信息"): logged — which tells the resident once through the outbox — then handed
 * over to a named person, put in the letterbox, or sent back, with who did it and when.
 */
final class MailItem {

	/** What was logged at the desk. */
	record Arrival(long unitId, String unitLabel, MailKind kind, @Nullable String addressee, @Nullable String sender,
			@Nullable String trackingNo, Instant at, String by) {
	}

	/** How it left the desk. */
	record Outcome(@Nullable String handedTo, Instant at, String by, @Nullable String note) {
	}

	record Step(MailAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final Arrival arrival;

	private MailStatus status;

	private @Nullable Outcome outcome;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private MailItem(long id, long communityId, Arrival arrival, MailStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.arrival = arrival;
		this.status = status;
		this.version = version;
	}

	static MailItem log(long id, long communityId, Arrival arrival) {
		MailItem m = new MailItem(id, communityId, arrival, MailStatus.WAITING, 0);
		m.isNew = true;
		m.steps.add(new Step(MailAction.LOG, arrival.at(), arrival.kind().name()));
		m.events.add(new MailLogged(communityId, id, arrival.unitId(), arrival.unitLabel(), arrival.kind()));
		return m;
	}

	static MailItem restore(long id, long communityId, Arrival arrival, MailStatus status, @Nullable Outcome outcome,
			int version) {
		MailItem m = new MailItem(id, communityId, arrival, status, version);
		m.outcome = outcome;
		return m;
	}

	void handOver(String to, String by, Instant now) {
		check(MailAction.HAND_OVER);
		outcome = new Outcome(to, now, by, null);
		step(MailAction.HAND_OVER, MailStatus.COLLECTED, now, to);
		events.add(new MailHandedOver(communityId, id, arrival.unitId(), to));
	}

	void box(String by, Instant now) {
		check(MailAction.BOX);
		outcome = new Outcome(null, now, by, null);
		step(MailAction.BOX, MailStatus.BOXED, now, null);
		events.add(new MailBoxed(communityId, id, arrival.unitId()));
	}

	void sendBack(String reason, String by, Instant now) {
		check(MailAction.RETURN);
		outcome = new Outcome(null, now, by, reason);
		step(MailAction.RETURN, MailStatus.RETURNED, now, reason);
		events.add(new MailReturned(communityId, id, arrival.unitId(), reason));
	}

	boolean allows(MailAction action) {
		return action.allowedFrom(status);
	}

	Set<MailAction> possibleSteps() {
		Set<MailAction> possible = EnumSet.noneOf(MailAction.class);
		for (MailAction a : MailAction.values()) {
			if (a != MailAction.LOG && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(MailAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("mail.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private void step(MailAction action, MailStatus to, Instant at, @Nullable String note) {
		steps.add(new Step(action, at, note));
		status = to;
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

	Arrival arrival() {
		return arrival;
	}

	MailStatus status() {
		return status;
	}

	@Nullable Outcome outcome() {
		return outcome;
	}

	int version() {
		return version;
	}

}
