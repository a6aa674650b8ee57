package com.guanjia.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.keys.KeyEvents.KeyReturned;
import com.guanjia.keys.KeyEvents.MailBoxed;
import com.guanjia.keys.KeyEvents.MailHandedOver;
import com.guanjia.keys.KeyEvents.MailReturned;
import com.guanjia.keys.KeyEvents.StockTakeClosed;
import com.guanjia.residents.Standing;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R10.1, R10.3: the steps of a key loan, a stock-take and a letter at the desk, by hand
 * (not read from their enums); every other (state, step) is refused naming both and
 * leaves the record as it was.
 */
class KeysSmallRecordsTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static KeyLoan loan(LoanStatus status) {
		return KeyLoan.restore(1, 2, 3, 4, new KeyLoan.Borrower(5, "王建国", Standing.Kind.OWNER, null), "取快递", NOW,
				"agent", status, status == LoanStatus.RETURNED ? NOW : null, null, 0);
	}

	@Test
	void aLoanIsReturnedOnce() {
		KeyLoan out = loan(LoanStatus.OUT);
		out.giveBack("agent2", NOW.plusSeconds(600));
		assertThat(out.status()).isEqualTo(LoanStatus.RETURNED);
		assertThat(out.events()).singleElement().isInstanceOf(KeyReturned.class);
		KeyLoan back = loan(LoanStatus.RETURNED);
		assertThatThrownBy(() -> back.giveBack("agent2", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(codes(ex)).containsExactly("keys.loan.action.RETURN", "keys.loan.status.RETURNED"));
		assertThat(back.events()).isEmpty();
	}

	static StockTake take(StockTakeStatus status) {
		Map<Long, KeyStatus> items = new LinkedHashMap<>();
		items.put(10L, KeyStatus.IN_STORE);
		items.put(11L, KeyStatus.LENT);
		StockTake started = StockTake.start(1, 2, YearMonth.of(2026, 12), items, NOW, "agent");
		return StockTake.restore(1, 2, YearMonth.of(2026, 12), status, NOW, "agent", null, null, started.lines(), 0);
	}

	@Test
	void aStockTakeCountsAndClosesOnlyWhileOpen_andOnlyWhenEverythingIsCounted() {
		Map<StockTakeAction, Consumer<StockTake>> steps = Map.of(StockTakeAction.COUNT,
				t -> t.count(10, true, null, "agent", NOW), StockTakeAction.CLOSE, t -> t.close("agent", NOW));
		Map<StockTakeAction, Set<StockTakeStatus>> legal = Map.of(StockTakeAction.COUNT,
				EnumSet.of(StockTakeStatus.OPEN), StockTakeAction.CLOSE, EnumSet.of(StockTakeStatus.OPEN));
		for (var step : steps.entrySet()) {
			for (StockTakeStatus status : StockTakeStatus.values()) {
				StockTake t = take(status);
				if (legal.get(step.getKey()).contains(status)) {
					if (step.getKey() == StockTakeAction.CLOSE) {
						t.count(10, false, null, "agent", NOW);
					}
					step.getValue().accept(t);
				}
				else {
					assertThatThrownBy(() -> step.getValue().accept(t)).as(step.getKey() + " from " + status)
						.isInstanceOfSatisfying(RuleViolationException.class,
								ex -> assertThat(codes(ex)).containsExactly("keys.stockTake.action." + step.getKey(),
										"keys.stockTake.status." + status));
					assertThat(t.events()).isEmpty();
				}
			}
		}
		StockTake open = take(StockTakeStatus.OPEN);
		assertThatThrownBy(() -> open.close("agent", NOW)).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
			assertThat(ex.code()).isEqualTo("keys.stockTake.uncounted");
			assertThat(ex.args()).containsExactly(1L);
		});
		assertThat(open.status()).isEqualTo(StockTakeStatus.OPEN);
		// The lent key is listed as lent at once and not counted by hand.
		assertThatThrownBy(() -> open.count(11, true, null, "agent", NOW)).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("keys.stockTake.lent"));
		open.count(10, false, "钩上没有", "agent", NOW);
		open.close("agent", NOW);
		assertThat(open.status()).isEqualTo(StockTakeStatus.CLOSED);
		assertThat(open.events()).last().isEqualTo(new StockTakeClosed(2, 1, YearMonth.of(2026, 12), 0, 1, 1));
	}

	static MailItem mail(MailStatus status) {
		return MailItem.restore(1, 2,
				new MailItem.Arrival(3, "3-2-1502", MailKind.PARCEL, "王建国", null, null, NOW, "agent"), status, null, 0);
	}

	@Test
	void mailLeavesTheDeskOnceByHandTheBoxOrBack() {
		Map<MailAction, Consumer<MailItem>> steps = Map.of(MailAction.HAND_OVER, m -> m.handOver("王建国", "agent", NOW),
				MailAction.BOX, m -> m.box("agent", NOW), MailAction.RETURN, m -> m.sendBack("查无此人", "agent", NOW));
		Map<MailAction, MailStatus> lands = Map.of(MailAction.HAND_OVER, MailStatus.COLLECTED, MailAction.BOX,
				MailStatus.BOXED, MailAction.RETURN, MailStatus.RETURNED);
		Map<MailAction, Class<?>> event = Map.of(MailAction.HAND_OVER, MailHandedOver.class, MailAction.BOX,
				MailBoxed.class, MailAction.RETURN, MailReturned.class);
		int allowed = 0;
		for (var step : steps.entrySet()) {
			for (MailStatus status : MailStatus.values()) {
				MailItem m = mail(status);
				if (status == MailStatus.WAITING) {
					step.getValue().accept(m);
					assertThat(m.status()).isEqualTo(lands.get(step.getKey()));
					assertThat(m.events()).singleElement().isInstanceOf(event.get(step.getKey()));
					assertThat(m.outcome().by()).isEqualTo("agent");
					allowed++;
				}
				else {
					assertThatThrownBy(() -> step.getValue().accept(m))
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(codes(ex))
							.containsExactly("mail.action." + step.getKey(), "mail.status." + status));
					assertThat(m.status()).isEqualTo(status);
					assertThat(m.events()).isEmpty();
				}
			}
		}
		assertThat(allowed).isEqualTo(3);
		assertThat(mail(MailStatus.WAITING).possibleSteps()).containsExactlyInAnyOrder(MailAction.HAND_OVER,
				MailAction.BOX, MailAction.RETURN);
		assertThat(mail(MailStatus.BOXED).possibleSteps()).isEmpty();
	}

	private static List<String> codes(RuleViolationException ex) {
		return java.util.Arrays.stream(ex.args()).map(a -> ((MessageSourceResolvable) a).getCodes()[0]).toList();
	}

}
