package com.guanjia.meters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.meters.MeterEvents.BaseReadingConfirmed;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.meters.MeterEvents.ReadingRechecked;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A meter reading and its re-check (R7.1, R7.2). A monthly reading is OK when plausible
 * and HELD back from billing when {@link ReadingCheck} finds it abnormal; engineering's
 * re-check then CONFIRMS it as it was or SUPERSEDES it by a corrected reading. A base
 * reading at move-in is jointly confirmed with the owner. Only held readings take a step;
 * nothing outside this class changes a reading's status.
 */
final class MeterReading {

	/** The re-check's steps, both allowed from HELD only. */
	enum Step {

		CONFIRM(ReadingStatus.CONFIRMED), CORRECT(ReadingStatus.SUPERSEDED);

		private final ReadingStatus to;

		Step(ReadingStatus to) {
			this.to = to;
		}

		boolean allowedFrom(ReadingStatus status) {
			return status == ReadingStatus.HELD;
		}

	}

	/** Who entered a reading, when, how and with which note. */
	record Entered(String source, LocalDate readOn, String by, Instant at, @Nullable String note) {
	}

	/** The stored facts of a reading (only the repository builds one). */
	record Stored(long id, MeterView meter, boolean base, @Nullable LocalDate period, BigDecimal reading,
			@Nullable BigDecimal previous, @Nullable BigDecimal consumption, @Nullable BigDecimal replacedFinal,
			@Nullable BigDecimal replacedInitial, ReadingStatus status, @Nullable HoldReason holdReason,
			@Nullable String ownerConfirmed, Entered entered, int version) {
	}

	private long id;

	private final MeterView meter;

	private final boolean base;

	private final @Nullable LocalDate period;

	private final BigDecimal reading;

	private final @Nullable BigDecimal previous;

	private final @Nullable BigDecimal consumption;

	private final @Nullable BigDecimal replacedFinal;

	private final @Nullable BigDecimal replacedInitial;

	private final @Nullable HoldReason holdReason;

	private final @Nullable String ownerConfirmed;

	private final Entered entered;

	private ReadingStatus status;

	private @Nullable String note;

	private int version;

	private final List<Object> events = new ArrayList<>();

	private MeterReading(Stored s) {
		this.id = s.id();
		this.meter = s.meter();
		this.base = s.base();
		this.period = s.period();
		this.reading = s.reading();
		this.previous = s.previous();
		this.consumption = s.consumption();
		this.replacedFinal = s.replacedFinal();
		this.replacedInitial = s.replacedInitial();
		this.status = s.status();
		this.holdReason = s.holdReason();
		this.ownerConfirmed = s.ownerConfirmed();
		this.entered = s.entered();
		this.note = s.entered().note();
		this.version = s.version();
	}

	static MeterReading restore(Stored s) {
		return new MeterReading(s);
	}

	/**
	 * A month's reading as checked: OK, or HELD back for a re-check with the check's
	 * reason (R7.1).
	 */
	static MeterReading monthly(MeterView meter, YearMonth month, BigDecimal value, BigDecimal previous,
			ReadingCheck.@Nullable Replacement replacement, ReadingCheck check, Entered entered) {
		ReadingStatus status = check.hold() == null ? ReadingStatus.OK : ReadingStatus.HELD;
		return new MeterReading(new Stored(0, meter, false, month.atDay(1), value, previous, check.consumption(),
				replacement == null ? null : replacement.oldFinal(),
				replacement == null ? null : replacement.newInitial(), status, check.hold(), null, entered, 0));
	}

	/** The base reading at move-in, confirmed jointly with the owner (R7.2). */
	static MeterReading base(MeterView meter, BigDecimal value, String ownerName, Entered entered) {
		MeterReading r = new MeterReading(new Stored(0, meter, true, null, value, null, null, null, null,
				ReadingStatus.OK, null, ownerName.strip(), entered, 0));
		r.events.add(new BaseReadingConfirmed(meter.communityId(), meter.id(), meter.unitId(), ownerName.strip()));
		return r;
	}

	/**
	 * The repository stored the new reading; a held one asks engineering for a re-check.
	 */
	void recorded(long newId) {
		id = newId;
		if (holdReason != null) {
			events.add(new ReadingHeld(meter.communityId(), id, meter.id(), meter.code(), meter.unitId(), holdReason));
		}
	}

	/**
	 * Engineering re-checked the held reading and found it right: it is billed as it is.
	 */
	void confirm(int expectedVersion, String recheckNote) {
		check(Step.CONFIRM, expectedVersion);
		Problems p = new Problems();
		p.text("note", recheckNote, 200);
		p.throwIfAny();
		status = Step.CONFIRM.to;
		note = recheckNote.strip();
		events
			.add(new ReadingRechecked(meter.communityId(), id, meter.id(), meter.code(), meter.unitId(), false, null));
	}

	/**
	 * Engineering re-read the meter: this reading gives way to the corrected one, which
	 * the caller records next and names with {@link #correctedBy}.
	 */
	void supersede(int expectedVersion, @Nullable String recheckNote) {
		check(Step.CORRECT, expectedVersion);
		Problems p = new Problems();
		p.optionalText("note", recheckNote, 200);
		p.throwIfAny();
		status = Step.CORRECT.to;
		note = recheckNote;
	}

	/** The corrected reading was recorded: the re-check of this one is done. */
	void correctedBy(long replacementId) {
		if (status != ReadingStatus.SUPERSEDED) {
			throw new IllegalStateException("reading " + id + " is " + status + ", not superseded");
		}
		events.add(new ReadingRechecked(meter.communityId(), id, meter.id(), meter.code(), meter.unitId(), true,
				replacementId));
	}

	private void check(Step step, int expectedVersion) {
		if (!step.allowedFrom(status)) {
			throw new RuleViolationException("reading.notHeld",
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
		if (expectedVersion != version) {
			throw new ConflictException("error.staleVersion");
		}
	}

	void saved() {
		version++;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	long id() {
		return id;
	}

	MeterView meter() {
		return meter;
	}

	ReadingStatus status() {
		return status;
	}

	@Nullable HoldReason holdReason() {
		return holdReason;
	}

	BigDecimal reading() {
		return reading;
	}

	@Nullable String note() {
		return note;
	}

	int version() {
		return version;
	}

	Stored stored() {
		return new Stored(id, meter, base, period, reading, previous, consumption, replacedFinal, replacedInitial,
				status, holdReason, ownerConfirmed,
				new Entered(entered.source(), entered.readOn(), entered.by(), entered.at(), note), version);
	}

	ReadingView toView() {
		return new ReadingView(id, meter.communityId(), meter.id(), meter.code(), meter.kind(), meter.unitId(), base,
				period, reading, previous, consumption, replacedFinal, replacedInitial, status, holdReason,
				entered.readOn(), ownerConfirmed, note, entered.by(), version);
	}

}
