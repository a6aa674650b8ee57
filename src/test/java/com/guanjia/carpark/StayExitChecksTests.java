package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The exit's checks in the model (R12.1; seed 001 item 5 "核對車牌號碼、駕駛人員姓名、相貌與檔案記錄,回收車輛出入證",
 * item 7 the automatic lane), written by hand: a guard's exit without the driver checked,
 * or without the pass when the entry handed one, is refused with its code and leaves the
 * stay inside; a camera's exit is allowed only for a valid card and a stay handed no
 * pass.
 */
class StayExitChecksTests {

	static final Instant IN = Instant.parse("2026-12-01T02:00:00Z");

	static final Instant OUT = IN.plusSeconds(7800);

	static Stay stay(EntrySource entry) {
		return Stay.restore(7, 1, new Stay.Entry("粤A12345", IN, entry, "guard", true, null, false, null, null),
				StayStatus.INSIDE, null, null, 0);
	}

	static Stay.Exit exit(EntrySource source, boolean driverChecked, boolean passReturned, @Nullable FreeReason free) {
		return new Stay.Exit(source, OUT, "guard", free == null ? Money.of("11.00") : Money.ZERO, free,
				free == FreeReason.CARD ? "C0001" : null, null, null, driverChecked, passReturned, null);
	}

	@Test
	void aGuardsExitNeedsTheDriverChecked() {
		for (EntrySource entry : EntrySource.values()) {
			refused(stay(entry), exit(EntrySource.GATE, false, true, null), "carpark.exit.driverUnchecked");
			refused(stay(entry), exit(EntrySource.PAPER, false, true, FreeReason.CARD), "carpark.exit.driverUnchecked");
		}
	}

	@Test
	void aPassHandedAtTheEntryIsTakenBackAtTheExit() {
		refused(stay(EntrySource.GATE), exit(EntrySource.GATE, true, false, null), "carpark.exit.passNotReturned");
		refused(stay(EntrySource.PAPER), exit(EntrySource.GATE, true, false, FreeReason.CARD),
				"carpark.exit.passNotReturned");
		leaves(stay(EntrySource.GATE), exit(EntrySource.GATE, true, true, null));
		leaves(stay(EntrySource.PAPER), exit(EntrySource.PAPER, true, true, null));
		// a camera's lane handed no pass: nothing to take back
		leaves(stay(EntrySource.CAMERA), exit(EntrySource.GATE, true, false, null));
	}

	@Test
	void aCamerasExitIsOnlyForAValidCardAndAStayHandedNoPass() {
		leaves(stay(EntrySource.CAMERA), exit(EntrySource.CAMERA, false, false, FreeReason.CARD));
		refused(stay(EntrySource.CAMERA), exit(EntrySource.CAMERA, false, false, null), "carpark.exit.cameraNeedsCard");
		refused(stay(EntrySource.GATE), exit(EntrySource.CAMERA, false, false, FreeReason.CARD),
				"carpark.exit.passNotReturned");
	}

	static void leaves(Stay s, Stay.Exit exit) {
		s.leave(exit);
		assertThat(s.status()).isEqualTo(StayStatus.LEFT);
		assertThat(s.exit()).isEqualTo(exit);
		assertThat(s.steps()).hasSize(1);
	}

	static void refused(Stay s, Stay.Exit exit, String code) {
		assertThatThrownBy(() -> s.leave(exit)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo(code));
		assertThat(s.status()).isEqualTo(StayStatus.INSIDE);
		assertThat(s.exit()).isNull();
		assertThat(s.steps()).isEmpty();
		assertThat(s.events()).isEmpty();
	}

}
