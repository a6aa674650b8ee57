package com.guanjia.workorders;

import static com.guanjia.workorders.WorkOrderAction.*;
import static com.guanjia.workorders.WorkOrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * R3, R3.6, R4: the legal steps of each kind of work order, written out by hand (not read
 * from {@link WorkOrderAction}'s table), so a change to the code's table that lets a step
 * through, or stops one, fails here. Every other (state, step) pair must be refused with
 * a message naming the step and the state, and leave the order untouched.
 *
 * <p>
 * Each kind is tried in the states it can reach: a complaint or an enquiry is never
 * booked, visited or worked on site (BOOK, ARRIVE, PROPOSE and INSPECT are refused for
 * it), so APPOINTED, ARRIVED and IN_PROGRESS are not its states; every legal step is
 * checked to land in a reachable state. The steps the order offers
 * ({@link WorkOrder#possibleSteps()}) are exactly the legal ones a member of staff takes.
 */
class WorkOrderTransitionTableTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final Set<WorkOrderStatus> OPEN_REPAIR = EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ARRIVED,
			IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED);

	static final Set<WorkOrderStatus> OPEN_OTHER = EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, ON_HOLD, COMPLETED,
			REOPENED);

	static final Set<WorkOrderStatus> REPAIR_STATES = EnumSet.allOf(WorkOrderStatus.class);

	static final Set<WorkOrderStatus> OTHER_STATES = EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, ON_HOLD, COMPLETED,
			CLOSED, REOPENED, CANCELLED);

	/** One way to take each step, with valid input. */
	static final Map<WorkOrderAction, Consumer<WorkOrder>> STEPS = Map.ofEntries(
			Map.entry(DISPATCH, o -> o.dispatch(null, 43, "李师傅")),
			Map.entry(REASSIGN, o -> o.reassign(null, 44, "王师傅", "休假")),
			Map.entry(ACKNOWLEDGE, o -> o.acknowledge("主管已受理")), Map.entry(ACCEPT, WorkOrder::accept),
			Map.entry(BOOK, o -> o.book(NOW.plusSeconds(3600), NOW)), Map.entry(ARRIVE, o -> o.arrive(NOW)),
			Map.entry(PROPOSE, o -> o.propose("更换水龙头", true, NOW)),
			Map.entry(MATERIAL, o -> o.addMaterial(WorkOrderStateMachineTests.FAUCET)),
			Map.entry(CHARGE, o -> o.addCharge(WorkOrderStateMachineTests.LABOUR, java.math.BigDecimal.ONE)),
			Map.entry(ANSWER, o -> o.answer("已与业主沟通")),
			Map.entry(COMPLETE, o -> o.complete("已处理", true, null, NOW, "123456")),
			Map.entry(SIGN, o -> o.sign("张三", 9L, null, NOW)),
			Map.entry(INSPECT, o -> o.inspect("lead", true, "合格", NOW)),
			Map.entry(CLOSE, o -> o.closeAnswered("已电话告知", NOW)), Map.entry(HOLD, o -> o.hold(HoldReason.PARTS, "等配件")),
			Map.entry(RESUME, o -> o.resume("")), Map.entry(CANCEL, o -> o.cancel("业主撤回")),
			Map.entry(REOPEN, o -> o.reopen("回访不满意")),
			Map.entry(RECLASSIFY, o -> o.reclassify(Severity.IMPORTANT, "涉及服务失误")),
			Map.entry(PHOTO, o -> o.note(PHOTO, "leak.jpg")), Map.entry(VISIT, o -> o.note(VISIT, "满意")),
			Map.entry(AUTO_CLOSE, o -> o.autoClose("已在抄表页复核", NOW)),
			Map.entry(NOBODY_HOME, o -> o.nobodyHome(8, "门上留言条，请来电另约")),
			Map.entry(DECLINE, o -> o.decline("属开发商保修范围，已向业主说明并提供联系方式")),
			Map.entry(CONTACT, o -> o.contact(ContactChannel.PHONE, NOW, 5, "刘管家", "已电话联系，今天下午上门", NOW)),
			Map.entry(UNREACHED, o -> o.visitUnreached(7L, ReturnVisits.Method.VISIT, "门上留了回访通知", NOW)));

	/** The steps a member of staff takes on an order (the rest are the system's). */
	static final Set<WorkOrderAction> STAFF_STEPS = EnumSet
		.complementOf(EnumSet.of(OPEN, WARN, ESCALATE, AUTO_CLOSE, VISIT, UNREACHED));

	/**
	 * A kind's reachable states and its legal steps, each from the states it may follow.
	 */
	record Table(Set<WorkOrderStatus> states, Map<WorkOrderAction, Set<WorkOrderStatus>> legal) {
	}

	/**
	 * The hand-written table of every kind. A kind without one here fails
	 * {@link #legalStepsByHand_everythingElseRefused}: write its table from the rules,
	 * never from the code's.
	 */
	static final Map<WorkOrderKind, Table> TABLES = Map.of(WorkOrderKind.IN_UNIT_REPAIR,
			new Table(REPAIR_STATES, inUnitRepair()), WorkOrderKind.HANDOVER_DEFECT,
			new Table(REPAIR_STATES, inUnitRepair()), WorkOrderKind.PUBLIC_REPAIR,
			new Table(REPAIR_STATES, publicRepair()), WorkOrderKind.COMPLAINT, new Table(OTHER_STATES, complaint()),
			WorkOrderKind.ENQUIRY, new Table(OTHER_STATES, enquiry()), WorkOrderKind.HELP,
			new Table(OTHER_STATES, help()), WorkOrderKind.SUGGESTION, new Table(OTHER_STATES, suggestion()),
			WorkOrderKind.PATROL_FINDING, new Table(REPAIR_STATES, patrolFinding()));

	/** The steps every kind shares. */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> common(Set<WorkOrderStatus> open) {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = new EnumMap<>(WorkOrderAction.class);
		legal.put(DISPATCH, EnumSet.of(RECEIVED, REOPENED));
		legal.put(REASSIGN, EnumSet.of(DISPATCHED, ACCEPTED, APPOINTED, REOPENED));
		legal.put(ACCEPT, EnumSet.of(DISPATCHED, REOPENED));
		legal.put(HOLD, EnumSet.of(DISPATCHED, ACCEPTED, APPOINTED, ARRIVED, IN_PROGRESS));
		legal.put(RESUME, EnumSet.of(ON_HOLD));
		legal.put(CANCEL, EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ON_HOLD, REOPENED));
		// Issue 10 item 10 (R3.3): declined with an explanation, from where a withdrawal
		// may come.
		legal.put(DECLINE, EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, APPOINTED, ON_HOLD, REOPENED));
		// Issue 10 item 6 (R5.1): a return visit follows the work, so a completed order
		// not yet closed may be sent back for rework too.
		legal.put(REOPEN, EnumSet.of(COMPLETED, CLOSED));
		legal.put(PHOTO, open);
		legal.put(AUTO_CLOSE, open);
		return legal;
	}

	/**
	 * In-unit repairs and handover defects: visited, worked on, signed by the resident,
	 * visited again after closing (R5.1). No "answer": the sign-off ends them.
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> inUnitRepair() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = common(OPEN_REPAIR);
		legal.put(BOOK, EnumSet.of(ACCEPTED, APPOINTED));
		legal.put(ARRIVE, EnumSet.of(ACCEPTED, APPOINTED));
		// Issue 10 item 10 (R3.2, seed 001 3.4(2)): at the door, nobody home.
		legal.put(NOBODY_HOME, EnumSet.of(ACCEPTED, APPOINTED));
		legal.put(PROPOSE, EnumSet.of(ARRIVED));
		legal.put(MATERIAL, EnumSet.of(ARRIVED, IN_PROGRESS));
		legal.put(CHARGE, EnumSet.of(ARRIVED, IN_PROGRESS));
		legal.put(COMPLETE, EnumSet.of(ARRIVED, IN_PROGRESS));
		legal.put(SIGN, EnumSet.of(COMPLETED));
		// Issue 10 item 6: visited once the work is done, signed or not.
		legal.put(VISIT, EnumSet.of(COMPLETED, CLOSED));
		// Issue 10 item 10 (R5.1, seed 002 "回访可上门或电话回访"): a visit that found nobody
		// home or nobody answering is tried when a visit may be made.
		legal.put(UNREACHED, EnumSet.of(COMPLETED, CLOSED));
		return legal;
	}

	/**
	 * Public-facility repairs (R3.6): like in-unit work, but closed by the lead's
	 * inspection, not a signature.
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> publicRepair() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = inUnitRepair();
		legal.remove(SIGN);
		legal.remove(NOBODY_HOME); // nobody lives in a public place
		legal.put(INSPECT, EnumSet.of(COMPLETED));
		return legal;
	}

	/**
	 * Patrol findings (R11.3, issue 10 item 14): worked on site like a public-facility
	 * repair and closed by a supervisor's check (INSPECT); found by staff, so nobody is
	 * visited again (no VISIT).
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> patrolFinding() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = publicRepair();
		legal.remove(VISIT);
		legal.remove(UNREACHED);
		return legal;
	}

	/**
	 * Enquiries (咨询): accepted, answered, done, closed once the resident is told; no
	 * return visit.
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> enquiry() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = common(OPEN_OTHER);
		legal.put(ANSWER, OPEN_OTHER);
		legal.put(COMPLETE, EnumSet.of(ACCEPTED));
		legal.put(CLOSE, EnumSet.of(COMPLETED));
		return legal;
	}

	/**
	 * Help requests (求助, also the tasks raised for engineering): accepted, answered,
	 * done, closed once the resident is told; no return visit.
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> help() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = common(OPEN_OTHER);
		legal.put(ANSWER, OPEN_OTHER);
		legal.put(COMPLETE, EnumSet.of(ACCEPTED));
		legal.put(CLOSE, EnumSet.of(COMPLETED));
		return legal;
	}

	/**
	 * Suggestions (建议): accepted, answered, done, closed once the resident is told; no
	 * return visit.
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> suggestion() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = common(OPEN_OTHER);
		legal.put(ANSWER, OPEN_OTHER);
		legal.put(COMPLETE, EnumSet.of(ACCEPTED));
		legal.put(CLOSE, EnumSet.of(COMPLETED));
		return legal;
	}

	/**
	 * Complaints (R4): as an enquiry, and the supervisor acknowledges and may re-classify
	 * while open; the department contacts the resident (R4.3); visited again after
	 * closing (R4.5).
	 */
	static Map<WorkOrderAction, Set<WorkOrderStatus>> complaint() {
		Map<WorkOrderAction, Set<WorkOrderStatus>> legal = enquiry();
		legal.put(ACKNOWLEDGE, EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, ON_HOLD, REOPENED));
		legal.put(RECLASSIFY, OPEN_OTHER);
		legal.put(VISIT, EnumSet.of(COMPLETED, CLOSED));
		legal.put(UNREACHED, EnumSet.of(COMPLETED, CLOSED));
		// Issue 10 item 3 (R4.3, seed 002 "相关部门直接责任人第一时间与客户取得联系…在当天将投诉处理结果通报投诉住户"):
		// the resident is contacted while the complaint is open, and told once it is
		// done.
		legal.put(CONTACT, OPEN_OTHER);
		return legal;
	}

	static WorkOrder order(WorkOrderKind kind, WorkOrderStatus status) {
		return TestOrders.order(kind, status, Warranty.Decision.PAID, 42L, "123456");
	}

	static final ReloadableResourceBundleMessageSource MESSAGES = new ReloadableResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("classpath:i18n/workorders");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	static String message(String code, Object[] args, Locale locale) {
		return MESSAGES.getMessage(new DefaultMessageSourceResolvable(new String[] { code }, args, code), locale);
	}

	@Test
	void everyStepIsCovered() {
		assertThat(STEPS.keySet())
			.containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(EnumSet.of(OPEN, WARN, ESCALATE)));
	}

	/**
	 * R3, R3.6, R3.7, R4: every kind against its hand-written table; a kind without one
	 * fails here.
	 */
	@ParameterizedTest
	@EnumSource(WorkOrderKind.class)
	void legalStepsByHand_everythingElseRefused(WorkOrderKind kind) {
		assertThat(TABLES).as("a hand-written table of the legal steps of " + kind).containsKey(kind);
		check(kind, TABLES.get(kind).states(), TABLES.get(kind).legal());
	}

	private void check(WorkOrderKind kind, Set<WorkOrderStatus> states,
			Map<WorkOrderAction, Set<WorkOrderStatus>> legal) {
		int allowed = 0;
		int refused = 0;
		for (var entry : STEPS.entrySet()) {
			WorkOrderAction action = entry.getKey();
			for (WorkOrderStatus status : states) {
				WorkOrder o = order(kind, status);
				String pair = kind + ": " + action + " from " + status;
				assertThat(o.possibleSteps().contains(action)).as(pair + " offered")
					.isEqualTo(STAFF_STEPS.contains(action) && legal.getOrDefault(action, Set.of()).contains(status));
				if (legal.getOrDefault(action, Set.of()).contains(status)) {
					entry.getValue().accept(o);
					assertThat(o.steps()).as(pair).last().satisfies(s -> {
						assertThat(s.action()).isEqualTo(action);
						assertThat(s.from()).isEqualTo(status);
					});
					assertThat(states).as(pair + " lands in a state of the kind").contains(o.status());
					allowed++;
					continue;
				}
				assertThatThrownBy(() -> entry.getValue().accept(o)).as(pair)
					.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
						assertThat(ex.code()).isEqualTo("workOrder.illegal");
						String en = message(ex.code(), ex.args(), Locale.ENGLISH);
						assertThat(en).as(pair)
							.isEqualTo("Work order WO-20261130-0001 is \"%s\": \"%s\" is not allowed now.".formatted(
									MESSAGES.getMessage(status.messageKey(), null, Locale.ENGLISH),
									MESSAGES.getMessage(action.messageKey(), null, Locale.ENGLISH)));
						assertThat(message(ex.code(), ex.args(), Locale.CHINESE)).as(pair)
							.contains(MESSAGES.getMessage(status.messageKey(), null, Locale.CHINESE))
							.contains(MESSAGES.getMessage(action.messageKey(), null, Locale.CHINESE));
					});
				assertThat(o.status()).as(pair).isEqualTo(status);
				assertThat(o.steps()).as(pair).isEmpty();
				assertThat(o.events()).as(pair).isEmpty();
				refused++;
			}
		}
		int expectedAllowed = legal.values()
			.stream()
			.mapToInt(s -> (int) s.stream().filter(states::contains).count())
			.sum();
		assertThat(allowed).isEqualTo(expectedAllowed);
		assertThat(allowed + refused).isEqualTo(STEPS.size() * states.size());
	}

}
