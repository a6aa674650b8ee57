package com.guanjia.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.guanjia.arrears.DunningCase.Taken;
import org.junit.jupiter.api.Test;

/**
 * R6.7, source 002: the default ladder — a reminder once a bill is overdue, the demand
 * letter from 90 days, a home visit from 180, legal referral from 365 — worked by hand:
 * the next rung follows the last one taken on the open case, and is due once the oldest
 * bill is old enough. A suspension of water or power is not a rung.
 */
class DunningLadderTests {

	static final Instant T = Instant.parse("2026-11-30T02:00:00Z");

	static final DunningLadder LADDER = DunningLadder.of(List.of());

	static DunningCase caseWith(Taken... taken) {
		return DunningCase.restore(5, 2, 901, T, null, null, false, List.of(taken), null, 0);
	}

	@Test
	void noCaseYet_theReminderIsDueFromTheFirstDayOverdue() {
		assertThat(LADDER.next(null, 0))
			.isEqualTo(new DunningLadder.Next(null, null, DunningStep.DEFAULTS.get(0), false));
		assertThat(LADDER.next(null, 1).due()).isTrue();
		assertThat(LADDER.next(null, 1).step().code()).isEqualTo("REMINDER");
	}

	@Test
	void eachRungFollowsTheLastAndIsDueByTheOldestBillsAge() {
		DunningCase reminded = caseWith(new Taken(1, "REMINDER", T));
		assertThat(LADDER.next(reminded, 89))
			.isEqualTo(new DunningLadder.Next("REMINDER", T, step("DEMAND_LETTER"), false));
		assertThat(LADDER.next(reminded, 90).due()).isTrue();
		DunningCase lettered = caseWith(new Taken(1, "REMINDER", T), new Taken(2, "DEMAND_LETTER", T.plusSeconds(60)));
		assertThat(LADDER.next(lettered, 179).step().code()).isEqualTo("HOME_VISIT");
		assertThat(LADDER.next(lettered, 179).due()).isFalse();
		assertThat(LADDER.next(lettered, 180).due()).isTrue();
		DunningCase referred = caseWith(new Taken(1, "REMINDER", T), new Taken(2, "LEGAL", T.plusSeconds(60)));
		assertThat(LADDER.next(referred, 1000))
			.isEqualTo(new DunningLadder.Next("LEGAL", T.plusSeconds(60), null, false));
	}

	@Test
	void aSuspensionIsNotARung_theLatestRungCountsByTimeThenId() {
		DunningCase c = caseWith(new Taken(1, "REMINDER", T), new Taken(2, DunningLadder.SUSPEND, T.plusSeconds(60)));
		assertThat(LADDER.next(c, 100)).isEqualTo(new DunningLadder.Next("REMINDER", T, step("DEMAND_LETTER"), true));
		DunningCase sameMoment = caseWith(new Taken(4, "DEMAND_LETTER", T), new Taken(3, "REMINDER", T));
		assertThat(LADDER.next(sameMoment, 100).lastStep()).isEqualTo("DEMAND_LETTER");
		DunningCase onlySuspended = caseWith(new Taken(1, DunningLadder.SUSPEND, T));
		assertThat(LADDER.next(onlySuspended, 5).lastStep()).isNull();
		assertThat(LADDER.next(onlySuspended, 5).step().code()).isEqualTo("REMINDER");
	}

	/**
	 * A community's own ladder replaces the defaults; a rung it dropped counts as none.
	 */
	@Test
	void aCommunitysOwnLadderReplacesTheDefaults() {
		DunningLadder own = DunningLadder
			.of(List.of(new DunningStep("LETTER", 2, 30, true), new DunningStep("CALL", 1, 10, false)));
		assertThat(own.steps()).extracting(DunningStep::code).containsExactly("CALL", "LETTER");
		assertThat(own.knows("CALL")).isTrue();
		assertThat(own.knows(DunningLadder.SUSPEND)).isTrue();
		assertThat(own.knows("REMINDER")).isFalse();
		assertThat(own.next(caseWith(new Taken(1, "REMINDER", T)), 10))
			.isEqualTo(new DunningLadder.Next("REMINDER", T, new DunningStep("CALL", 1, 10, false), true));
		assertThat(own.suspendsUtilities(DunningLadder.SUSPEND)).isTrue();
		assertThat(own.suspendsUtilities("CALL")).isFalse();
	}

	static DunningStep step(String code) {
		return DunningStep.DEFAULTS.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
	}

}
