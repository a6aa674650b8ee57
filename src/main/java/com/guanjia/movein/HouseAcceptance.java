package com.guanjia.movein;

import static com.guanjia.movein.Refusals.resolvable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.movein.MoveInEvents.AcceptanceDefectFixed;
import com.guanjia.movein.MoveInEvents.AcceptanceDefectsFound;
import com.guanjia.movein.MoveInEvents.AcceptanceDefectsOrdered;
import com.guanjia.movein.MoveInEvents.AcceptanceItemRecorded;
import com.guanjia.movein.MoveInEvents.AcceptancePassed;
import com.guanjia.movein.MoveInEvents.AcceptanceReadingsRecorded;
import com.guanjia.movein.MoveInEvents.AcceptanceRechecked;
import com.guanjia.movein.MoveInEvents.AcceptanceRecheckBooked;
import com.guanjia.movein.MoveInEvents.AcceptanceRepaired;
import com.guanjia.movein.MoveInEvents.AcceptanceRoomPassed;
import com.guanjia.movein.MoveInEvents.AcceptanceSigned;
import com.guanjia.movein.MoveInEvents.AcceptanceStarted;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A house acceptance (房屋质量验收登记表, R8.3): rooms × items checked with the owner and
 * engineering; a failed item is a defect with its note and photos; the water, electricity
 * and gas base readings confirmed jointly; every defect becomes a handover-defect work
 * order in one action; when the last is done the second acceptance is booked, each defect
 * is checked again (a defect still there starts another round), and the owner signs the
 * accepted house. Each step is checked against the state ({@link AcceptanceAction}),
 * appended to the history and announced.
 */
final class HouseAcceptance {

	/** A room and the position of an item on the sheet. */
	record Key(String room, int position) {

		@Override
		public String toString() {
			return room + "#" + position;
		}

	}

	/**
	 * One line of the sheet; a failed one is a defect: the round it was found in, its
	 * work order, when that was done and how the re-check found it.
	 */
	record Item(String room, int position, String text, @Nullable ItemOutcome outcome, @Nullable String note,
			List<Long> photoFileIds, @Nullable Integer foundRound, @Nullable Long workOrderId,
			@Nullable String workOrderNumber, @Nullable Instant fixedAt, @Nullable ItemOutcome recheck) {

		Key key() {
			return new Key(room, position);
		}

		/** A defect not yet found right at a re-check. */
		boolean openDefect() {
			return outcome == ItemOutcome.FAIL && recheck != ItemOutcome.PASS;
		}

		Item answered(ItemOutcome o, @Nullable String n, List<Long> photos, int round) {
			return new Item(room, position, text, o, n, photos, o == ItemOutcome.FAIL ? round : null, null, null, null,
					null);
		}

		Item ordered(long id, String number) {
			return new Item(room, position, text, outcome, note, photoFileIds, foundRound, id, number, null, recheck);
		}

		Item fixed(Instant at) {
			return new Item(room, position, text, outcome, note, photoFileIds, foundRound, workOrderId, workOrderNumber,
					at, recheck);
		}

		Item rechecked(boolean passed) {
			return passed
					? new Item(room, position, text, outcome, note, photoFileIds, foundRound, workOrderId,
							workOrderNumber, fixedAt, ItemOutcome.PASS)
					: new Item(room, position, text, outcome, note, photoFileIds, foundRound, null, null, null,
							ItemOutcome.FAIL);
		}

	}

	/** The base readings confirmed with the owner; gas only where the unit has gas. */
	record Readings(String waterCode, BigDecimal water, String electricityCode, BigDecimal electricity,
			@Nullable String gasCode, @Nullable BigDecimal gas, String confirmedBy, Instant at) {
	}

	record Signature(String name, long fileId, Instant at) {
	}

