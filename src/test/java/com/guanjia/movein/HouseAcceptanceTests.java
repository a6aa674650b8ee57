package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.guanjia.movein.MoveInEvents.AcceptanceRoomPassed;
import com.guanjia.shared.RuleViolationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The "rest of this room passes" step of the acceptance sheet (issue 12 item 2, R8.3):
 * every still-unrecorded line of one room passes at once, a line already recorded keeps
 * its outcome (a defect stays a defect), and the step is refused once the sheet no longer
 * takes recordings. Plain JUnit: the model alone.
 */
class HouseAcceptanceTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final List<String> ROOMS = List.of("客厅", "厨房");

	static final List<String> ITEMS = List.of("墙面", "地面", "天花");

	HouseAcceptance sheet() {
		HouseAcceptance a = HouseAcceptance.start(7, 1, 2, 3, "6-0603", 0, ROOMS, ITEMS, NOW, "agent");
		a.saved();
		return a;
	}

	static HouseAcceptance.Item item(HouseAcceptance a, String room, int position) {
		return a.items()
			.stream()
			.filter(i -> i.room().equals(room) && i.position() == position)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theRestOfARoomPassesInOneStepAndARecordedLineKeepsItsOutcome() {
		HouseAcceptance a = sheet();
		a.record(new HouseAcceptance.Key("客厅", 1), ItemOutcome.FAIL, "墙面开裂", List.of(11L), NOW);
		a.record(new HouseAcceptance.Key("客厅", 3), ItemOutcome.NOT_APPLICABLE, null, List.of(), NOW);
		a.saved();

		assertThat(a.allowsPassingRest("客厅")).isTrue();
		int passed = a.passRest("客厅", NOW.plusSeconds(60));

		assertThat(passed).isEqualTo(1);
		assertThat(item(a, "客厅", 1).outcome()).isEqualTo(ItemOutcome.FAIL);
		assertThat(item(a, "客厅", 1).note()).isEqualTo("墙面开裂");
		assertThat(item(a, "客厅", 1).photoFileIds()).containsExactly(11L);
		assertThat(item(a, "客厅", 2).outcome()).isEqualTo(ItemOutcome.PASS);
		assertThat(item(a, "客厅", 3).outcome()).isEqualTo(ItemOutcome.NOT_APPLICABLE);
		assertThat(a.items().stream().filter(i -> i.room().equals("厨房")).map(HouseAcceptance.Item::outcome))
			.containsOnlyNulls();
		assertThat(a.changedItems()).extracting(HouseAcceptance.Item::key)
			.containsExactly(new HouseAcceptance.Key("客厅", 2));
		assertThat(a.steps()).singleElement().satisfies(s -> {
			assertThat(s.action()).isEqualTo(AcceptanceAction.PASS_ROOM);
			assertThat(s.at()).isEqualTo(NOW.plusSeconds(60));
		});
		assertThat(a.events()).containsExactly(new AcceptanceRoomPassed(1, 7, "客厅", 1));
		assertThat(a.status()).isEqualTo(AcceptanceStatus.INSPECTING);
		assertThat(a.allowsPassingRest("客厅")).isFalse();
		assertThat(a.allowsPassingRest("厨房")).isTrue();
	}

	@Test
	void aRoomWithNothingLeftIsLeftAloneWithoutAStep() {
		HouseAcceptance a = sheet();
		a.passRest("厨房", NOW);
		a.saved();

		assertThat(a.passRest("厨房", NOW)).isZero();
		assertThat(a.steps()).isEmpty();
		assertThat(a.events()).isEmpty();
		assertThat(a.changedItems()).isEmpty();
	}

	@Test
	void aRoomNotOnTheSheetIsRefused() {
		HouseAcceptance a = sheet();
		refused(() -> a.passRest("车库", NOW), "acceptance.noSuchRoom");
		assertThat(a.allowsPassingRest("车库")).isFalse();
		assertThat(a.steps()).isEmpty();
	}

	@Test
	void onceTheSheetIsFinishedTheStepIsRefusedAndNothingChanges() {
		HouseAcceptance a = sheet();
		a.passRest("客厅", NOW);
		a.record(new HouseAcceptance.Key("厨房", 1), ItemOutcome.FAIL, "地漏堵塞", List.of(), NOW);
		a.recordReadings(new HouseAcceptance.Readings("W", BigDecimal.ONE, "E", BigDecimal.TEN, null, null, "钱塘", NOW));
		a.passRest("厨房", NOW);
		a.finish(NOW);
		a.saved();
		assertThat(a.status()).isEqualTo(AcceptanceStatus.DEFECTS);
		List<HouseAcceptance.Item> before = a.items();

		assertThat(a.allowsPassingRest("厨房")).isFalse();
		refused(() -> a.passRest("厨房", NOW), "acceptance.illegal");
		assertThat(a.items()).isEqualTo(before);
		assertThat(a.steps()).isEmpty();
		assertThat(a.events()).isEmpty();
		assertThat(a.possibleSteps()).doesNotContain(AcceptanceAction.PASS_ROOM);
	}

	/** Only an open sheet takes the step (written by hand, not read from the enum). */
	@Test
	void theStepStartsOnlyFromInspecting() {
		Map<AcceptanceStatus, Boolean> allowed = Map.of(AcceptanceStatus.INSPECTING, true, AcceptanceStatus.DEFECTS,
				false, AcceptanceStatus.REPAIRING, false, AcceptanceStatus.REPAIRED, false,
				AcceptanceStatus.RECHECK_BOOKED, false, AcceptanceStatus.PASSED, false, AcceptanceStatus.SIGNED, false);
		assertThat(allowed.keySet()).containsExactlyInAnyOrder(AcceptanceStatus.values());
		allowed.forEach((status, yes) -> {
			HouseAcceptance a = HouseAcceptance.restore(7, 1, 2, 3, "6-0603", 0, NOW, "agent",
					new HouseAcceptance.Stored(status, 1, sheet().items(), null, null, null, 0));
			assertThat(a.allowsPassingRest("客厅")).as(status.name()).isEqualTo(yes);
			if (yes) {
				assertThat(a.passRest("客厅", NOW)).isEqualTo(ITEMS.size());
			}
			else {
				refused(() -> a.passRest("客厅", NOW), "acceptance.illegal");
				assertThat(a.items()).extracting(HouseAcceptance.Item::outcome).containsOnlyNulls();
			}
		});
	}

	static void refused(ThrowingCallable step, String code) {
		assertThatThrownBy(step).isInstanceOfSatisfying(RuleViolationException.class,
				e -> assertThat(e.code()).isEqualTo(code));
	}

}
