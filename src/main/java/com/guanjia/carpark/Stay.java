package com.guanjia.carpark;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.CarparkIncident;
import com.guanjia.carpark.CarparkEvents.StayCancelled;
import com.guanjia.carpark.CarparkEvents.VehicleEntered;
import com.guanjia.carpark.CarparkEvents.VehicleExited;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle's stay in the car park and the rules of its life (R12.1–R12.3, R12.5): it
 * enters, and leaves paying by the tariff or free with the reason written down; or it is
 * held at the exit and released by the shift lead; or it forces its way out or is
 * abandoned (incidents); or an entry made by mistake is struck out. Every step is checked
 * against the state ({@link StayAction}), appended to the history and announced by a
 * past-tense event.
 */
final class Stay extends Aggregate {

	/**
	 * What was written down at the entry (R12.1, R12.5): dangerous goods checked, damage
	 * seen and told to the driver, the pass handed over, a valid card found for the
	 * plate.
	 */
	record Entry(String plate, Instant at, EntrySource source, String by, boolean goodsChecked,
			@Nullable String damageNote, boolean damageTold, @Nullable String passNumber, @Nullable Long cardId) {
	}

	/**
	 * What was written down at the exit (R12.1, R12.2): how it was recorded, the fee, or
	 * why there was none (the 备注 of the register), the card accepted, the driver and
	 * record checked, the pass taken back.
	 */
	record Exit(EntrySource source, Instant at, String by, Money fee, @Nullable FreeReason freeReason,
			@Nullable String freeNote, @Nullable String approvedBy, @Nullable Long cardId, boolean driverChecked,
			boolean passReturned, @Nullable String requestKey) {
	}

	private final long id;

	private final long communityId;

	private final Entry entry;

	private StayStatus status;

	private @Nullable Exit exit;

	private @Nullable String incidentNote;

	private Stay(long id, long communityId, Entry entry, StayStatus status, boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.entry = entry;
		this.status = status;
	}

	/** A vehicle enters, under an id the repository reserved. */
	static Stay enter(long id, long communityId, Entry entry) {
		if (entry.damageNote() != null && !entry.damageTold()) {
			// R12.5, seed 001 item 3: 对进场车辆有损坏的，应及时告知司机
			throw new RuleViolationException("carpark.entry.damageUntold");
		}
		if (!entry.goodsChecked()) {
			throw new RuleViolationException("carpark.entry.goodsUnchecked");
		}
		Stay s = new Stay(id, communityId, entry, StayStatus.INSIDE, true, 0);
		s.step(StayAction.ENTER, null, StayStatus.INSIDE,
				entry.source() + (entry.passNumber() == null ? "" : " " + entry.passNumber()), entry.at(), entry.by());
		s.raise(new VehicleEntered(communityId, id, entry.plate(), entry.at(), entry.cardId()));
		return s;
	}

