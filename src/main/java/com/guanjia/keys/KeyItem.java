package com.guanjia.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.keys.KeyEvents.CardRenewed;
import com.guanjia.keys.KeyEvents.KeyFound;
import com.guanjia.keys.KeyEvents.KeyHandedBack;
import com.guanjia.keys.KeyEvents.KeyIssued;
import com.guanjia.keys.KeyEvents.KeyMoved;
import com.guanjia.keys.KeyEvents.KeyRegistered;
import com.guanjia.keys.KeyEvents.KeyWentMissing;
import com.guanjia.keys.KeyEvents.KeyWrittenOff;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One numbered item of the key register (R10.1): a unit's key, a resident or car card, an
 * unissued intercom handset, in its storage place. Each step is checked against its state
 * ({@link KeyAction}) and what the item is (only a unit's key is lent, only a card is
 * renewed), appended to its history and announced; lending and returning are announced by
 * the {@link KeyLoan} they belong to. {@link KeyItemRepository} loads and saves it,
 * {@link KeyRegister} and {@link KeyLoans} orchestrate.
 */
final class KeyItem {

	/** Who holds an issued item, and for a car card its plate and validity. */
	record Holder(@Nullable Long partyId, String name, @Nullable String plate, @Nullable LocalDate validUntil,
			@Nullable String reference) {
	}

	/** One line of the item's history. */
	record Step(KeyAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final long unitId;

	private final String unitLabel;

	private final KeyKind kind;

	private final String number;

	private @Nullable String place;

	private KeyStatus status;

	private @Nullable Holder holder;

	private @Nullable LocalDate missingSince;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private KeyItem(long id, long communityId, long unitId, String unitLabel, KeyKind kind, String number,
			@Nullable String place, KeyStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.unitId = unitId;
		this.unitLabel = unitLabel;
		this.kind = kind;
		this.number = number;
		this.place = place;
		this.status = status;
		this.version = version;
	}

	/** A new item, in store, under an id the repository reserved. */
	static KeyItem register(long id, long communityId, long unitId, String unitLabel, KeyKind kind, String number,
			@Nullable String place, Instant now) {
		KeyItem k = new KeyItem(id, communityId, unitId, unitLabel, kind, number, place, KeyStatus.IN_STORE, 0);
		k.isNew = true;
		k.steps.add(new Step(KeyAction.REGISTER, now, place));
		k.events.add(new KeyRegistered(communityId, id, unitId, kind, number));
		return k;
	}

	/** An item as stored; only the repository calls this. */
	static KeyItem restore(long id, long communityId, long unitId, String unitLabel, KeyKind kind, String number,
			@Nullable String place, KeyStatus status, @Nullable Holder holder, @Nullable LocalDate missingSince,
			int version) {
		KeyItem k = new KeyItem(id, communityId, unitId, unitLabel, kind, number, place, status, version);
		k.holder = holder;
		k.missingSince = missingSince;
		return k;
	}

	// --- the steps ---------------------------------------------------------------------

	void issue(Holder to, Instant now) {
		check(KeyAction.ISSUE);
		holder = to;
		step(KeyAction.ISSUE, KeyStatus.ISSUED, now, to.name());
		events.add(new KeyIssued(communityId, id, unitId, kind, number, to.partyId(), to.name(), to.reference()));
	}

	/** Lent on the loan {@code loanId}; the loan announces it. */
	void lend(String borrower, Instant now) {
		check(KeyAction.LEND);
		step(KeyAction.LEND, KeyStatus.LENT, now, borrower);
	}

	/** Back from its loan; the loan announces it. */
	void giveBack(Instant now) {
		check(KeyAction.RETURN);
		step(KeyAction.RETURN, KeyStatus.IN_STORE, now, null);
	}

	void handBack(@Nullable String place, Instant now) {
		check(KeyAction.HAND_BACK);
		String from = holder == null ? null : holder.name();
		holder = null;
		if (place != null) {
			this.place = place;
		}
		step(KeyAction.HAND_BACK, KeyStatus.IN_STORE, now, from);
		events.add(new KeyHandedBack(communityId, id, unitId, number));
	}

	void renew(LocalDate validUntil, Instant now) {
		check(KeyAction.RENEW);
		Holder h = holder;
		if (h != null && h.validUntil() != null && !validUntil.isAfter(h.validUntil())) {
			throw new RuleViolationException("keys.renew.notLater", h.validUntil());
		}
		holder = h == null ? null : new Holder(h.partyId(), h.name(), h.plate(), validUntil, h.reference());
		step(KeyAction.RENEW, KeyStatus.ISSUED, now, validUntil.toString());
		events.add(new CardRenewed(communityId, id, unitId, number, validUntil));
	}

	void move(String newPlace, Instant now) {
		check(KeyAction.MOVE);
		String from = place;
		place = newPlace;
		step(KeyAction.MOVE, KeyStatus.IN_STORE, now, (from == null ? "" : from + " → ") + newPlace);
		events.add(new KeyMoved(communityId, id, newPlace));
	}

	/**
	 * A stock-take did not find it: flagged from {@code day} until found or written off.
	 */
	void miss(LocalDate day, String stockTake, Instant now) {
		check(KeyAction.MISS);
		missingSince = day;
		step(KeyAction.MISS, KeyStatus.MISSING, now, stockTake);
		events.add(new KeyWentMissing(communityId, id, unitId, kind, number, day));
	}

	void find(@Nullable String note, Instant now) {
		check(KeyAction.FIND);
		missingSince = null;
		step(KeyAction.FIND, KeyStatus.IN_STORE, now, note);
		events.add(new KeyFound(communityId, id, number));
	}

	void writeOff(String reason, Instant now) {
		check(KeyAction.WRITE_OFF);
		step(KeyAction.WRITE_OFF, KeyStatus.WRITTEN_OFF, now, reason);
		events.add(new KeyWrittenOff(communityId, id, number, reason));
	}

	// --- the rules ---------------------------------------------------------------------

	/** The state allows the step, and the item is of a kind the step is for. */
	boolean allows(KeyAction action) {
		return action.allowedFrom(status) && fitsKind(action);
	}

	private boolean fitsKind(KeyAction action) {
		return switch (action) {
			case LEND, RETURN -> kind.lendable();
			case RENEW -> kind.card();
			default -> true;
		};
	}

	/** The steps staff may take now: what the page offers and the API lists. */
	Set<KeyAction> possibleSteps() {
		Set<KeyAction> possible = EnumSet.noneOf(KeyAction.class);
		for (KeyAction a : KeyAction.values()) {
			if (a.byStaff() && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	/** Refuses a step the item's state or kind does not allow, naming both. */
	void check(KeyAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("keys.illegal", number, resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
		if (!fitsKind(action)) {
			throw new RuleViolationException("keys.wrongKind", number, resolvable(action.messageKey()),
					resolvable(kind.messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private void step(KeyAction action, KeyStatus to, Instant at, @Nullable String note) {
		steps.add(new Step(action, at, note));
		status = to;
	}

	// --- for the repository and the services ------------------------------------------

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

	long unitId() {
		return unitId;
	}

	String unitLabel() {
		return unitLabel;
	}

	KeyKind kind() {
		return kind;
	}

	String number() {
		return number;
	}

	@Nullable String place() {
		return place;
	}

	KeyStatus status() {
		return status;
	}

	@Nullable Holder holder() {
		return holder;
	}

	@Nullable LocalDate missingSince() {
		return missingSince;
	}

	int version() {
		return version;
	}

}
