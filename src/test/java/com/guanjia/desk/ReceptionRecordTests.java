package com.guanjia.desk;

import static com.guanjia.desk.ReceptionAction.ARCHIVE;
import static com.guanjia.desk.ReceptionAction.HANDLE;
import static com.guanjia.desk.ReceptionAction.ORDER;
import static com.guanjia.desk.ReceptionAction.ORDER_DONE;
import static com.guanjia.desk.ReceptionAction.RECORD;
import static com.guanjia.desk.ReceptionAction.REPLY;
import static com.guanjia.desk.ReceptionStatus.ARCHIVED;
import static com.guanjia.desk.ReceptionStatus.HANDLING;
import static com.guanjia.desk.ReceptionStatus.RECORDED;
import static com.guanjia.desk.ReceptionStatus.REPLIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.desk.DeskEvents.ReceptionArchived;
import com.guanjia.desk.DeskEvents.ReceptionHandedOver;
import com.guanjia.desk.DeskEvents.ReceptionRecorded;
import com.guanjia.desk.DeskEvents.ReceptionReplied;
import com.guanjia.desk.DeskEvents.ReceptionTurnedIntoWorkOrder;
import com.guanjia.desk.ReceptionRecord.Caller;
import com.guanjia.desk.ReceptionRecord.Intake;
import com.guanjia.desk.ReceptionRecord.OrderRef;
import com.guanjia.desk.ReceptionRecord.Reply;
import com.guanjia.desk.ReceptionRecord.UnitRef;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R2.1, R2.2: the steps of a reception record, written out by hand (not read from
 * {@link ReceptionAction}'s table), so a change that lets a step through or stops one
 * fails here. Every other (state, step) pair is refused naming the step and the state,
 * and leaves the record as it was.
 */
class ReceptionRecordTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final Instant LATER = NOW.plusSeconds(3600);

	/** The legal steps, by hand: from which states, and where each lands. */
	static final Map<ReceptionAction, Set<ReceptionStatus>> LEGAL = Map.of(HANDLE, EnumSet.of(RECORDED), REPLY,
			EnumSet.of(RECORDED, HANDLING), ARCHIVE, EnumSet.of(REPLIED), ORDER,
			EnumSet.of(RECORDED, HANDLING, REPLIED), ORDER_DONE, EnumSet.of(RECORDED, HANDLING));

	static final Map<ReceptionAction, ReceptionStatus> LANDS_IN = Map.of(HANDLE, HANDLING, REPLY, REPLIED, ARCHIVE,
			ARCHIVED, ORDER, HANDLING, ORDER_DONE, REPLIED);

	static final Map<ReceptionAction, Class<?>> EVENT = Map.of(HANDLE, ReceptionHandedOver.class, REPLY,
			ReceptionReplied.class, ARCHIVE, ReceptionArchived.class, ORDER, ReceptionTurnedIntoWorkOrder.class,
			ORDER_DONE, ReceptionReplied.class);

	/** One way to take each step, with valid input. */
	static final Map<ReceptionAction, Consumer<ReceptionRecord>> STEPS = Map.of(HANDLE,
			r -> r.handle("工程部孙工", LATER, NOW), REPLY, r -> r.reply("需报业委会审批", NOW), ARCHIVE, r -> r.archive(NOW),
			ORDER, r -> r.order(77, "WO-20261130-0001", NOW), ORDER_DONE, r -> r.orderDone(NOW));

	static Intake intake(boolean answered) {
		return new Intake(Channel.PHONE, new Caller(null, "王女士", "13700001111"), new UnitRef(5, "3-2-1502"), "物业费怎么交",
				answered ? "可在服务中心缴纳" : null, "agent", 9L, NOW, null);
	}

	static ReceptionRecord in(ReceptionStatus status, boolean ordered) {
		return ReceptionRecord.restore(1, 2, intake(false), status, null, null, null,
				ordered ? new OrderRef(70, "WO-20261129-0003") : null, 3);
	}

	@Test
	void everyStepIsCovered() {
		assertThat(STEPS.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(RECORD)));
	}

	@Test
	void legalStepsByHand_everythingElseRefusedNamingStepAndState() {
		int allowed = 0;
		int refused = 0;
		for (ReceptionAction action : STEPS.keySet()) {
			for (ReceptionStatus status : ReceptionStatus.values()) {
				ReceptionRecord r = in(status, action == ORDER_DONE);
				String pair = action + " from " + status;
				if (LEGAL.get(action).contains(status)) {
					STEPS.get(action).accept(r);
					assertThat(r.status()).as(pair).isEqualTo(LANDS_IN.get(action));
					assertThat(r.steps()).as(pair).extracting(ReceptionRecord.Step::action).containsExactly(action);
					assertThat(r.events()).as(pair).singleElement().isInstanceOf(EVENT.get(action));
					allowed++;
				}
				else {
					assertThatThrownBy(() -> STEPS.get(action).accept(r)).as(pair)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("desk.illegal");
							assertThat(ex.args()).extracting(a -> ((MessageSourceResolvable) a).getCodes()[0])
								.containsExactly("desk.action." + action, "desk.status." + status);
						});
					assertThat(r.status()).as(pair).isEqualTo(status);
					assertThat(r.steps()).as(pair).isEmpty();
					assertThat(r.events()).as(pair).isEmpty();
					refused++;
				}
			}
		}
		assertThat(allowed).isEqualTo(9);
		assertThat(refused).isEqualTo(11);
	}

	@Test
	void aRecordBecomesAWorkOrderOnlyOnce() {
		for (ReceptionStatus status : ReceptionStatus.values()) {
			ReceptionRecord r = in(status, true);
			assertThatThrownBy(() -> r.order(78, "WO-20261130-0002", NOW)).as(status.name())
				.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
					assertThat(ex.code()).isEqualTo("desk.alreadyOrdered");
					assertThat(ex.args()).containsExactly("WO-20261129-0003");
				});
			assertThat(r.workOrder()).isEqualTo(new OrderRef(70, "WO-20261129-0003"));
		}
	}

	/** What the page offers and the API lists: the staff's legal steps, by hand. */
	@Test
	void possibleStepsAreTheLegalStaffSteps() {
		assertThat(in(RECORDED, false).possibleSteps()).containsExactlyInAnyOrder(HANDLE, REPLY, ORDER);
		assertThat(in(HANDLING, false).possibleSteps()).containsExactlyInAnyOrder(REPLY, ORDER);
		assertThat(in(REPLIED, false).possibleSteps()).containsExactlyInAnyOrder(ARCHIVE, ORDER);
		assertThat(in(ARCHIVED, false).possibleSteps()).isEmpty();
		assertThat(in(HANDLING, true).possibleSteps()).containsExactly(REPLY);
		assertThat(in(REPLIED, true).possibleSteps()).containsExactly(ARCHIVE);
	}

	@Test
	void aNewRecordIsRecorded_orRepliedWhenAnsweredOnTheSpot() {
		ReceptionRecord open = ReceptionRecord.record(11, 2, intake(false), false);
		assertThat(open.status()).isEqualTo(RECORDED);
		assertThat(open.isNew()).isTrue();
		assertThat(open.steps()).extracting(ReceptionRecord.Step::action).containsExactly(RECORD);
		assertThat(open.events()).containsExactly(new ReceptionRecorded(2, 11, Channel.PHONE, 5L, false));

		ReceptionRecord answered = ReceptionRecord.record(12, 2, intake(true), true);
		assertThat(answered.status()).isEqualTo(REPLIED);
		assertThat(answered.reply()).isEqualTo(new Reply("可在服务中心缴纳", NOW));
		assertThat(answered.steps()).extracting(ReceptionRecord.Step::action).containsExactly(RECORD, REPLY);
		assertThat(answered.events()).containsExactly(new ReceptionRecorded(2, 12, Channel.PHONE, 5L, true));
	}

	/** R2.2: the handler and the agreed reply time are kept; the event carries them. */
	@Test
	void handingOverKeepsTheAgreedReplyTime() {
		ReceptionRecord r = in(RECORDED, false);
		r.handle("工程部孙工", LATER, NOW);
		assertThat(r.handling()).isEqualTo(new ReceptionRecord.Handling("工程部孙工", LATER));
		assertThat(r.events()).containsExactly(new ReceptionHandedOver(2, 1, "工程部孙工", LATER));
	}

	/** A reply the agent gave before the work order closed stays the reply. */
	@Test
	void theClosedOrderRepliesTheRecordKeepingAnEarlierReply() {
		ReceptionRecord fresh = in(HANDLING, true);
		fresh.orderDone(NOW);
		assertThat(fresh.reply()).isEqualTo(new Reply("工单 WO-20261129-0003 已完结", NOW));

		ReceptionRecord answered = ReceptionRecord.restore(1, 2, intake(true), HANDLING, null,
				new Reply("已电话答复", NOW.minusSeconds(60)), null, new OrderRef(70, "WO-20261129-0003"), 3);
		answered.orderDone(NOW);
		assertThat(answered.reply()).isEqualTo(new Reply("已电话答复", NOW.minusSeconds(60)));
		assertThat(answered.events()).containsExactly(new ReceptionReplied(2, 1, NOW.minusSeconds(60)));
	}

	@Test
	void savingMovesTheVersionOnAndClearsWhatWasPending() {
		ReceptionRecord r = in(RECORDED, false);
		r.reply("好的", NOW);
		r.saved();
		assertThat(r.version()).isEqualTo(4);
		assertThat(r.steps()).isEmpty();
		assertThat(r.events()).isEmpty();
		ReceptionRecord created = ReceptionRecord.record(11, 2, intake(false), false);
		created.saved();
		assertThat(created.version()).isZero();
		assertThat(created.isNew()).isFalse();
		assertThat(List.of(created.status())).containsExactly(RECORDED);
	}

}
