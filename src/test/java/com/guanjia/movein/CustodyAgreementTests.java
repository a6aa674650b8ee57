package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.guanjia.estate.UnitState;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * R8.4: the custody agreement's steps, written here by hand — a clear and the end only
 * while it is in force — and the days it keeps the unit.
 */
class CustodyAgreementTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	/** step → the states it may start from (hand-written, never read from the enum). */
	static final Map<CustodyAction, Set<CustodyStatus>> LEGAL = Map.of(CustodyAction.SIGN,
			EnumSet.noneOf(CustodyStatus.class), CustodyAction.CLEAR_EXCESS, EnumSet.of(CustodyStatus.ACTIVE),
			CustodyAction.END, EnumSet.of(CustodyStatus.ACTIVE));

	static CustodyAgreement in(CustodyStatus status) {
		return CustodyAgreement.restore(7, 1, 70, "1-1-0101", null, "王业主",
				new CustodyAgreement.Terms(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 5, 31), "K-0101-1、K-0101-2"),
				NOW, "staff", status, null, null, 3);
	}

	static void take(CustodyAgreement a, CustodyAction step) {
		switch (step) {
			case SIGN -> throw new RuleViolationException("custody.illegal");
			case CLEAR_EXCESS -> a.clearExcess(11, "水管已修", NOW);
			case END -> a.end("业主收房", UnitState.VACANT, NOW);
		}
	}

	@Test
	void everyStepFromEveryState() {
		for (CustodyStatus status : CustodyStatus.values()) {
			for (CustodyAction step : CustodyAction.values()) {
				CustodyAgreement a = in(status);
				if (LEGAL.get(step).contains(status)) {
					take(a, step);
					assertThat(a.steps()).as(step + " from " + status).hasSize(1);
					assertThat(a.events()).hasSize(1);
					assertThat(a.status()).isEqualTo(step == CustodyAction.END ? CustodyStatus.ENDED : status);
				}
				else {
					assertThatThrownBy(() -> take(a, step)).as(step + " from " + status)
						.isInstanceOf(RuleViolationException.class);
					assertThat(a.status()).isEqualTo(status);
					assertThat(a.steps()).isEmpty();
				}
			}
		}
	}

	@Test
	void aSignedAgreementIsInForceWithinItsPeriodOnly() {
		CustodyAgreement a = CustodyAgreement.sign(8, 1, 70, "1-1-0101", null, "王业主",
				new CustodyAgreement.Terms(LocalDate.of(2026, 12, 10), LocalDate.of(2027, 1, 9), "K-1"), NOW, "staff");
		assertThat(a.status()).isEqualTo(CustodyStatus.ACTIVE);
		assertThat(a.events()).singleElement().isInstanceOf(MoveInEvents.CustodySigned.class);
		assertThat(a.inForceOn(LocalDate.of(2026, 12, 9))).isFalse();
		assertThat(a.inForceOn(LocalDate.of(2026, 12, 10))).isTrue();
		assertThat(a.inForceOn(LocalDate.of(2027, 1, 9))).isTrue();
		assertThat(a.inForceOn(LocalDate.of(2027, 1, 10))).isFalse();
		a.end("业主入住", UnitState.OCCUPIED, NOW);
		assertThat(a.inForceOn(LocalDate.of(2026, 12, 20))).isFalse();
		assertThat(a.possibleSteps()).isEmpty();
	}

}
