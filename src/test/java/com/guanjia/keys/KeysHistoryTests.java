package com.guanjia.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.keys.KeyEvents.KeyRegistered;
import com.guanjia.keys.KeyEvents.MailLogged;
import com.guanjia.keys.KeyEvents.StockTakeClosed;
import com.guanjia.keys.KeyEvents.StockTakeCounted;
import com.guanjia.keys.KeyEvents.StockTakeStarted;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The key register, the monthly stock-take and the mail desk as their repositories see
 * them (R10.1 seed 003 "每月盘点一次"; R10.3): what each record writes in its history, the
 * version that moves on with each save (so a second desk's stale edit is refused), and
 * what a stored record comes back as.
 */
class KeysHistoryTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final YearMonth DEC = YearMonth.of(2026, 12);

	@Test
	void r10_1_aRegisteredKeyIsInStoreAndItsVersionMovesOnWithEachSave() {
		KeyItem k = KeyItem.register(15, 3, 21, "1-101", KeyKind.UNIT_KEY, "K-0101", "柜A-3", NOW);
		assertThat(k.id()).isEqualTo(15);
		assertThat(k.communityId()).isEqualTo(3);
		assertThat(k.unitId()).isEqualTo(21);
		assertThat(k.unitLabel()).isEqualTo("1-101");
		assertThat(k.number()).isEqualTo("K-0101");
		assertThat(k.place()).isEqualTo("柜A-3");
		assertThat(k.isNew()).isTrue();
		assertThat(k.steps()).containsExactly(new KeyItem.Step(KeyAction.REGISTER, NOW, "柜A-3"));
		assertThat(k.events()).containsExactly(new KeyRegistered(3, 15, 21, KeyKind.UNIT_KEY, "K-0101"));
		k.saved();
		assertThat(k.isNew()).isFalse();
		assertThat(k.version()).isZero();
		assertThat(k.steps()).isEmpty();
		assertThat(k.events()).isEmpty();
		k.move("柜B-1", NOW);
		k.saved();
		assertThat(k.version()).isEqualTo(1);
		assertThat(k.steps()).isEmpty();
		assertThat(k.events()).isEmpty();
		KeyItem stored = KeyItem.restore(15, 3, 21, "1-101", KeyKind.UNIT_KEY, "K-0101", "柜B-1", KeyStatus.IN_STORE,
				null, null, 4);
		assertThat(stored.isNew()).isFalse();
		assertThat(stored.version()).isEqualTo(4);
	}

	@Test
	void r10_1_aHandedBackKeyKeepsItsPlaceUnlessANewOneIsGivenAndAMovedKeySaysFromWhere() {
		KeyItem issued = KeyItem.restore(15, 3, 21, "1-101", KeyKind.RESIDENT_CARD, "C-0101", "柜A-3", KeyStatus.ISSUED,
				new KeyItem.Holder(31L, "张三", null, null, null), null, 1);
		issued.handBack(null, NOW);
		assertThat(issued.place()).isEqualTo("柜A-3");
		assertThat(issued.holder()).isNull();
		assertThat(issued.steps()).containsExactly(new KeyItem.Step(KeyAction.HAND_BACK, NOW, "张三"));
		KeyItem issued2 = KeyItem.restore(15, 3, 21, "1-101", KeyKind.RESIDENT_CARD, "C-0101", "柜A-3", KeyStatus.ISSUED,
				null, null, 1);
		issued2.handBack("柜C-9", NOW);
		assertThat(issued2.place()).isEqualTo("柜C-9");
		assertThat(issued2.steps()).containsExactly(new KeyItem.Step(KeyAction.HAND_BACK, NOW, null));
		KeyItem nowhere = KeyItem.restore(15, 3, 21, "1-101", KeyKind.UNIT_KEY, "K-0101", null, KeyStatus.IN_STORE,
				null, null, 1);
		nowhere.move("柜A-3", NOW);
		nowhere.move("柜B-1", NOW);
		assertThat(nowhere.steps()).extracting(KeyItem.Step::note).containsExactly("柜A-3", "柜A-3 → 柜B-1");
	}

	@Test
	void r10_1_aCardIsRenewedOnlyToALaterDate() {
		LocalDate until = LocalDate.of(2026, 12, 31);
		KeyItem card = KeyItem.restore(16, 3, 21, "1-101", KeyKind.CAR_CARD, "P-0101", "柜A-4", KeyStatus.ISSUED,
				new KeyItem.Holder(31L, "张三", "粤B12345", until, "R-1"), null, 1);
		assertThatThrownBy(() -> card.renew(until, NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.code()).isEqualTo("keys.renew.notLater"));
		card.renew(until.plusDays(1), NOW);
		assertThat(card.holder().validUntil()).isEqualTo(until.plusDays(1));
		assertThat(card.holder().plate()).isEqualTo("粤B12345");
	}

	@Test
	void r10_1_aStockTakeListsEveryItemAndCountsOnlyThoseInTheOffice() {
		Map<Long, KeyStatus> items = new LinkedHashMap<>();
		items.put(10L, KeyStatus.IN_STORE);
		items.put(11L, KeyStatus.LENT);
		items.put(12L, KeyStatus.ISSUED);
		StockTake t = StockTake.start(4, 3, DEC, items, NOW, "desk1");
		assertThat(t.id()).isEqualTo(4);
		assertThat(t.communityId()).isEqualTo(3);
		assertThat(t.startedBy()).isEqualTo("desk1");
		assertThat(t.isNew()).isTrue();
		assertThat(t.steps()).containsExactly(StockTakeAction.START);
		assertThat(t.events()).containsExactly(new StockTakeStarted(3, 4, DEC, 3));
		// every line is new; the lent key is counted as lent at once
		assertThat(t.changedLines()).extracting(StockTake.Line::itemId).containsExactly(10L, 11L, 12L);
		assertThat(t.changedLines()).extracting(StockTake.Line::result).containsExactly(null, CountResult.LENT, null);
		assertThat(t.possibleSteps()).containsExactlyInAnyOrder(StockTakeAction.COUNT, StockTakeAction.CLOSE);
		t.saved();
		assertThat(t.isNew()).isFalse();
		assertThat(t.version()).isZero();
		assertThat(t.changedLines()).isEmpty();
		assertThat(t.steps()).isEmpty();
		assertThat(t.events()).isEmpty();
		t.count(10, true, null, "desk1", NOW);
		assertThat(t.changedLines()).extracting(StockTake.Line::itemId).containsExactly(10L);
		assertThat(t.steps()).containsExactly(StockTakeAction.COUNT);
		assertThat(t.events()).containsExactly(new StockTakeCounted(3, 4, 10, true));
		t.saved();
		assertThat(t.version()).isEqualTo(1);
		assertThatThrownBy(() -> t.close("desk1", NOW)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
			assertThat(e.code()).isEqualTo("keys.stockTake.uncounted");
			assertThat(e.args()).containsExactly(1L);
		});
		t.count(12, false, "不在柜中", "desk2", NOW);
		t.close("desk2", NOW);
		assertThat(t.status()).isEqualTo(StockTakeStatus.CLOSED);
		assertThat(t.closedAt()).isEqualTo(NOW);
		assertThat(t.closedBy()).isEqualTo("desk2");
		assertThat(t.events()).last().isEqualTo(new StockTakeClosed(3, 4, DEC, 1, 1, 1));
		assertThat(t.possibleSteps()).isEmpty();
		assertThat(t.allows(StockTakeAction.COUNT)).isFalse();
		StockTake stored = StockTake.restore(4, 3, DEC, StockTakeStatus.OPEN, NOW, "desk1", null, null,
				List.of(new StockTake.Line(10, KeyStatus.IN_STORE, null, null, null, null)), 6);
		assertThat(stored.version()).isEqualTo(6);
		assertThat(stored.allows(StockTakeAction.CLOSE)).isTrue();
	}

	@Test
	void r10_3_aLoggedLetterIsWaitingAndItsVersionMovesOnWithEachSave() {
		MailItem.Arrival arrival = new MailItem.Arrival(21, "1-101", MailKind.PARCEL, "张三", "顺丰", "SF123", NOW,
				"desk1");
		MailItem m = MailItem.log(9, 3, arrival);
		assertThat(m.id()).isEqualTo(9);
		assertThat(m.communityId()).isEqualTo(3);
		assertThat(m.isNew()).isTrue();
		assertThat(m.steps()).containsExactly(new MailItem.Step(MailAction.LOG, NOW, "PARCEL"));
		assertThat(m.events()).containsExactly(new MailLogged(3, 9, 21, "1-101", MailKind.PARCEL));
		m.saved();
		assertThat(m.isNew()).isFalse();
		assertThat(m.version()).isZero();
		assertThat(m.steps()).isEmpty();
		assertThat(m.events()).isEmpty();
		m.handOver("张三", "desk2", NOW);
		m.saved();
		assertThat(m.version()).isEqualTo(1);
		assertThat(m.steps()).isEmpty();
		assertThat(m.events()).isEmpty();
		MailItem stored = MailItem.restore(9, 3, arrival, MailStatus.WAITING, null, 5);
		assertThat(stored.isNew()).isFalse();
		assertThat(stored.version()).isEqualTo(5);
	}

}
