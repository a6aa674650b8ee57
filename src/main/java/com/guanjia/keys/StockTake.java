package com.guanjia.keys;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.keys.KeyEvents.StockTakeClosed;
import com.guanjia.keys.KeyEvents.StockTakeCounted;
import com.guanjia.keys.KeyEvents.StockTakeStarted;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The month's stock-take of the key register (R10.1, seed 003 item 24: "每月对业户单元钥匙（包括店面
 * 钥匙）、住户卡、车卡、未领用的可视对讲机进行盘点"): the items that should be in the cabinet — in store, or
 * flagged missing at an earlier count — each counted found or missing; those out on a
 * loan are listed as lent. It closes only when every item is counted; {@link StockTakes}
 * then flags the missing items and clears the found ones.
 */
final class StockTake {

	/** One item to count: what the register said when the count began, and the result. */
	record Line(long itemId, KeyStatus expected, @Nullable CountResult result, @Nullable Instant countedAt,
			@Nullable String countedBy, @Nullable String note) {

		boolean counted() {
			return result != null;
		}

	}

	private final long id;

	private final long communityId;

	private final YearMonth month;

	private StockTakeStatus status;

	private final Instant startedAt;

	private final String startedBy;

	private @Nullable Instant closedAt;

	private @Nullable String closedBy;

	private final Map<Long, Line> lines;

	private final Set<Long> changed = new java.util.LinkedHashSet<>();

	private int version;

	private boolean isNew;

	private final List<StockTakeAction> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private StockTake(long id, long communityId, YearMonth month, StockTakeStatus status, Instant startedAt,
			String startedBy, Map<Long, Line> lines, int version) {
		this.id = id;
		this.communityId = communityId;
		this.month = month;
		this.status = status;
		this.startedAt = startedAt;
		this.startedBy = startedBy;
		this.lines = lines;
		this.version = version;
	}

	/**
	 * The month's count of these items (what should be in the cabinet, and what is lent);
	 * an item out on a loan is counted lent at once.
	 */
	static StockTake start(long id, long communityId, YearMonth month, Map<Long, KeyStatus> items, Instant now,
			String by) {
		Map<Long, Line> lines = new LinkedHashMap<>();
		items.forEach((itemId, status) -> lines.put(itemId,
				!status.countedByHand() ? new Line(itemId, status, CountResult.LENT, now, by, null)
						: new Line(itemId, status, null, null, null, null)));
		StockTake t = new StockTake(id, communityId, month, StockTakeStatus.OPEN, now, by, lines, 0);
		t.isNew = true;
		t.changed.addAll(lines.keySet());
		t.steps.add(StockTakeAction.START);
		t.events.add(new StockTakeStarted(communityId, id, month, lines.size()));
		return t;
	}

	static StockTake restore(long id, long communityId, YearMonth month, StockTakeStatus status, Instant startedAt,
			String startedBy, @Nullable Instant closedAt, @Nullable String closedBy, List<Line> lines, int version) {
		Map<Long, Line> byItem = new LinkedHashMap<>();
		lines.forEach(l -> byItem.put(l.itemId(), l));
		StockTake t = new StockTake(id, communityId, month, status, startedAt, startedBy, byItem, version);
		t.closedAt = closedAt;
		t.closedBy = closedBy;
		return t;
	}

	/**
	 * One item found or not in its place; counting again corrects it while the count is
	 * open. An item that was lent when the count began is not counted by hand.
	 */
	void count(long itemId, boolean found, @Nullable String note, String by, Instant now) {
		check(StockTakeAction.COUNT);
		Line line = lines.get(itemId);
		if (line == null) {
			throw new RuleViolationException("keys.stockTake.notListed", itemId);
		}
		if (!line.expected().countedByHand()) {
			throw new RuleViolationException("keys.stockTake.lent");
		}
		lines.put(itemId,
				new Line(itemId, line.expected(), found ? CountResult.FOUND : CountResult.MISSING, now, by, note));
		changed.add(itemId);
		steps.add(StockTakeAction.COUNT);
		events.add(new StockTakeCounted(communityId, id, itemId, found));
	}

	/** Every item counted: closed with its figures (refused naming how many are left). */
	void close(String by, Instant now) {
		check(StockTakeAction.CLOSE);
		long left = lines.values().stream().filter(l -> !l.counted()).count();
		if (left > 0) {
			throw new RuleViolationException("keys.stockTake.uncounted", left);
		}
		status = StockTakeStatus.CLOSED;
		closedAt = now;
		closedBy = by;
		steps.add(StockTakeAction.CLOSE);
		events.add(new StockTakeClosed(communityId, id, month, count(CountResult.FOUND), count(CountResult.MISSING),
				count(CountResult.LENT)));
	}

	int count(CountResult result) {
		return (int) lines.values().stream().filter(l -> l.result() == result).count();
	}

	boolean allows(StockTakeAction action) {
		return action.allowedFrom(status);
	}

	Set<StockTakeAction> possibleSteps() {
		Set<StockTakeAction> possible = EnumSet.noneOf(StockTakeAction.class);
		for (StockTakeAction a : List.of(StockTakeAction.COUNT, StockTakeAction.CLOSE)) {
			if (allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(StockTakeAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("keys.stockTake.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	List<StockTakeAction> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	/** The lines changed since loading, to write. */
	List<Line> changedLines() {
		return changed.stream().map(lines::get).toList();
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

	YearMonth month() {
		return month;
	}

	StockTakeStatus status() {
		return status;
	}

	Instant startedAt() {
		return startedAt;
	}

	String startedBy() {
		return startedBy;
	}

	@Nullable Instant closedAt() {
		return closedAt;
	}

	@Nullable String closedBy() {
		return closedBy;
	}

	List<Line> lines() {
		return Collections.unmodifiableList(new ArrayList<>(lines.values()));
	}

	int version() {
		return version;
	}

}
