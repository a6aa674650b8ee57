package com.guanjia.desk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.desk.DeskEvents.ReceptionArchived;
import com.guanjia.desk.DeskEvents.ReceptionHandedOver;
import com.guanjia.desk.DeskEvents.ReceptionRecorded;
import com.guanjia.desk.DeskEvents.ReceptionReplied;
import com.guanjia.desk.DeskEvents.ReceptionTurnedIntoWorkOrder;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reception record and the rules of its life (R2.1): record → handle → reply → archive,
 * or turned into a work order whose closing replies it. Every step is checked against the
 * current state ({@link ReceptionAction}; a step not allowed is refused naming the
 * state), appended to the record's history and announced by a past-tense event. Nothing
 * else changes a record's status; {@link ReceptionRecordRepository} loads and saves it,
 * {@link ReceptionDesk} orchestrates.
 */
final class ReceptionRecord {

	/** Who came or called: a registered resident, or a name and phone to call back. */
	record Caller(@Nullable Long partyId, @Nullable String name, @Nullable String phone) {
	}

	/** The unit the matter is about, with its label as it read when recorded. */
	record UnitRef(long id, String label) {
	}

	/**
	 * What the agent took down (R2.1, R2.3), never changed afterwards; the request key
	 * makes a double submit record once. {@code at} is when the visit or call was
	 * received; {@code enteredAt} when it was typed in, if later (back-entered, 补录).
	 */
	record Intake(Channel channel, Caller caller, @Nullable UnitRef unit, String question, @Nullable String result,
			String agent, @Nullable Long agentStaffId, Instant at, @Nullable String requestKey,
			@Nullable Instant enteredAt) {

		Intake(Channel channel, Caller caller, @Nullable UnitRef unit, String question, @Nullable String result,
				String agent, @Nullable Long agentStaffId, Instant at, @Nullable String requestKey) {
			this(channel, caller, unit, question, result, agent, agentStaffId, at, requestKey, null);
		}

		boolean backEntered() {
			return enteredAt != null;
		}

	}

	/** Who handles a question for a specialist, and the reply time agreed (R2.2). */
	record Handling(String handler, Instant agreedReplyAt) {
	}

	record Reply(String text, Instant at) {
	}

	record OrderRef(long id, String number) {
	}

