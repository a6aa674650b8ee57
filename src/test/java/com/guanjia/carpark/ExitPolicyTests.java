package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.guanjia.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * R12.2, R12.3 (seed 001 items 4, 6, 8): what a vehicle at the exit does, for every card
 * situation, by hand.
 */
class ExitPolicyTests {

	static final Tariff.Charge ELEVEN = new Tariff.Charge(Duration.ofMinutes(130), Money.of("11.00"), false, List.of());

	static final Tariff.Charge SHORT = new Tariff.Charge(Duration.ofMinutes(10), Money.ZERO, true, List.of());

	@Test
	void aCardOfAnotherPlateIsHeld_evenWhenTheStayWasShort() {
		assertThat(ExitPolicy.decide(CardCheck.OTHER_PLATE, ELEVEN, null).hold()).isEqualTo(HoldReason.CARD_MISMATCH);
		assertThat(ExitPolicy.decide(CardCheck.OTHER_PLATE, SHORT, FreeReason.POLICY).hold())
			.isEqualTo(HoldReason.CARD_MISMATCH);
	}

	@Test
	void aValidCardLeavesFree() {
		var d = ExitPolicy.decide(CardCheck.VALID, ELEVEN, null);
		assertThat(d.isHold()).isFalse();
		assertThat(d.fee()).isEqualTo(Money.ZERO);
		assertThat(d.freeReason()).isEqualTo(FreeReason.CARD);
	}

	/** 对卡与车辆不符或无效卡按规定收费: expired, cancelled and unknown cards pay as visitors. */
	@Test
	void anInvalidCardOrNoCardPaysAsAVisitor() {
		for (CardCheck c : List.of(CardCheck.NONE, CardCheck.EXPIRED, CardCheck.CANCELLED, CardCheck.UNKNOWN)) {
			var d = ExitPolicy.decide(c, ELEVEN, null);
			assertThat(d.fee()).as(c.name()).isEqualTo(Money.of("11.00"));
			assertThat(d.freeReason()).as(c.name()).isNull();
			assertThat(d.isHold()).as(c.name()).isFalse();
		}
	}

	@Test
	void aShortStayIsFree_andSoArePolicyAndApprovedVehiclesWhenTheGuardSaysSo() {
		assertThat(ExitPolicy.decide(CardCheck.NONE, SHORT, null).freeReason()).isEqualTo(FreeReason.SHORT_STAY);
		assertThat(ExitPolicy.decide(CardCheck.EXPIRED, SHORT, FreeReason.APPROVED).freeReason())
			.isEqualTo(FreeReason.SHORT_STAY);
		assertThat(ExitPolicy.decide(CardCheck.NONE, ELEVEN, FreeReason.POLICY).freeReason())
			.isEqualTo(FreeReason.POLICY);
		assertThat(ExitPolicy.decide(CardCheck.NONE, ELEVEN, FreeReason.APPROVED).freeReason())
			.isEqualTo(FreeReason.APPROVED);
		// the guard cannot call a paying visitor a card holder or a short stay
		assertThat(ExitPolicy.decide(CardCheck.NONE, ELEVEN, FreeReason.CARD).fee()).isEqualTo(Money.of("11.00"));
		assertThat(ExitPolicy.decide(CardCheck.NONE, ELEVEN, FreeReason.SHORT_STAY).fee()).isEqualTo(Money.of("11.00"));
	}

	/**
	 * What the guard sees before the vehicle leaves: a quote with a hold reason must be
	 * held and is not free; a zero fee without a hold is a free exit; a fee is not.
	 */
	@Test
	void theQuoteSaysWhetherToHoldAndWhetherTheExitIsFree() {
		ExitQuote held = quote(Money.ZERO, HoldReason.NO_CARD);
		assertThat(held.mustHold()).isTrue();
		assertThat(held.free()).isFalse();
		ExitQuote free = quote(Money.ZERO, null);
		assertThat(free.mustHold()).isFalse();
		assertThat(free.free()).isTrue();
		ExitQuote paying = quote(Money.of("11.00"), null);
		assertThat(paying.mustHold()).isFalse();
		assertThat(paying.free()).isFalse();
	}

	static ExitQuote quote(Money fee, HoldReason hold) {
		return new ExitQuote(null, CardCheck.NONE, null, 130, fee, null, hold, List.of(), null, List.of());
	}

	/** R1.3: every car-park command needs a plate, written as the registry writes one. */
	@Test
	void aPlateIsRequiredAndMustBeAPlate() {
		assertThat(plateProblems(null)).containsExactly("plate validation.required");
		assertThat(plateProblems("  ")).containsExactly("plate validation.required");
		assertThat(plateProblems("ABC")).containsExactly("plate validation.plate.format");
		assertThat(plateProblems("粤b·12345")).isEmpty();
	}

	static List<String> plateProblems(String plate) {
		com.guanjia.shared.Problems p = new com.guanjia.shared.Problems();
		Plates.check(p, "plate", plate);
		return p.list().stream().map(f -> f.field() + " " + f.code()).toList();
	}

}
