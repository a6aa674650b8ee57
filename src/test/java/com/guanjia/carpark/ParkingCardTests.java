package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.carpark.CarparkEvents.CardCancelled;
import com.guanjia.carpark.CarparkEvents.CardIssued;
import com.guanjia.carpark.CarparkEvents.CardRenewed;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * A parking card, without a database (R12.2: "车卡…核对是否有效、是否相符"; an invalid card pays as a
 * visitor, a card of another plate is held, R12.3): issued, renewed forward, cancelled,
 * and what it says about a plate on a day.
 */
class ParkingCardTests {

	static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

	static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

	static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

	static final ParkingCard.Holder HOLDER = new ParkingCard.Holder("粤B12345", "张三", 21L, "1-101", 5L, "B1-017");

	static ParkingCard card() {
		ParkingCard c = ParkingCard.issue(12, 3, CardKind.MONTHLY, HOLDER, DEC_1, DEC_31, NOW, "cashier");
		c.saved();
		return c;
	}

	@Test
	void r12_2_aMonthlyCardIsIssuedForAPlateWithItsDatesAndNumber() {
		ParkingCard c = ParkingCard.issue(12, 3, CardKind.MONTHLY, HOLDER, DEC_1, DEC_31, NOW, "cashier");
		assertThat(c.id()).isEqualTo(12);
		assertThat(c.communityId()).isEqualTo(3);
		assertThat(c.number()).isEqualTo("YK000012");
		assertThat(c.kind()).isEqualTo(CardKind.MONTHLY);
		assertThat(c.holder()).isEqualTo(HOLDER);
		assertThat(c.validFrom()).isEqualTo(DEC_1);
		assertThat(c.validTo()).isEqualTo(DEC_31);
		assertThat(c.status()).isEqualTo(CardStatus.ACTIVE);
		assertThat(c.createdAt()).isEqualTo(NOW);
		assertThat(c.cancelledReason()).isNull();
		assertThat(c.steps()).containsExactly(
				new Aggregate.Step("ISSUE", null, "ACTIVE", "粤B12345 2026-12-01~2026-12-31", NOW, "cashier"));
		assertThat(c.events()).containsExactly(new CardIssued(3, 12, "YK000012", CardKind.MONTHLY, "粤B12345", DEC_31));
		assertThat(c.possibleSteps()).containsExactlyInAnyOrder(CardAction.RENEW, CardAction.CANCEL);
		// a fixed space's card: GD and six digits
		assertThat(ParkingCard.issue(1234567, 3, CardKind.FIXED_SPACE, HOLDER, DEC_1, DEC_1, NOW, "c").number())
			.isEqualTo("GD1234567");
		assertThat(ParkingCard.issue(7, 3, CardKind.FIXED_SPACE, HOLDER, DEC_1, DEC_1, NOW, "c").number())
			.isEqualTo("GD000007");
	}

