package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import com.guanjia.carpark.CarparkEvents.ShiftHandedOver;
import com.guanjia.carpark.CarparkEvents.ShiftOpened;
import com.guanjia.carpark.CarparkEvents.ShiftSigned;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The car park's shift handover log (R12.4; seed 001 11.2, 停车场值班交接班登记表: events, radios,
 * keys, batons, torches, fees, tickets, "主任签字"), without a database: the fees written on
 * the form against the shift's receipts, and the director's signature.
 */
class ShiftLogTests {

	static final Instant START = Instant.parse("2026-12-07T00:00:00Z");

	static final Instant END = Instant.parse("2026-12-07T08:00:00Z");

	static ShiftLog open() {
		ShiftLog log = ShiftLog.open(4, 3, "JB-20261207-01", "早班", "东门岗", START, "guard1");
		log.saved();
		return log;
	}

	static ShiftLog.Handover form(String fees, String notes) {
		return new ShiftLog.Handover("guard1", "guard2", "无异常", 2, 3, 2, 2, Money.of(fees), 14, notes);
	}

	static String code(Throwable t) {
		return ((RuleViolationException) t).code();
	}

	@Test
	void r12_4_aShiftOpensItsLog() {
		ShiftLog log = ShiftLog.open(4, 3, "JB-20261207-01", "早班", "东门岗", START, "guard1");
		assertThat(log.id()).isEqualTo(4);
		assertThat(log.communityId()).isEqualTo(3);
		assertThat(log.number()).isEqualTo("JB-20261207-01");
		assertThat(log.shiftName()).isEqualTo("早班");
		assertThat(log.post()).isEqualTo("东门岗");
		assertThat(log.openedAt()).isEqualTo(START);
		assertThat(log.openedBy()).isEqualTo("guard1");
		assertThat(log.status()).isEqualTo(ShiftStatus.OPEN);
		assertThat(log.difference()).isNull();
		assertThat(log.steps()).containsExactly(new Aggregate.Step("OPEN", null, "OPEN", "早班 东门岗", START, "guard1"));
		assertThat(log.events()).containsExactly(new ShiftOpened(3, 4, "JB-20261207-01", "东门岗"));
		assertThat(log.possibleSteps()).containsExactly(ShiftAction.CLOSE);
		// not signed before it is handed over
		ShiftLog notClosed = open();
		assertThatThrownBy(() -> notClosed.sign("王主任", END, "director")).satisfies(t -> {
			assertThat(code(t)).isEqualTo("carpark.illegal");
			assertThat(named(t)).containsExactly("carpark.shiftAction.SIGN", "carpark.shiftStatus.OPEN");
		});
		assertThat(notClosed.signature()).isNull();
	}

