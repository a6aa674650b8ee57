package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;

import com.guanjia.carpark.CarparkEvents.CarparkIncident;
import com.guanjia.carpark.CarparkEvents.StayCancelled;
import com.guanjia.carpark.CarparkEvents.VehicleEntered;
import com.guanjia.carpark.CarparkEvents.VehicleExited;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * A vehicle's stay, step by step, without a database (R12.1–R12.3, R12.5; seed 001 item
 * 3: "对进场车辆有损坏的，应及时告知司机"; item 6: free exits note the reason): what each step writes in
 * the history, what it announces and where it leaves the stay, and the exits the guard
 * may not record.
 */
class StayTests {

	static final Instant IN = Instant.parse("2026-12-07T01:00:00Z");

	static final Instant OUT = Instant.parse("2026-12-07T03:30:00Z");

	static Stay.Entry entry(boolean goodsChecked, String damage, boolean told, String pass, Long cardId) {
		return new Stay.Entry("粤B12345", IN, EntrySource.GATE, "guard1", goodsChecked, damage, told, pass, cardId);
	}

	static Stay inside() {
		Stay s = Stay.enter(7, 3, entry(true, null, false, "P-0042", null));
		s.saved();
		return s;
	}

	static Stay.Exit paid(String fee) {
		return new Stay.Exit(EntrySource.GATE, OUT, "guard2", Money.of(fee), null, null, null, null, true, true,
				"key-1");
	}

	static Stay.Exit free(FreeReason reason, String note, String approvedBy) {
		return new Stay.Exit(EntrySource.GATE, OUT, "guard2", Money.ZERO, reason, note, approvedBy, null, true, true,
				null);
	}

	static String code(Throwable t) {
		return ((RuleViolationException) t).code();
	}

	@Test
	void r12_1_aVehicleEntersInsideWithItsPassInTheHistoryAndAnEvent() {
		Stay s = Stay.enter(7, 3, entry(true, null, false, "P-0042", 12L));
		assertThat(s.id()).isEqualTo(7);
		assertThat(s.communityId()).isEqualTo(3);
		assertThat(s.plate()).isEqualTo("粤B12345");
		assertThat(s.entry().passNumber()).isEqualTo("P-0042");
		assertThat(s.status()).isEqualTo(StayStatus.INSIDE);
		assertThat(s.isNew()).isTrue();
		assertThat(s.exit()).isNull();
		assertThat(s.steps()).containsExactly(new Aggregate.Step("ENTER", null, "INSIDE", "GATE P-0042", IN, "guard1"));
		assertThat(s.events()).containsExactly(new VehicleEntered(3, 7, "粤B12345", IN, 12L));
		// without a pass (a camera entry) the note is the source alone
		Stay camera = Stay.enter(8, 3,
				new Stay.Entry("粤B12345", IN, EntrySource.CAMERA, "system", true, null, false, null, null));
		assertThat(camera.steps()).extracting(Aggregate.Step::note).containsExactly("CAMERA");
	}

	@Test
	void r12_1_r12_5_noEntryWithoutTheGoodsCheckOrWithDamageNotToldToTheDriver() {
		assertThatThrownBy(() -> Stay.enter(7, 3, entry(false, null, false, "P-1", null)))
			.satisfies(t -> assertThat(code(t)).isEqualTo("carpark.entry.goodsUnchecked"));
		assertThatThrownBy(() -> Stay.enter(7, 3, entry(true, "左后门划痕", false, "P-1", null)))
			.satisfies(t -> assertThat(code(t)).isEqualTo("carpark.entry.damageUntold"));
		// damage seen and told: it enters
		assertThat(Stay.enter(7, 3, entry(true, "左后门划痕", true, "P-1", null)).status()).isEqualTo(StayStatus.INSIDE);
	}

