package com.guanjia.keys;

import static com.guanjia.keys.KeyAction.FIND;
import static com.guanjia.keys.KeyAction.HAND_BACK;
import static com.guanjia.keys.KeyAction.ISSUE;
import static com.guanjia.keys.KeyAction.LEND;
import static com.guanjia.keys.KeyAction.MISS;
import static com.guanjia.keys.KeyAction.MOVE;
import static com.guanjia.keys.KeyAction.RENEW;
import static com.guanjia.keys.KeyAction.RETURN;
import static com.guanjia.keys.KeyAction.WRITE_OFF;
import static com.guanjia.keys.KeyStatus.IN_STORE;
import static com.guanjia.keys.KeyStatus.ISSUED;
import static com.guanjia.keys.KeyStatus.LENT;
import static com.guanjia.keys.KeyStatus.MISSING;
import static com.guanjia.keys.KeyStatus.WRITTEN_OFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.keys.KeyEvents.CardRenewed;
import com.guanjia.keys.KeyEvents.KeyFound;
import com.guanjia.keys.KeyEvents.KeyHandedBack;
import com.guanjia.keys.KeyEvents.KeyIssued;
import com.guanjia.keys.KeyEvents.KeyMoved;
import com.guanjia.keys.KeyEvents.KeyWentMissing;
import com.guanjia.keys.KeyEvents.KeyWrittenOff;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R10.1: the steps of an item of the key register, written out by hand (not read from
 * {@link KeyAction}): from which states each may be taken, where it lands and what it
 * announces; and which kinds each step is for (only a unit's key is lent, only a card is
 * renewed). Every other (kind, state, step) is refused naming the item, the step and the
 * state or kind, and leaves the item as it was.
 */
class KeyItemTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final Map<KeyAction, Set<KeyStatus>> LEGAL = Map.of(ISSUE, EnumSet.of(IN_STORE), LEND, EnumSet.of(IN_STORE),
			RETURN, EnumSet.of(LENT), HAND_BACK, EnumSet.of(ISSUED), RENEW, EnumSet.of(ISSUED), MOVE,
			EnumSet.of(IN_STORE), MISS, EnumSet.of(IN_STORE), FIND, EnumSet.of(MISSING), WRITE_OFF,
			EnumSet.of(MISSING));

	static final Map<KeyAction, KeyStatus> LANDS_IN = Map.of(ISSUE, ISSUED, LEND, LENT, RETURN, IN_STORE, HAND_BACK,
			IN_STORE, RENEW, ISSUED, MOVE, IN_STORE, MISS, MISSING, FIND, IN_STORE, WRITE_OFF, WRITTEN_OFF);

	/** The event each step registers; lending and returning are announced by the loan. */
	static final Map<KeyAction, @Nullable Class<?>> EVENT = new HashMap<>();

	static {
		EVENT.put(ISSUE, KeyIssued.class);
		EVENT.put(LEND, null);
		EVENT.put(RETURN, null);
		EVENT.put(HAND_BACK, KeyHandedBack.class);
		EVENT.put(RENEW, CardRenewed.class);
		EVENT.put(MOVE, KeyMoved.class);
		EVENT.put(MISS, KeyWentMissing.class);
		EVENT.put(FIND, KeyFound.class);
		EVENT.put(WRITE_OFF, KeyWrittenOff.class);
	}

	/** Which kinds each step is for, by hand. */
	static boolean forKind(KeyAction action, KeyKind kind) {
		return switch (action) {
			case LEND, RETURN -> kind == KeyKind.UNIT_KEY;
			case RENEW -> kind == KeyKind.RESIDENT_CARD || kind == KeyKind.CAR_CARD;
			default -> true;
		};
	}

	static final Map<KeyAction, Consumer<KeyItem>> STEPS = Map.of(ISSUE,
			k -> k.issue(new KeyItem.Holder(7L, "王建国", null, LocalDate.of(2027, 12, 31), "movein:1"), NOW), LEND,
			k -> k.lend("王建国", NOW), RETURN, k -> k.giveBack(NOW), HAND_BACK, k -> k.handBack("柜A-1", NOW), RENEW,
			k -> k.renew(LocalDate.of(2028, 12, 31), NOW), MOVE, k -> k.move("柜B-2", NOW), MISS,
			k -> k.miss(LocalDate.of(2026, 12, 7), "stock-take 2026-12", NOW), FIND, k -> k.find(null, NOW), WRITE_OFF,
			k -> k.writeOff("业主确认遗失", NOW));

	static KeyItem in(KeyKind kind, KeyStatus status) {
		return KeyItem.restore(1, 2, 3, "3-2-1502", kind, "K-0001", "柜A-1", status,
				status == ISSUED ? new KeyItem.Holder(7L, "王建国", null, LocalDate.of(2027, 12, 31), null) : null, null,
				4);
	}

	@Test
	void everyStepIsCovered() {
		assertThat(STEPS.keySet())
			.containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(KeyAction.REGISTER)));
	}

	@Test
	void legalStepsByHand_everythingElseRefusedNamingStepAndStateOrKind() {
		int allowed = 0;
		int refused = 0;
		for (KeyKind kind : KeyKind.values()) {
			for (KeyAction action : STEPS.keySet()) {
				for (KeyStatus status : KeyStatus.values()) {
					KeyItem k = in(kind, status);
					String pair = action + " of a " + kind + " from " + status;
					boolean stateOk = LEGAL.get(action).contains(status);
					if (stateOk && forKind(action, kind)) {
						STEPS.get(action).accept(k);
						assertThat(k.status()).as(pair).isEqualTo(LANDS_IN.get(action));
						assertThat(k.steps()).as(pair).extracting(KeyItem.Step::action).containsExactly(action);
						if (EVENT.get(action) == null) {
							assertThat(k.events()).as(pair).isEmpty();
						}
						else {
							assertThat(k.events()).as(pair).singleElement().isInstanceOf(EVENT.get(action));
						}
						allowed++;
					}
					else {
						String code = stateOk ? "keys.wrongKind" : "keys.illegal";
						String last = stateOk ? "keys.kind." + kind : "keys.status." + status;
						assertThatThrownBy(() -> STEPS.get(action).accept(k)).as(pair)
							.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
								assertThat(ex.code()).isEqualTo(code);
								assertThat(ex.args()[0]).isEqualTo("K-0001");
								assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes()[0])
									.isEqualTo("keys.action." + action);
								assertThat(((MessageSourceResolvable) ex.args()[2]).getCodes()[0]).isEqualTo(last);
							});
						assertThat(k.status()).as(pair).isEqualTo(status);
						assertThat(k.steps()).as(pair).isEmpty();
						assertThat(k.events()).as(pair).isEmpty();
						refused++;
					}
				}
			}
		}
		// Per kind 9 legal (step, state) pairs; LEND and RETURN only for unit keys, RENEW
		// only for the two cards.
		assertThat(allowed).isEqualTo(4 * 9 - 3 * 2 - 2);
		assertThat(refused).isEqualTo(4 * 9 * 5 - allowed);
	}

	@Test
	void possibleStepsAreTheStaffStepsTheItemAllows() {
		assertThat(in(KeyKind.UNIT_KEY, IN_STORE).possibleSteps()).containsExactlyInAnyOrder(ISSUE, LEND, MOVE);
		assertThat(in(KeyKind.CAR_CARD, IN_STORE).possibleSteps()).containsExactlyInAnyOrder(ISSUE, MOVE);
		assertThat(in(KeyKind.CAR_CARD, ISSUED).possibleSteps()).containsExactlyInAnyOrder(HAND_BACK, RENEW);
		assertThat(in(KeyKind.UNIT_KEY, ISSUED).possibleSteps()).containsExactly(HAND_BACK);
		assertThat(in(KeyKind.UNIT_KEY, LENT).possibleSteps()).containsExactly(RETURN);
		assertThat(in(KeyKind.UNIT_KEY, MISSING).possibleSteps()).containsExactlyInAnyOrder(FIND, WRITE_OFF);
		assertThat(in(KeyKind.UNIT_KEY, WRITTEN_OFF).possibleSteps()).isEmpty();
	}

	/** 车卡续期: only to a later day than the card is valid until now. */
	@Test
	void aCardIsRenewedOnlyToALaterDay() {
		KeyItem card = in(KeyKind.CAR_CARD, ISSUED);
		assertThatThrownBy(() -> card.renew(LocalDate.of(2027, 12, 31), NOW)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("keys.renew.notLater"));
		assertThat(card.holder().validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
		card.renew(LocalDate.of(2028, 6, 30), NOW);
		assertThat(card.holder().validUntil()).isEqualTo(LocalDate.of(2028, 6, 30));
	}

	@Test
	void aMissingItemIsFlaggedUntilFound() {
		KeyItem k = in(KeyKind.UNIT_KEY, IN_STORE);
		k.miss(LocalDate.of(2026, 12, 7), "stock-take 2026-12", NOW);
		assertThat(k.missingSince()).isEqualTo(LocalDate.of(2026, 12, 7));
		k.find("在B柜找到", NOW);
		assertThat(k.missingSince()).isNull();
		assertThat(k.status()).isEqualTo(IN_STORE);
	}

}
