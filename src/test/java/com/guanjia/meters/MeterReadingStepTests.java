package com.guanjia.meters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.guanjia.meters.MeterEvents.BaseReadingConfirmed;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.meters.MeterEvents.ReadingRechecked;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R7.1, R7.2: a reading's re-check steps against a table written here by hand, the stale
 * version refused, and the events each step raises. Plain JUnit.
 */
class MeterReadingStepTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final MeterView METER = new MeterView(5, 1, MeterKind.WATER, "W-801", 9L, null, null);

	static final MeterReading.Entered ENTERED = new MeterReading.Entered("MANUAL", LocalDate.of(2026, 11, 28), "tech",
			NOW, null);

	/** The legal steps: only a held reading is re-checked. */
	static final Map<ReadingStatus, Map<MeterReading.Step, ReadingStatus>> LEGAL = Map.of(
			ReadingStatus.OK, Map.of(), ReadingStatus.HELD, Map.of(MeterReading.Step.CONFIRM, ReadingStatus.CONFIRMED,
					MeterReading.Step.CORRECT, ReadingStatus.SUPERSEDED),
			ReadingStatus.CONFIRMED, Map.of(), ReadingStatus.SUPERSEDED, Map.of());

	static MeterReading in(ReadingStatus status) {
		return MeterReading.restore(new MeterReading.Stored(44, METER, false, LocalDate.of(2026, 11, 1),
				new BigDecimal("90"), new BigDecimal("100"), new BigDecimal("-10"), null, null, status,
				status == ReadingStatus.OK ? null : HoldReason.LOWER_THAN_PREVIOUS, null, ENTERED, 2));
	}

	static void take(MeterReading r, MeterReading.Step step) {
		switch (step) {
			case CONFIRM -> r.confirm(2, "复核无误");
			case CORRECT -> r.supersede(2, "重新抄表");
		}
	}

	@Test
	void everyStepFromEveryStateFollowsTheHandWrittenTable() {
		for (ReadingStatus status : ReadingStatus.values()) {
			for (MeterReading.Step step : MeterReading.Step.values()) {
				MeterReading r = in(status);
				ReadingStatus expected = LEGAL.get(status).get(step);
				if (expected != null) {
					take(r, step);
					assertThat(r.status()).as(status + " " + step).isEqualTo(expected);
				}
				else {
					assertThatThrownBy(() -> take(r, step)).as(status + " " + step)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("reading.notHeld");
							assertThat(((MessageSourceResolvable) ex.args()[0]).getCodes())
								.containsExactly("reading.status." + status);
						});
					assertThat(r.status()).isEqualTo(status);
					assertThat(r.events()).isEmpty();
				}
			}
		}
	}

	@Test
	void aReCheckOnAStaleVersionIsRefused() {
		MeterReading r = in(ReadingStatus.HELD);
		assertThatThrownBy(() -> r.confirm(1, "复核无误")).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.code()).isEqualTo("error.staleVersion"));
		assertThatThrownBy(() -> r.supersede(3, "重新抄表")).isInstanceOf(ConflictException.class);
		assertThat(r.status()).isEqualTo(ReadingStatus.HELD);
		assertThatThrownBy(() -> r.confirm(2, " ")).isInstanceOf(ValidationException.class);
		assertThat(r.status()).isEqualTo(ReadingStatus.HELD);
	}

	@Test
	void eachStepRaisesItsEvent() {
		MeterReading held = MeterReading.monthly(
				METER, YearMonth.of(2026, 11), new BigDecimal("90"), new BigDecimal("100"), null, ReadingCheck
					.of(new BigDecimal("100"), new BigDecimal("90"), null, List.of(), new BigDecimal("3"), null),
				ENTERED);
		assertThat(held.status()).isEqualTo(ReadingStatus.HELD);
		held.recorded(44);
		assertThat(held.events())
			.containsExactly(new ReadingHeld(1, 44, 5, "W-801", 9L, HoldReason.LOWER_THAN_PREVIOUS));

		MeterReading ok = MeterReading.monthly(
				METER, YearMonth.of(2026, 11), new BigDecimal("112"), new BigDecimal("100"), null, ReadingCheck
					.of(new BigDecimal("100"), new BigDecimal("112"), null, List.of(), new BigDecimal("3"), null),
				ENTERED);
		ok.recorded(45);
		assertThat(ok.status()).isEqualTo(ReadingStatus.OK);
		assertThat(ok.toView().consumption()).isEqualByComparingTo("12");
		assertThat(ok.events()).isEmpty();

		MeterReading confirmed = in(ReadingStatus.HELD);
		confirmed.confirm(2, " 复核无误 ");
		assertThat(confirmed.note()).isEqualTo("复核无误");
		assertThat(confirmed.events()).containsExactly(new ReadingRechecked(1, 44, 5, "W-801", 9L, false, null));

		MeterReading corrected = in(ReadingStatus.HELD);
		corrected.supersede(2, "重新抄表");
		assertThat(corrected.events()).isEmpty();
		corrected.correctedBy(46);
		assertThat(corrected.events()).containsExactly(new ReadingRechecked(1, 44, 5, "W-801", 9L, true, 46L));
		assertThatThrownBy(() -> in(ReadingStatus.HELD).correctedBy(46)).isInstanceOf(IllegalStateException.class);

		MeterReading base = MeterReading.base(METER, new BigDecimal("100"), " 业主甲 ", ENTERED);
		assertThat(base.toView().base()).isTrue();
		assertThat(base.toView().ownerConfirmed()).isEqualTo("业主甲");
		assertThat(base.events()).containsExactly(new BaseReadingConfirmed(1, 5, 9L, "业主甲"));
	}

}
