package com.guanjia.carpark;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.ShiftHandedOver;
import com.guanjia.carpark.CarparkEvents.ShiftOpened;
import com.guanjia.carpark.CarparkEvents.ShiftSigned;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A shift's handover log, the seed's form 停车场值班交接班登记表 (seed 001 11.2, FM-RW528; R12.4):
 * opened when the shift starts; closed when it is handed over, with the form's fields —
 * who hands over and who takes over, the events of the shift, radios (对讲机), keys, batons
 * (胶木棍), torches (手电筒), the parking fees collected, the tickets, notes — and signed by
 * the director (主任签字). The fees written on the form must equal the shift's receipts; a
 * difference is kept and must be explained in the notes.
 */
final class ShiftLog extends Aggregate {

	/** The form's fields as the outgoing guard fills them in. */
	record Handover(String handedOverBy, String takenOverBy, @Nullable String events, int radios, int keys, int batons,
			int torches, Money fees, int tickets, @Nullable String notes) {
	}

	/** The shift's receipts from the car park, counted when it is handed over. */
	record Receipts(int count, Money total) {
	}

	record Signature(String signedBy, String name, Instant at) {
	}

	private final long id;

	private final long communityId;

	private final String number;

	private final String shiftName;

	private final String post;

	private final Instant openedAt;

	private final String openedBy;

	private ShiftStatus status;

	private @Nullable Handover handover;

	private @Nullable Receipts receipts;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private @Nullable Signature signature;

	private ShiftLog(long id, long communityId, String number, String shiftName, String post, Instant openedAt,
			String openedBy, ShiftStatus status, boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.number = number;
		this.shiftName = shiftName;
		this.post = post;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.status = status;
	}

	/** The shift starts its log. */
	static ShiftLog open(long id, long communityId, String number, String shiftName, String post, Instant at,
			String actor) {
		ShiftLog log = new ShiftLog(id, communityId, number, shiftName, post, at, actor, ShiftStatus.OPEN, true, 0);
		log.step(ShiftAction.OPEN, null, ShiftStatus.OPEN, shiftName + " " + post, at, actor);
		log.raise(new ShiftOpened(communityId, id, number, post));
		return log;
	}

	/** A log as stored; only the repository calls this. */
	static ShiftLog restore(long id, long communityId, String number, String shiftName, String post, Instant openedAt,
			String openedBy, ShiftStatus status, @Nullable Handover handover, @Nullable Receipts receipts,
			@Nullable Instant closedAt, @Nullable String closedBy, @Nullable Signature signature, int version) {
		ShiftLog log = new ShiftLog(id, communityId, number, shiftName, post, openedAt, openedBy, status, false,
				version);
		log.handover = handover;
		log.receipts = receipts;
		log.closedAt = closedAt;
		log.closedBy = closedBy;
		log.signature = signature;
		return log;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * Hands the shift over: the form filled in and the shift's receipts counted. When the
	 * fees written down differ from the receipts, the notes must say why.
	 */
	void close(Handover form, Receipts counted, Instant at, String actor) {
		check(ShiftAction.CLOSE);
		Money difference = form.fees().minus(counted.total());
		if (!difference.isZero() && (form.notes() == null || form.notes().isBlank())) {
			throw new RuleViolationException("carpark.shift.feesDiffer", form.fees(), counted.total(), difference);
		}
		handover = form;
		receipts = counted;
		closedAt = at;
		closedBy = actor;
		step(ShiftAction.CLOSE, status, ShiftStatus.CLOSED,
				form.handedOverBy() + " → " + form.takenOverBy() + " " + form.fees() + "/" + counted.total(), at,
				actor);
		status = ShiftStatus.CLOSED;
		raise(new ShiftHandedOver(communityId, id, number, form.fees().amount(), counted.total().amount(),
				difference.amount()));
	}

	/** The director signs (主任签字); never the guard who handed the shift over. */
	void sign(String name, Instant at, String actor) {
		check(ShiftAction.SIGN);
		FourEyes.SHIFT_LOG.check(closedBy == null ? openedBy : closedBy, actor);
		signature = new Signature(actor, name, at);
		step(ShiftAction.SIGN, status, ShiftStatus.SIGNED, name, at, actor);
		status = ShiftStatus.SIGNED;
		raise(new ShiftSigned(communityId, id, number, name));
	}

	// --- the rules ---------------------------------------------------------------------

	/** Declared fees minus the receipts, once handed over. */
	@Nullable Money difference() {
		return handover == null || receipts == null ? null : handover.fees().minus(receipts.total());
	}

	boolean allows(ShiftAction action) {
		return action.allowedFrom(status);
	}

	Set<ShiftAction> possibleSteps() {
		Set<ShiftAction> possible = EnumSet.noneOf(ShiftAction.class);
		for (ShiftAction a : ShiftAction.values()) {
			if (a != ShiftAction.OPEN && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(ShiftAction action) {
		if (!allows(action)) {
			throw illegal(action.messageKey(), status.messageKey());
		}
	}

	// --- for the repository and the service ------------------------------------------

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	String number() {
		return number;
	}

	String shiftName() {
		return shiftName;
	}

	String post() {
		return post;
	}

	Instant openedAt() {
		return openedAt;
	}

	String openedBy() {
		return openedBy;
	}

	ShiftStatus status() {
		return status;
	}

	@Nullable Handover handover() {
		return handover;
	}

	@Nullable Receipts receipts() {
		return receipts;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable String closedBy() {
		return closedBy;
	}

	@Nullable Signature signature() {
		return signature;
	}

}