	/** A stay as stored; only the repository calls this. */
	static Stay restore(long id, long communityId, Entry entry, StayStatus status, @Nullable Exit exit,
			@Nullable String incidentNote, int version) {
		Stay s = new Stay(id, communityId, entry, status, false, version);
		s.exit = exit;
		s.incidentNote = incidentNote;
		return s;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * The vehicle leaves: with a fee, or free for a reason; a policy-free or approved
	 * free exit says why in the note (seed 001 item 6), an approved one names who
	 * approved.
	 */
	void leave(Exit exit) {
		check(StayAction.EXIT);
		requireExplained(exit);
		requireChecked(exit);
		this.exit = exit;
		step(StayAction.EXIT, status, StayStatus.LEFT, note(exit), exit.at(), exit.by());
		status = StayStatus.LEFT;
		raise(new VehicleExited(communityId, id, entry.plate(), exit.at(), exit.fee().amount(), exit.freeReason()));
	}

	/** Held at the exit (R12.3). */
	void hold(HoldReason reason, Instant at, String actor) {
		check(StayAction.HOLD);
		step(StayAction.HOLD, status, StayStatus.HELD, reason.name(), at, actor);
		status = StayStatus.HELD;
	}

	/** The shift lead released the held vehicle, after the documents and the fee. */
	void release(Exit exit) {
		check(StayAction.RELEASE);
		requireExplained(exit);
		this.exit = exit;
		step(StayAction.RELEASE, status, StayStatus.LEFT, note(exit), exit.at(), exit.by());
		status = StayStatus.LEFT;
		raise(new VehicleExited(communityId, id, entry.plate(), exit.at(), exit.fee().amount(), exit.freeReason()));
	}

	/** It forced its way out (冲卡): an incident to report (R12.5, R16.3). */
	void forceOut(String note, Instant at, String actor) {
		incident(StayAction.FORCE_OUT, StayStatus.FORCED_OUT, note, at, actor);
	}

	/** The driver abandoned it (弃车): an incident to report (R12.5, R16.3). */
	void abandon(String note, Instant at, String actor) {
		incident(StayAction.ABANDON, StayStatus.ABANDONED, note, at, actor);
	}

	/**
	 * An entry made by mistake is struck out with the reason (it stays in the history).
	 */
	void cancel(String reason, Instant at, String actor) {
		check(StayAction.CANCEL);
		incidentNote = reason;
		step(StayAction.CANCEL, status, StayStatus.CANCELLED, reason, at, actor);
		status = StayStatus.CANCELLED;
		raise(new StayCancelled(communityId, id, entry.plate(), reason));
	}

	private void incident(StayAction action, StayStatus to, String note, Instant at, String actor) {
		check(action);
		incidentNote = note;
		step(action, status, to, note, at, actor);
		status = to;
		raise(new CarparkIncident(communityId, id, entry.plate(), to, note));
	}

	// --- the rules ---------------------------------------------------------------------

	private static void requireExplained(Exit exit) {
		if (exit.fee().isPositive() == (exit.freeReason() != null)) {
			throw new RuleViolationException("carpark.exit.feeOrReason");
		}
		FreeReason reason = exit.freeReason();
		if ((reason == FreeReason.POLICY || reason == FreeReason.APPROVED)
				&& (exit.freeNote() == null || exit.freeNote().isBlank())) {
			throw new RuleViolationException("carpark.exit.freeNote");
		}
		if (reason == FreeReason.APPROVED && (exit.approvedBy() == null || exit.approvedBy().isBlank())) {
			throw new RuleViolationException("carpark.exit.approvedBy");
		}
	}

	/**
	 * The exit's checks (R12.1; seed 001 item 5 "核對車牌號碼、駕駛人員姓名、相貌與檔案記錄,回收車輛出入證"): a
	 * guard's exit (at the gate or from the paper register) has the driver and record
	 * checked, and the pass taken back when the entry handed one. A camera's exit on an
	 * automatic lane (item 7: the card swiped and checked by the system) checks neither,
	 * so it is allowed only for a valid card and when no pass was handed.
	 */
	private void requireChecked(Exit exit) {
		if (exit.source() == EntrySource.CAMERA) {
			if (exit.freeReason() != FreeReason.CARD) {
				throw new RuleViolationException("carpark.exit.cameraNeedsCard");
			}
			if (passHanded()) {
				throw new RuleViolationException("carpark.exit.passNotReturned");
			}
			return;
		}
		if (!exit.driverChecked()) {
			throw new RuleViolationException("carpark.exit.driverUnchecked");
		}
		if (passHanded() && !exit.passReturned()) {
			throw new RuleViolationException("carpark.exit.passNotReturned");
		}
	}

	/**
	 * The entry handed the driver a pass (出入证, seed 001 item 3): every entry at a guard's
	 * lane, typed or from the paper register; a camera's lane hands none.
	 */
	boolean passHanded() {
		return entry.source() != EntrySource.CAMERA;
	}

	private static String note(Exit exit) {
		return exit.freeReason() == null ? exit.fee().toString()
				: exit.freeReason() + (exit.freeNote() == null ? "" : " " + exit.freeNote());
	}

	boolean allows(StayAction action) {
		return action.allowedFrom(status);
	}

	/**
	 * The steps staff take on the stay's page now (a release is the held vehicle's, by
	 * the shift lead).
	 */
	Set<StayAction> possibleSteps() {
		Set<StayAction> possible = EnumSet.noneOf(StayAction.class);
		for (StayAction a : StayAction.values()) {
			if (a != StayAction.ENTER && a != StayAction.RELEASE && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(StayAction action) {
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

	Entry entry() {
		return entry;
	}

	String plate() {
		return entry.plate();
	}

	StayStatus status() {
		return status;
	}

	@Nullable Exit exit() {
		return exit;
	}

	@Nullable String incidentNote() {
		return incidentNote;
	}

}
