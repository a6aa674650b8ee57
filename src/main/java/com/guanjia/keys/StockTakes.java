package com.guanjia.keys;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly stock-take of the key register (R10.1, seed 003 item 24): start the month's
 * count (once per month), count each item found or not in its place, close it when all
 * are counted — the items not found are flagged missing and stay flagged (on the register
 * and in the next month's count) until found or written off; flagged items found again
 * are cleared.
 */
@Service
@Transactional
@NamedInterface("api")
public class StockTakes {

	private final StockTakeRepository takes;

	private final KeyItemRepository items;

	private final KeyRegister register;

	private final CommunityDirectory communities;

	private final AdvisoryLocks locks;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StockTakes(StockTakeRepository takes, KeyItemRepository items, KeyRegister register, CommunityDirectory communities,
			AdvisoryLocks locks, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.takes = takes;
		this.items = items;
		this.register = register;
		this.communities = communities;
		this.locks = locks;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Starts this month's count (a second start of the same month is refused, 409). */
	public StockTakeView start(long communityId) {
		scope.require(Permission.KEYS_WRITE);
		scope.require(communityId);
		YearMonth month = YearMonth.from(register.today(communityId));
		locks.lockForTransaction(communityId, "stock-take:" + month);
		if (takes.idOfMonth(communityId, month).isPresent()) {
			throw new ConflictException("keys.stockTake.exists", month);
		}
		return commit(StockTake.start(takes.nextId(), communityId, month, items.toCount(communityId), clock.instant(),
				scope.actor()));
	}

	public StockTakeView count(long id, long itemId, boolean found, @Nullable String note) {
		new Problems().optionalText("note", note, 200).throwIfAny();
		StockTake t = load(id);
		t.count(itemId, found, note == null || note.isBlank() ? null : note.strip(), scope.actor(), clock.instant());
		return commit(t);
	}

	/**
	 * Closes the count when every item is counted: the items not found are flagged
	 * missing, the flagged ones found are cleared.
	 */
	public StockTakeView close(long id) {
		StockTake t = load(id);
		Instant now = clock.instant();
		t.close(scope.actor(), now);
		LocalDate today = register.today(t.communityId());
		Map<Long, StockTake.Line> byItem = new HashMap<>();
		t.lines().forEach(l -> byItem.put(l.itemId(), l));
		String ref = "stock-take " + t.month();
		for (KeyItem k : items.lockAll(t.communityId(), byItem.keySet())) {
			CountResult result = byItem.get(k.id()).result();
			if (result == CountResult.MISSING && k.allows(KeyAction.MISS)) {
				k.miss(today, ref, now);
				register.commit(k);
			}
			else if (result == CountResult.FOUND && k.allows(KeyAction.FIND)) {
				k.find(ref, now);
				register.commit(k);
			}
		}
		return commit(t);
	}

	@Transactional(readOnly = true)
	public StockTakeView get(long id) {
		scope.require(Permission.KEYS_WRITE);
		return view(takes.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("stockTake", id)));
	}

	@Transactional(readOnly = true)
	public List<StockTakeView> list(long communityId) {
		scope.require(Permission.KEYS_WRITE);
		scope.require(communityId);
		return takes.list(communityId).stream().map(this::view).toList();
	}

	private StockTake load(long id) {
		scope.require(Permission.KEYS_WRITE);
		return takes.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("stockTake", id));
	}

	private StockTakeView commit(StockTake t) {
		takes.save(t);
		for (StockTakeAction step : t.steps()) {
			if (step != StockTakeAction.COUNT) {
				audit.record(t.communityId(), "stock_take", t.id(), step.name().toLowerCase(Locale.ROOT), t.month()
						+ " found " + t.count(CountResult.FOUND) + " missing " + t.count(CountResult.MISSING));
			}
		}
		t.events().forEach(events::publishEvent);
		t.saved();
		return view(takes.find(List.of(t.communityId()), t.id()).orElseThrow());
	}

	private StockTakeView view(StockTake t) {
		Map<Long, KeyItem> byId = new HashMap<>();
		items.findAll(t.communityId(), t.lines().stream().map(StockTake.Line::itemId).toList())
			.forEach(k -> byId.put(k.id(), k));
		List<StockTakeView.Line> lines = t.lines().stream().map(l -> {
			KeyItem k = byId.get(l.itemId());
			return new StockTakeView.Line(l.itemId(), k.number(), k.kind(), k.unitLabel(), k.place(), l.expected(),
					l.result(), l.countedAt(), l.countedBy(), l.note());
		}).toList();
		int counted = (int) t.lines().stream().filter(StockTake.Line::counted).count();
		return new StockTakeView(t.id(), t.communityId(), t.month(), t.status(), t.startedAt(), t.startedBy(),
				t.closedAt(), t.closedBy(), t.lines().size(), counted, t.count(CountResult.FOUND),
				t.count(CountResult.MISSING), t.count(CountResult.LENT), lines, List.copyOf(t.possibleSteps()));
	}

}