	@Test
	void r12_1_aPaidExitLeavesWithTheFeeInTheHistory() {
		Stay s = inside();
		assertThat(s.possibleSteps()).containsExactlyInAnyOrder(StayAction.EXIT, StayAction.HOLD, StayAction.FORCE_OUT,
				StayAction.ABANDON, StayAction.CANCEL);
		s.leave(paid("15.00"));
		assertThat(s.status()).isEqualTo(StayStatus.LEFT);
		assertThat(s.exit().fee()).isEqualTo(Money.of("15.00"));
		assertThat(s.steps()).containsExactly(new Aggregate.Step("EXIT", "INSIDE", "LEFT", "15.00", OUT, "guard2"));
		assertThat(s.events()).containsExactly(new VehicleExited(3, 7, "粤B12345", OUT, new BigDecimal("15.00"), null));
		assertThat(s.possibleSteps()).isEmpty();
		// once left, nothing more: not a second exit, not a cancellation
		assertThatThrownBy(() -> s.leave(paid("15.00"))).isInstanceOfSatisfying(RuleViolationException.class, e -> {
			// the refusal names the step and the state
			assertThat(e.code()).isEqualTo("carpark.illegal");
			assertThat(e.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
				.containsExactly("carpark.stayAction.EXIT", "carpark.stayStatus.LEFT");
		});
		assertThatThrownBy(() -> s.cancel("wrong plate", OUT, "guard2")).isInstanceOf(RuleViolationException.class);
		assertThat(s.status()).isEqualTo(StayStatus.LEFT);
	}

	@Test
	void r12_2_aFreeExitSaysWhyAndAnApprovedOneWhoApproved() {
		Stay policy = inside();
		policy.leave(free(FreeReason.POLICY, "军警车辆", null));
		assertThat(policy.steps()).extracting(Aggregate.Step::note).containsExactly("POLICY 军警车辆");
		assertThat(policy.events())
			.containsExactly(new VehicleExited(3, 7, "粤B12345", OUT, new BigDecimal("0.00"), FreeReason.POLICY));

		Stay card = inside();
		card.leave(free(FreeReason.CARD, null, null));
		assertThat(card.steps()).extracting(Aggregate.Step::note).containsExactly("CARD");

		Stay approved = inside();
		approved.leave(free(FreeReason.APPROVED, "业主搬家", "主任王"));
		assertThat(approved.exit().approvedBy()).isEqualTo("主任王");
		assertThat(approved.status()).isEqualTo(StayStatus.LEFT);
	}

	@Test
	void r12_2_anExitIsRefusedWithoutAFeeOrAReasonOrWithBoth() {
		// no fee and no reason; a fee and a reason
		refusedExit(new Stay.Exit(EntrySource.GATE, OUT, "g", Money.ZERO, null, null, null, null, true, true, null),
				"carpark.exit.feeOrReason");
		refusedExit(new Stay.Exit(EntrySource.GATE, OUT, "g", Money.of("5.00"), FreeReason.SHORT_STAY, null, null, null,
				true, true, null), "carpark.exit.feeOrReason");
		// a policy-free or approved exit without its note (blank is no note)
		refusedExit(free(FreeReason.POLICY, null, null), "carpark.exit.freeNote");
		refusedExit(free(FreeReason.POLICY, "  ", null), "carpark.exit.freeNote");
		refusedExit(free(FreeReason.APPROVED, null, "主任王"), "carpark.exit.freeNote");
		refusedExit(free(FreeReason.APPROVED, " ", "主任王"), "carpark.exit.freeNote");
		// approved by nobody
		refusedExit(free(FreeReason.APPROVED, "业主搬家", null), "carpark.exit.approvedBy");
		refusedExit(free(FreeReason.APPROVED, "业主搬家", " "), "carpark.exit.approvedBy");
		// a short stay or a card needs no note
		Stay s = inside();
		s.leave(free(FreeReason.SHORT_STAY, null, null));
		assertThat(s.status()).isEqualTo(StayStatus.LEFT);
	}

	void refusedExit(Stay.Exit exit, String code) {
		Stay s = inside();
		assertThatThrownBy(() -> s.leave(exit)).satisfies(t -> assertThat(code(t)).isEqualTo(code));
		assertThat(s.status()).isEqualTo(StayStatus.INSIDE);
		assertThat(s.exit()).isNull();
		assertThat(s.steps()).isEmpty();
		assertThat(s.events()).isEmpty();
		Stay held = inside();
		held.hold(HoldReason.NO_CARD, OUT, "guard2");
		assertThatThrownBy(() -> held.release(exit)).satisfies(t -> assertThat(code(t)).isEqualTo(code));
		assertThat(held.status()).isEqualTo(StayStatus.HELD);
	}

	@Test
	void r12_3_aHeldVehicleLeavesOnlyWhenTheShiftLeadReleasesIt() {
		Stay s = inside();
		s.hold(HoldReason.CARD_MISMATCH, OUT, "guard2");
		assertThat(s.status()).isEqualTo(StayStatus.HELD);
		assertThat(s.steps())
			.containsExactly(new Aggregate.Step("HOLD", "INSIDE", "HELD", "CARD_MISMATCH", OUT, "guard2"));
		assertThat(s.events()).isEmpty();
		// the guard cannot let it out, and it cannot be held twice; the release is the
		// held vehicle's page's, not offered here
		assertThat(s.possibleSteps()).containsExactlyInAnyOrder(StayAction.FORCE_OUT, StayAction.ABANDON);
		assertThat(s.allows(StayAction.RELEASE)).isTrue();
		assertThatThrownBy(() -> s.leave(paid("15.00"))).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> s.hold(HoldReason.NO_CARD, OUT, "guard2")).isInstanceOf(RuleViolationException.class);
		s.saved();
		Instant later = OUT.plusSeconds(600);
		s.release(new Stay.Exit(EntrySource.GATE, later, "lead", Money.of("20.00"), null, null, null, null, true, true,
				null));
		assertThat(s.status()).isEqualTo(StayStatus.LEFT);
		assertThat(s.exit().by()).isEqualTo("lead");
		assertThat(s.steps()).containsExactly(new Aggregate.Step("RELEASE", "HELD", "LEFT", "20.00", later, "lead"));
		assertThat(s.events())
			.containsExactly(new VehicleExited(3, 7, "粤B12345", later, new BigDecimal("20.00"), null));
		// a vehicle inside is not released
		Stay notHeld = inside();
		assertThatThrownBy(() -> notHeld.release(paid("20.00"))).isInstanceOf(RuleViolationException.class);
		assertThat(notHeld.status()).isEqualTo(StayStatus.INSIDE);
	}