	record Step(AcceptanceAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final long caseId;

	private final long unitId;

	private final String unitLabel;

	private final long templateId;

	private final Instant startedAt;

	private final String startedBy;

	private AcceptanceStatus status;

	private int round;

	private final Map<Key, Item> items;

	private @Nullable Readings readings;

	private @Nullable Instant recheckAt;

	private @Nullable Signature signature;

	private int version;

	private boolean isNew;

	private final Set<Key> changed = new LinkedHashSet<>();

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private HouseAcceptance(long id, long communityId, long caseId, long unitId, String unitLabel, long templateId,
			Instant startedAt, String startedBy, AcceptanceStatus status, int round, List<Item> items, int version) {
		this.id = id;
		this.communityId = communityId;
		this.caseId = caseId;
		this.unitId = unitId;
		this.unitLabel = unitLabel;
		this.templateId = templateId;
		this.startedAt = startedAt;
		this.startedBy = startedBy;
		this.status = status;
		this.round = round;
		this.items = new LinkedHashMap<>();
		items.forEach(i -> this.items.put(i.key(), i));
		this.version = version;
	}

	/** A new sheet: every room × every item of the template, none checked yet. */
	static HouseAcceptance start(long id, long communityId, long caseId, long unitId, String unitLabel, long templateId,
			List<String> rooms, List<String> itemTexts, Instant now, String by) {
		List<Item> items = new ArrayList<>();
		for (String room : rooms) {
			for (int i = 0; i < itemTexts.size(); i++) {
				items.add(new Item(room, i + 1, itemTexts.get(i), null, null, List.of(), null, null, null, null, null));
			}
		}
		HouseAcceptance a = new HouseAcceptance(id, communityId, caseId, unitId, unitLabel, templateId, now, by,
				AcceptanceStatus.INSPECTING, 1, items, 0);
		a.isNew = true;
		a.changed.addAll(a.items.keySet());
		a.steps.add(new Step(AcceptanceAction.START, now, String.join("、", rooms)));
		a.events.add(new AcceptanceStarted(communityId, id, caseId, unitId));
		return a;
	}

	/** The stored state; only the repository builds one with this. */
	record Stored(AcceptanceStatus status, int round, List<Item> items, @Nullable Readings readings,
			@Nullable Instant recheckAt, @Nullable Signature signature, int version) {
	}

	static HouseAcceptance restore(long id, long communityId, long caseId, long unitId, String unitLabel,
			long templateId, Instant startedAt, String startedBy, Stored s) {
		HouseAcceptance a = new HouseAcceptance(id, communityId, caseId, unitId, unitLabel, templateId, startedAt,
				startedBy, s.status(), s.round(), s.items(), s.version());
		a.readings = s.readings();
		a.recheckAt = s.recheckAt();
		a.signature = s.signature();
		return a;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * One item as found; a failure needs a note (what is wrong), the photos are kept with
	 * it. Checking an item again while the sheet is open corrects it.
	 */
	void record(Key key, ItemOutcome outcome, @Nullable String note, List<Long> photoFileIds, Instant now) {
		check(AcceptanceAction.RECORD_ITEM);
		Item item = items.get(key);
		if (item == null) {
			throw new RuleViolationException("acceptance.noSuchItem", key.room(), key.position());
		}
		if (outcome == ItemOutcome.FAIL && (note == null || note.isBlank())) {
			throw new RuleViolationException("acceptance.defect.noNote", key.room(), item.text());
		}
		List<Long> photos = new ArrayList<>(outcome == ItemOutcome.FAIL ? item.photoFileIds() : List.of());
		photos.addAll(photoFileIds);
		items.put(key, item.answered(outcome, outcome == ItemOutcome.PASS ? null : note, List.copyOf(photos), round));
		changed.add(key);
		step(AcceptanceAction.RECORD_ITEM, status, now, key.room() + " " + item.text() + " " + outcome);
		events.add(new AcceptanceItemRecorded(communityId, id, key.room(), key.position(), outcome.name()));
	}

	/**
	 * The rest of one room passes (本房间其余项目合格): every line of the room not recorded yet is
	 * PASS, in one step with one history line; a line already recorded keeps its outcome,
	 * note and photos (a defect stays a defect). A room with nothing left is left alone
	 * (no step, no event: a second tap changes nothing). Returns how many passed.
	 */
	int passRest(String room, Instant now) {
		check(AcceptanceAction.PASS_ROOM);
		if (items.keySet().stream().noneMatch(k -> k.room().equals(room))) {
			throw new RuleViolationException("acceptance.noSuchRoom", room);
		}
		List<Item> rest = unrecorded(room);
		if (rest.isEmpty()) {
			return 0;
		}
		for (Item item : rest) {
			items.put(item.key(), item.answered(ItemOutcome.PASS, null, List.of(), round));
			changed.add(item.key());
		}
		step(AcceptanceAction.PASS_ROOM, status, now, room + " " + rest.size());
		events.add(new AcceptanceRoomPassed(communityId, id, room, rest.size()));
		return rest.size();
	}

	/**
	 * Whether the rest of this room can pass now: the sheet is open and lines are left.
	 */
	boolean allowsPassingRest(String room) {
		return allows(AcceptanceAction.PASS_ROOM) && !unrecorded(room).isEmpty();
	}

	private List<Item> unrecorded(String room) {
		return items.values().stream().filter(i -> i.room().equals(room) && i.outcome() == null).toList();
	}

	void recordReadings(Readings confirmed) {
		check(AcceptanceAction.RECORD_READINGS);
		readings = confirmed;
		step(AcceptanceAction.RECORD_READINGS, status, confirmed.at(), confirmed.confirmedBy());
		events.add(new AcceptanceReadingsRecorded(communityId, id, confirmed.confirmedBy()));
	}

	/**
	 * Every item checked and the readings confirmed: passed, or defects to put right.
	 * Refused naming how many items are unchecked, or the missing readings.
	 */
	void finish(Instant now) {
		check(AcceptanceAction.FINISH);
		long unchecked = items.values().stream().filter(i -> i.outcome() == null).count();
		if (unchecked > 0) {
			throw new RuleViolationException("acceptance.unchecked", unchecked);
		}
		if (readings == null) {
			throw new RuleViolationException("acceptance.noReadings");
		}
		int defects = openDefects().size();
		if (defects > 0) {
			step(AcceptanceAction.FINISH, AcceptanceStatus.DEFECTS, now, defects + " defects");
			events.add(new AcceptanceDefectsFound(communityId, id, caseId, defects, round));
		}
		else {
			step(AcceptanceAction.FINISH, AcceptanceStatus.PASSED, now, null);
			events.add(new AcceptancePassed(communityId, id, caseId, round));
		}
	}

	/** Each open defect got its work order (the service opened them, in one action). */
	void ordered(Map<Key, WorkOrderRef> orders, Instant now) {
		check(AcceptanceAction.ORDER_DEFECTS);
		List<Key> open = openDefects().stream().map(Item::key).toList();
		if (!orders.keySet().containsAll(open)) {
			throw new RuleViolationException("acceptance.defect.unordered");
		}
		open.forEach(k -> {
			WorkOrderRef ref = orders.get(k);
			items.put(k, items.get(k).ordered(ref.id(), ref.number()));
			changed.add(k);
		});
		step(AcceptanceAction.ORDER_DEFECTS, AcceptanceStatus.REPAIRING, now,
				String.join(" ", orders.values().stream().map(WorkOrderRef::number).toList()));
		events.add(new AcceptanceDefectsOrdered(communityId, id, orders.size()));
	}

	/**
	 * A defect's work order is done; the last one makes the house ready for a re-check.
	 */
	void defectFixed(long workOrderId, Instant now) {
		check(AcceptanceAction.DEFECT_FIXED);
		Item item = items.values()
			.stream()
			.filter(i -> i.openDefect() && Long.valueOf(workOrderId).equals(i.workOrderId()) && i.fixedAt() == null)
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("acceptance.defect.unknownOrder", workOrderId));
		items.put(item.key(), item.fixed(now));
		changed.add(item.key());
		boolean all = openDefects().stream().allMatch(i -> i.fixedAt() != null);
		step(AcceptanceAction.DEFECT_FIXED, all ? AcceptanceStatus.REPAIRED : status, now, item.workOrderNumber());
		events.add(all ? new AcceptanceRepaired(communityId, id, caseId)
				: new AcceptanceDefectFixed(communityId, id, workOrderId));
	}

	/** Whether a work order of this acceptance is still awaited. */
	boolean awaits(long workOrderId) {
		return items.values()
			.stream()
			.anyMatch(i -> i.openDefect() && Long.valueOf(workOrderId).equals(i.workOrderId()) && i.fixedAt() == null);
	}

	void bookRecheck(Instant at, Instant now) {
		check(AcceptanceAction.BOOK_RECHECK);
		recheckAt = at;
		step(AcceptanceAction.BOOK_RECHECK, AcceptanceStatus.RECHECK_BOOKED, now, at.toString());
		events.add(new AcceptanceRecheckBooked(communityId, id, at));
	}

	/**
	 * The second acceptance: every open defect found right or not; those not right start
	 * another round (new work orders), otherwise the house is accepted and awaits the
	 * owner's signature.
	 */
	void recheck(Map<Key, Boolean> found, Instant now) {
		check(AcceptanceAction.RECHECK);
		List<Item> open = openDefects();
		if (!found.keySet().containsAll(open.stream().map(Item::key).toList())) {
			throw new RuleViolationException("acceptance.recheck.incomplete",
					open.size() - found.keySet().stream().filter(k -> items.containsKey(k)).count());
		}
		int failed = 0;
		for (Item i : open) {
			boolean passed = found.get(i.key());
			items.put(i.key(), i.rechecked(passed));
			changed.add(i.key());
			failed += passed ? 0 : 1;
		}
		if (failed > 0) {
			round++;
		}
		step(AcceptanceAction.RECHECK, failed > 0 ? AcceptanceStatus.DEFECTS : AcceptanceStatus.PASSED, now,
				failed + " failed");
		events.add(new AcceptanceRechecked(communityId, id, round, failed));
	}

	void sign(String name, long signatureFileId, Instant now) {
		check(AcceptanceAction.SIGN);
		signature = new Signature(name, signatureFileId, now);
		step(AcceptanceAction.SIGN, AcceptanceStatus.SIGNED, now, name);
		events.add(new AcceptanceSigned(communityId, id, caseId, unitId, name));
	}

	// --- the rules ---------------------------------------------------------------------

	List<Item> openDefects() {
		return items.values().stream().filter(Item::openDefect).toList();
	}

	/** Every defect ever found on the sheet, open or put right. */
	List<Item> defects() {
		return items.values().stream().filter(i -> i.outcome() == ItemOutcome.FAIL).toList();
	}

	boolean allows(AcceptanceAction action) {
		return action.allowedFrom(status);
	}

	Set<AcceptanceAction> possibleSteps() {
		Set<AcceptanceAction> possible = EnumSet.noneOf(AcceptanceAction.class);
		for (AcceptanceAction a : AcceptanceAction.values()) {
			if (a.byStaff() && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(AcceptanceAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("acceptance.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private void step(AcceptanceAction action, AcceptanceStatus to, Instant at, @Nullable String note) {
		steps.add(new Step(action, at, note));
		status = to;
	}

	// --- for the repository and the service ------------------------------------------

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	List<Item> changedItems() {
		return changed.stream().map(items::get).toList();
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
		changed.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long caseId() {
		return caseId;
	}

	long unitId() {
		return unitId;
	}

	String unitLabel() {
		return unitLabel;
	}

	long templateId() {
		return templateId;
	}

	Instant startedAt() {
		return startedAt;
	}

	String startedBy() {
		return startedBy;
	}

	AcceptanceStatus status() {
		return status;
	}

	int round() {
		return round;
	}

	List<Item> items() {
		return List.copyOf(items.values());
	}

	@Nullable Readings readings() {
		return readings;
	}

	@Nullable Instant recheckAt() {
		return recheckAt;
	}

	@Nullable Signature signature() {
		return signature;
	}

	int version() {
		return version;
	}

}