	/** One line of the record's history. */
	record Step(ReceptionAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final Intake intake;

	private ReceptionStatus status;

	private @Nullable Handling handling;

	private @Nullable Reply reply;

	private @Nullable Instant archivedAt;

	private @Nullable OrderRef workOrder;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private ReceptionRecord(long id, long communityId, Intake intake, ReceptionStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.intake = intake;
		this.status = status;
		this.version = version;
	}

	/**
	 * A new record under an id the repository reserved: RECORDED, or REPLIED at once when
	 * the agent answered on the spot (the result is the reply).
	 */
	static ReceptionRecord record(long id, long communityId, Intake intake, boolean answeredOnTheSpot) {
		ReceptionRecord r = new ReceptionRecord(id, communityId, intake, ReceptionStatus.RECORDED, 0);
		r.isNew = true;
		r.steps.add(new Step(ReceptionAction.RECORD, intake.at(), intake.channel().name()));
		if (answeredOnTheSpot && intake.result() != null) {
			r.reply = new Reply(intake.result(), intake.at());
			r.step(ReceptionAction.REPLY, ReceptionStatus.REPLIED, intake.at(), intake.result());
		}
		r.events.add(new ReceptionRecorded(communityId, id, intake.channel(),
				intake.unit() == null ? null : intake.unit().id(), r.status == ReceptionStatus.REPLIED));
		return r;
	}

	/** A record as stored; only the repository calls this. */
	static ReceptionRecord restore(long id, long communityId, Intake intake, ReceptionStatus status,
			@Nullable Handling handling, @Nullable Reply reply, @Nullable Instant archivedAt,
			@Nullable OrderRef workOrder, int version) {
		ReceptionRecord r = new ReceptionRecord(id, communityId, intake, status, version);
		r.handling = handling;
		r.reply = reply;
		r.archivedAt = archivedAt;
		r.workOrder = workOrder;
		return r;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * Hands a question to a specialist with the reply time agreed with the resident
	 * (R2.2).
	 */
	void handle(String handler, Instant agreedReplyAt, Instant now) {
		check(ReceptionAction.HANDLE);
		handling = new Handling(handler, agreedReplyAt);
		step(ReceptionAction.HANDLE, ReceptionStatus.HANDLING, now, handler);
		events.add(new ReceptionHandedOver(communityId, id, handler, agreedReplyAt));
	}

	void reply(String text, Instant now) {
		check(ReceptionAction.REPLY);
		reply = new Reply(text, now);
		step(ReceptionAction.REPLY, ReceptionStatus.REPLIED, now, text);
		events.add(new ReceptionReplied(communityId, id, now));
	}

	void archive(Instant now) {
		check(ReceptionAction.ARCHIVE);
		archivedAt = now;
		step(ReceptionAction.ARCHIVE, ReceptionStatus.ARCHIVED, now, null);
		events.add(new ReceptionArchived(communityId, id));
	}

	/** The work order opened from this record: the record is being handled through it. */
	void order(long workOrderId, String number, Instant now) {
		check(ReceptionAction.ORDER);
		workOrder = new OrderRef(workOrderId, number);
		step(ReceptionAction.ORDER, ReceptionStatus.HANDLING, now, number);
		events.add(new ReceptionTurnedIntoWorkOrder(communityId, id, workOrderId, number));
	}

	/**
	 * The work order made from this record was closed: the resident has had the answer (a
	 * reply given before stays).
	 */
	void orderDone(Instant now) {
		check(ReceptionAction.ORDER_DONE);
		if (reply == null) {
			reply = new Reply("工单 " + (workOrder == null ? "" : workOrder.number()) + " 已完结", now);
		}
		step(ReceptionAction.ORDER_DONE, ReceptionStatus.REPLIED, now, workOrder == null ? null : workOrder.number());
		events.add(new ReceptionReplied(communityId, id, reply.at()));
	}

	// --- the rules ---------------------------------------------------------------------

	boolean allows(ReceptionAction action) {
		return action.allowedFrom(status) && !(action == ReceptionAction.ORDER && workOrder != null);
	}

	/** The steps staff may take now: what the page offers and the API lists. */
	Set<ReceptionAction> possibleSteps() {
		Set<ReceptionAction> possible = EnumSet.noneOf(ReceptionAction.class);
		for (ReceptionAction a : ReceptionAction.values()) {
			if (a.byStaff() && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	/**
	 * Refuses a step the record's state does not allow, naming the step and the state.
	 */
	void check(ReceptionAction action) {
		if (action == ReceptionAction.ORDER && workOrder != null) {
			throw new RuleViolationException("desk.alreadyOrdered", workOrder.number());
		}
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("desk.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private void step(ReceptionAction action, ReceptionStatus to, Instant at, @Nullable String note) {
		steps.add(new Step(action, at, note));
		status = to;
	}

	// --- for the repository and the service ------------------------------------------

	/** The history lines and events of the steps taken since loading, not saved yet. */
	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	boolean isNew() {
		return isNew;
	}

	/** Saved: the stored version moved on and nothing is pending any more. */
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

	Intake intake() {
		return intake;
	}

	ReceptionStatus status() {
		return status;
	}

	@Nullable Handling handling() {
		return handling;
	}

	@Nullable Reply reply() {
		return reply;
	}

	@Nullable Instant archivedAt() {
		return archivedAt;
	}

	@Nullable OrderRef workOrder() {
		return workOrder;
	}

	int version() {
		return version;
	}

}