	@Test
	void r12_4_feesEqualToTheReceiptsHandOverWithoutANote() {
		// 14 receipts: 245.00; the form says 245.00
		ShiftLog log = open();
		log.close(form("245.00", null), new ShiftLog.Receipts(14, Money.of("245.00")), END, "guard1");
		assertThat(log.status()).isEqualTo(ShiftStatus.CLOSED);
		assertThat(log.difference()).isEqualTo(Money.ZERO);
		assertThat(log.closedAt()).isEqualTo(END);
		assertThat(log.closedBy()).isEqualTo("guard1");
		assertThat(log.handover().radios()).isEqualTo(2);
		assertThat(log.receipts().count()).isEqualTo(14);
		assertThat(log.steps()).containsExactly(
				new Aggregate.Step("CLOSE", "OPEN", "CLOSED", "guard1 → guard2 245.00/245.00", END, "guard1"));
		assertThat(log.events()).containsExactly(new ShiftHandedOver(3, 4, "JB-20261207-01", new BigDecimal("245.00"),
				new BigDecimal("245.00"), new BigDecimal("0.00")));
		assertThat(log.possibleSteps()).containsExactly(ShiftAction.SIGN);
		assertThatThrownBy(
				() -> log.close(form("245.00", null), new ShiftLog.Receipts(14, Money.of("245.00")), END, "guard1"))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void r12_4_feesThatDifferFromTheReceiptsMustBeExplained() {
		// the form says 250.00, the receipts add up to 245.00: 5.00 more, no note →
		// refused
		ShiftLog log = open();
		for (String none : new String[] { null, "  " }) {
			assertThatThrownBy(
					() -> log.close(form("250.00", none), new ShiftLog.Receipts(14, Money.of("245.00")), END, "guard1"))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.code()).isEqualTo("carpark.shift.feesDiffer");
					assertThat(e.args()).containsExactly(Money.of("250.00"), Money.of("245.00"), Money.of("5.00"));
				});
			assertThat(log.status()).isEqualTo(ShiftStatus.OPEN);
			assertThat(log.handover()).isNull();
			assertThat(log.steps()).isEmpty();
		}
		// 5.00 short, explained: handed over, the difference kept
		log.close(form("240.00", "一张票据作废"), new ShiftLog.Receipts(14, Money.of("245.00")), END, "guard1");
		assertThat(log.difference()).isEqualTo(Money.of("-5.00"));
		assertThat(log.events()).containsExactly(new ShiftHandedOver(3, 4, "JB-20261207-01", new BigDecimal("240.00"),
				new BigDecimal("245.00"), new BigDecimal("-5.00")));
	}

	@Test
	void r12_4_theDirectorSignsNeverTheGuardWhoHandedOver() {
		ShiftLog log = open();
		log.close(form("245.00", null), new ShiftLog.Receipts(14, Money.of("245.00")), END, "guard1");
		log.saved();
		assertThatThrownBy(() -> log.sign("guard1", END, "guard1"))
			.satisfies(t -> assertThat(code(t)).isEqualTo("carpark.shift.signOwn"));
		assertThat(log.status()).isEqualTo(ShiftStatus.CLOSED);
		log.sign("王主任", END.plusSeconds(60), "director");
		assertThat(log.status()).isEqualTo(ShiftStatus.SIGNED);
		assertThat(log.signature()).isEqualTo(new ShiftLog.Signature("director", "王主任", END.plusSeconds(60)));
		assertThat(log.steps())
			.containsExactly(new Aggregate.Step("SIGN", "CLOSED", "SIGNED", "王主任", END.plusSeconds(60), "director"));
		assertThat(log.events()).containsExactly(new ShiftSigned(3, 4, "JB-20261207-01", "王主任"));
		assertThat(log.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> log.sign("王主任", END, "director2")).isInstanceOf(RuleViolationException.class);
	}

	@Test
	void r12_4_aLogClosedByAnotherGuardIsSignedAgainstWhoClosedIt() {
		// opened by guard1, handed over by guard3: guard3 may not sign, guard1 may
		ShiftLog log = open();
		log.close(form("0.00", null), new ShiftLog.Receipts(0, Money.ZERO), END, "guard3");
		assertThatThrownBy(() -> log.sign("x", END, "guard3")).isInstanceOf(RuleViolationException.class);
		log.sign("guard1", END, "guard1");
		assertThat(log.status()).isEqualTo(ShiftStatus.SIGNED);
		// a stored closed log without a closer (old data) is checked against its opener
		ShiftLog stored = ShiftLog.restore(4, 3, "JB-1", "夜班", "西门岗", START, "guard1", ShiftStatus.CLOSED,
				form("245.00", null), new ShiftLog.Receipts(14, Money.of("240.00")), END, null, null, 3);
		assertThat(stored.isNew()).isFalse();
		assertThat(stored.version()).isEqualTo(3);
		assertThat(stored.difference()).isEqualTo(Money.of("5.00"));
		assertThatThrownBy(() -> stored.sign("x", END, "guard1")).isInstanceOf(RuleViolationException.class);
		stored.sign("王主任", END, "director");
		assertThat(stored.status()).isEqualTo(ShiftStatus.SIGNED);
		// a handover without counted receipts has no difference yet
		assertThat(ShiftLog
			.restore(4, 3, "JB-1", "夜班", "西门岗", START, "guard1", ShiftStatus.CLOSED, form("245.00", null), null, END,
					"guard1", null, 3)
			.difference()).isNull();
	}

	static java.util.List<String> named(Throwable t) {
		return java.util.Arrays.stream(((RuleViolationException) t).args())
			.map(a -> ((org.springframework.context.MessageSourceResolvable) a).getCodes()[0])
			.toList();
	}

}