	@Test
	void r12_2_aCardEndingBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> ParkingCard.issue(12, 3, CardKind.MONTHLY, HOLDER, DEC_31, DEC_1, NOW, "cashier"))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.code()).isEqualTo("carpark.card.datesBackwards");
				assertThat(e.args()).containsExactly(DEC_31, DEC_1);
			});
	}

	@Test
	void r12_2_theCardIsValidForItsPlateFromItsFirstToItsLastDay() {
		ParkingCard c = card();
		assertThat(c.verify("粤B12345", DEC_1)).isEqualTo(CardCheck.VALID);
		assertThat(c.verify("粤B12345", DEC_31)).isEqualTo(CardCheck.VALID);
		assertThat(c.verify("粤B12345", DEC_1.minusDays(1))).isEqualTo(CardCheck.EXPIRED);
		assertThat(c.verify("粤B12345", DEC_31.plusDays(1))).isEqualTo(CardCheck.EXPIRED);
		// another plate on this card is a mismatch, whatever the date
		assertThat(c.verify("粤B99999", DEC_1)).isEqualTo(CardCheck.OTHER_PLATE);
		c.cancel("车辆转让", NOW, "cashier");
		assertThat(c.verify("粤B12345", DEC_1)).isEqualTo(CardCheck.CANCELLED);
		assertThat(c.verify("粤B99999", DEC_1)).isEqualTo(CardCheck.OTHER_PLATE);
	}

	@Test
	void r12_2_aCardIsActiveDuringAPeriodItOverlaps() {
		ParkingCard c = card();
		// December 1–31 against November and January
		assertThat(c.activeDuring(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))).isFalse();
		assertThat(c.activeDuring(LocalDate.of(2026, 11, 1), DEC_1)).isTrue();
		assertThat(c.activeDuring(DEC_31, LocalDate.of(2027, 1, 31))).isTrue();
		assertThat(c.activeDuring(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31))).isFalse();
		c.cancel("车辆转让", NOW, "cashier");
		assertThat(c.activeDuring(DEC_1, DEC_31)).isFalse();
	}

	@Test
	void r12_2_renewingMovesTheEndForwardOnly() {
		ParkingCard c = card();
		for (LocalDate notLater : new LocalDate[] { DEC_31, LocalDate.of(2026, 12, 30) }) {
			assertThatThrownBy(() -> c.renew(notLater, "k1", NOW, "cashier"))
				.isInstanceOfSatisfying(RuleViolationException.class, e -> {
					assertThat(e.code()).isEqualTo("carpark.card.renewBackwards");
					assertThat(e.args()).containsExactly(DEC_31, notLater);
				});
		}
		assertThat(c.validTo()).isEqualTo(DEC_31);
		assertThat(c.steps()).isEmpty();
		LocalDate jan31 = LocalDate.of(2027, 1, 31);
		c.renew(jan31, "k1", NOW, "cashier");
		assertThat(c.validTo()).isEqualTo(jan31);
		assertThat(c.status()).isEqualTo(CardStatus.ACTIVE);
		assertThat(c.steps()).containsExactly(
				new Aggregate.Step("RENEW", "ACTIVE", "ACTIVE", "2026-12-31 → 2027-01-31 [k1]", NOW, "cashier"));
		assertThat(c.events()).containsExactly(new CardRenewed(3, 12, "YK000012", jan31));
		assertThat(c.verify("粤B12345", jan31)).isEqualTo(CardCheck.VALID);
	}

	@Test
	void r12_2_aCancelledCardIsNeitherRenewedNorCancelledAgain() {
		ParkingCard c = card();
		c.cancel("车辆转让", NOW, "cashier");
		assertThat(c.status()).isEqualTo(CardStatus.CANCELLED);
		assertThat(c.cancelledReason()).isEqualTo("车辆转让");
		assertThat(c.steps())
			.containsExactly(new Aggregate.Step("CANCEL", "ACTIVE", "CANCELLED", "车辆转让", NOW, "cashier"));
		assertThat(c.events()).containsExactly(new CardCancelled(3, 12, "YK000012", "车辆转让"));
		assertThat(c.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> c.renew(LocalDate.of(2027, 1, 31), "k", NOW, "cashier"))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				// the refusal names the step and the state
				assertThat(e.code()).isEqualTo("carpark.illegal");
				assertThat(e.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
					.containsExactly("carpark.cardAction.RENEW", "carpark.cardStatus.CANCELLED");
			});
		assertThatThrownBy(() -> c.cancel("again", NOW, "cashier")).isInstanceOf(RuleViolationException.class);
		assertThat(c.validTo()).isEqualTo(DEC_31);
		assertThat(c.cancelledReason()).isEqualTo("车辆转让");
	}

	@Test
	void aStoredCardComesBackAsItWas() {
		ParkingCard c = ParkingCard.restore(12, 3, "YK000012", CardKind.MONTHLY, HOLDER, DEC_1, DEC_31,
				CardStatus.CANCELLED, "遗失", NOW, 5);
		assertThat(c.isNew()).isFalse();
		assertThat(c.version()).isEqualTo(5);
		assertThat(c.cancelledReason()).isEqualTo("遗失");
		assertThat(c.verify("粤B12345", DEC_1)).isEqualTo(CardCheck.CANCELLED);
	}

}