	@Test
	void r12_5_forcingTheExitAndAbandoningAreIncidentsWithTheirNote() {
		Stay forced = inside();
		forced.forceOut("冲卡, 抬杆损坏", OUT, "guard2");
		assertThat(forced.status()).isEqualTo(StayStatus.FORCED_OUT);
		assertThat(forced.incidentNote()).isEqualTo("冲卡, 抬杆损坏");
		assertThat(forced.steps())
			.containsExactly(new Aggregate.Step("FORCE_OUT", "INSIDE", "FORCED_OUT", "冲卡, 抬杆损坏", OUT, "guard2"));
		assertThat(forced.events())
			.containsExactly(new CarparkIncident(3, 7, "粤B12345", StayStatus.FORCED_OUT, "冲卡, 抬杆损坏"));
		assertThatThrownBy(() -> forced.abandon("x", OUT, "g")).isInstanceOf(RuleViolationException.class);

		Stay held = inside();
		held.hold(HoldReason.SUSPICIOUS, OUT, "guard2");
		held.saved();
		held.abandon("弃车三十天", OUT, "guard2");
		assertThat(held.status()).isEqualTo(StayStatus.ABANDONED);
		assertThat(held.steps())
			.containsExactly(new Aggregate.Step("ABANDON", "HELD", "ABANDONED", "弃车三十天", OUT, "guard2"));
		assertThat(held.events()).containsExactly(new CarparkIncident(3, 7, "粤B12345", StayStatus.ABANDONED, "弃车三十天"));
		assertThat(held.possibleSteps()).isEmpty();
	}

	@Test
	void anEntryMadeByMistakeIsStruckOutWithTheReason() {
		Stay s = inside();
		s.cancel("车牌录错", OUT, "guard1");
		assertThat(s.status()).isEqualTo(StayStatus.CANCELLED);
		assertThat(s.incidentNote()).isEqualTo("车牌录错");
		assertThat(s.steps())
			.containsExactly(new Aggregate.Step("CANCEL", "INSIDE", "CANCELLED", "车牌录错", OUT, "guard1"));
		assertThat(s.events()).containsExactly(new StayCancelled(3, 7, "粤B12345", "车牌录错"));
		// a held vehicle is not struck out
		Stay held = inside();
		held.hold(HoldReason.NO_CARD, OUT, "guard2");
		assertThatThrownBy(() -> held.cancel("x", OUT, "g")).isInstanceOf(RuleViolationException.class);
		assertThat(held.status()).isEqualTo(StayStatus.HELD);
	}

	@Test
	void aStoredStayComesBackAsItWas() {
		Stay.Exit exit = paid("15.00");
		Stay s = Stay.restore(7, 3, entry(true, null, false, "P-1", null), StayStatus.FORCED_OUT, exit, "冲卡", 4);
		assertThat(s.isNew()).isFalse();
		assertThat(s.version()).isEqualTo(4);
		assertThat(s.status()).isEqualTo(StayStatus.FORCED_OUT);
		assertThat(s.exit()).isEqualTo(exit);
		assertThat(s.incidentNote()).isEqualTo("冲卡");
		assertThat(EnumSet.allOf(StayAction.class)).noneMatch(s::allows);
	}

}
