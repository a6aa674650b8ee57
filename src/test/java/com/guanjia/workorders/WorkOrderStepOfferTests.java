package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.workorders.WorkOrderCommands.Book;
import com.guanjia.workorders.WorkOrderCommands.Charge;
import com.guanjia.workorders.WorkOrderCommands.Complete;
import com.guanjia.workorders.WorkOrderCommands.Dispatch;
import com.guanjia.workorders.WorkOrderCommands.Hold;
import com.guanjia.workorders.WorkOrderCommands.Inspect;
import com.guanjia.workorders.WorkOrderCommands.Material;
import com.guanjia.workorders.WorkOrderCommands.Note;
import com.guanjia.workorders.WorkOrderCommands.Propose;
import com.guanjia.workorders.WorkOrderCommands.Reclassify;
import com.guanjia.workorders.WorkOrderCommands.SignOff;
import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8 item 1 (R3, R3.6, R4): what an order's page offers is exactly what the services
 * accept, and what the API lists. For every kind, every state it can reach, and every
 * kind of caller — the front desk, a supervisor, a cashier who only reads, the technician
 * the order is dispatched to, another technician, the engineering department's lead with
 * and without the order — the step forms on the rendered page are compared with the
 * {@code actions} of {@code GET /api/work-orders/{id}} and with the steps the services
 * take: each step is tried with a valid body on the order put in that state, and a step
 * counts as refused only when it is refused for who is acting (403) or for the order's
 * state (422). Every try runs in a transaction that is rolled back, so each starts from
 * the same order.
 */
@GuanjiaTest
class WorkOrderStepOfferTests {

	private static final Pattern STEP_BUTTON = Pattern.compile("id=\"do-([A-Z_]+)\"");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };

	/** The reachable states of kinds nobody visits on site. */
	private static final Set<WorkOrderStatus> ANSWERED_STATES = EnumSet.of(WorkOrderStatus.RECEIVED,
			WorkOrderStatus.DISPATCHED, WorkOrderStatus.ACCEPTED, WorkOrderStatus.ON_HOLD, WorkOrderStatus.COMPLETED,
			WorkOrderStatus.CLOSED, WorkOrderStatus.REOPENED, WorkOrderStatus.CANCELLED);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderIntake intake;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	StaffUser technician;

	StaffUser otherTechnician;

	StaffUser lead;

	@ParameterizedTest
	@EnumSource(WorkOrderKind.class)
	void whatThePageOffersIsWhatTheApiListsAndTheServicesAccept(WorkOrderKind kind) throws Exception {
		long community = fixtures.community("翠苑").id();
		long unit = fixtures.unit(community, fixtures.building(community, "1").id(), "1", "101", "88.00").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		otherTechnician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		lead = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		jdbc.sql("update department set lead_staff_id = ? where community_id = ? and id = ?")
			.params(lead.staffId(), community, orders.department(community, "ENGINEERING"))
			.update();
		Map<String, StaffUser> callers = new LinkedHashMap<>();
		callers.put("desk", agent);
		callers.put("supervisor", fixtures.staff(Role.SUPERVISOR, community));
		callers.put("cashier (reads only)", fixtures.staff(Role.CASHIER, community));
		callers.put("technician", technician);
		callers.put("other technician", otherTechnician);
		callers.put("engineering lead", lead);
		long id = Fixtures.as(agent, () -> intake.open(community, openOrder(kind, unit))).id();

		List<String> mismatches = new ArrayList<>();
		int tried = 0;
		for (WorkOrderStatus status : kind.visitedOnSite() ? EnumSet.allOf(WorkOrderStatus.class) : ANSWERED_STATES) {
			// Dispatched to the technician, or to the lead; nobody before dispatch.
			List<StaffUser> assignees = status == WorkOrderStatus.RECEIVED ? java.util.Collections.singletonList(null)
					: List.of(technician, lead);
			for (StaffUser assignee : assignees) {
				for (var caller : callers.entrySet()) {
					if (assignee == lead && caller.getValue() != lead) {
						continue; // the other callers were tried with the order on the
									// technician
					}
					String who = kind + " " + status + ", " + caller.getKey()
							+ (assignee == null ? "" : assignee == caller.getValue() ? " (assigned)" : "");
					Set<WorkOrderAction> page = rolledBack(() -> {
						put(id, status, assignee);
						return pageSteps(id, caller.getValue());
					});
					Set<WorkOrderAction> api = rolledBack(() -> {
						put(id, status, assignee);
						return apiSteps(id, caller.getValue());
					});
					Set<WorkOrderAction> accepted = EnumSet.noneOf(WorkOrderAction.class);
					for (WorkOrderAction step : WorkOrderAction.values()) {
						if (!step.isStep()) {
							continue;
						}
						tried++;
						boolean ok = rolledBack(() -> {
							put(id, status, assignee);
							return Fixtures.as(caller.getValue(), () -> take(step, id, kind));
						});
						if (ok) {
							accepted.add(step);
						}
					}
					if (!page.equals(accepted) || !api.equals(accepted)) {
						mismatches.add(who + ": page " + page + ", API " + api + ", services accept " + accepted);
					}
				}
			}
		}
		assertThat(mismatches).isEmpty();
		assertThat(tried).isGreaterThan(500);
	}

	private OpenWorkOrder openOrder(WorkOrderKind kind, long unit) {
		return OpenWorkOrder.of(kind)
			.unit(kind.place() == WorkOrderKind.Place.UNIT ? unit : null)
			.location(kind.place() == WorkOrderKind.Place.PUBLIC_PLACE ? "1栋大堂" : null)
			.reporter(null, "张三", "13812345678")
			.description("要处理的事")
			.severity(kind.graded() ? Severity.MINOR : null)
			.build();
	}

	/** Puts the stored order into a state, dispatched to {@code assignee}. */
	private void put(long id, WorkOrderStatus status, @Nullable StaffUser assignee) {
		jdbc.sql("""
				update work_order set status = ?, technician_id = ?, technician_name = ?, hold_reason = ?,
				  status_before_hold = ?, confirmation_code = ? where id = ?""")
			.params(status.name(), assignee == null ? null : assignee.staffId(),
					assignee == null ? null : assignee.getUsername(),
					status == WorkOrderStatus.ON_HOLD ? HoldReason.PARTS.name() : null,
					status == WorkOrderStatus.ON_HOLD ? WorkOrderStatus.ACCEPTED.name() : null,
					status == WorkOrderStatus.COMPLETED ? "123456" : null, id)
			.update();
	}

	/** The step forms and the photo form on the rendered page. */
	private Set<WorkOrderAction> pageSteps(long id, StaffUser caller) throws Exception {
		String html = mvc.perform(get("/work-orders/" + id).with(user(caller)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<WorkOrderAction> steps = EnumSet.noneOf(WorkOrderAction.class);
		Matcher m = STEP_BUTTON.matcher(html);
		while (m.find()) {
			steps.add(WorkOrderAction.valueOf(m.group(1)));
		}
		if (html.contains("id=\"photo-form\"")) {
			steps.add(WorkOrderAction.PHOTO);
		}
		return steps;
	}

	private Set<WorkOrderAction> apiSteps(long id, StaffUser caller) throws Exception {
		String json = mvc.perform(get("/api/work-orders/" + id).with(user(caller)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<WorkOrderAction> steps = EnumSet.noneOf(WorkOrderAction.class);
		List<String> actions = JsonPath.read(json, "$.actions");
		actions.forEach(a -> steps.add(WorkOrderAction.valueOf(a)));
		return steps;
	}

	/**
	 * Takes the step with a valid body: true when taken, false when refused for who is
	 * acting or for the order's state. Anything else (a bad body) fails the test.
	 */
	private boolean take(WorkOrderAction step, long id, WorkOrderKind kind) {
		try {
			switch (step) {
				case DISPATCH ->
					workflow.dispatch(WorkOrderId.of(id), new Dispatch(null, otherTechnician.staffId(), null));
				case REASSIGN ->
					workflow.reassign(WorkOrderId.of(id), new Dispatch(null, otherTechnician.staffId(), "换人"));
				case ACKNOWLEDGE -> workflow.acknowledge(WorkOrderId.of(id), new Note("已受理"));
				case ACCEPT -> workflow.accept(WorkOrderId.of(id));
				case BOOK -> workflow.book(WorkOrderId.of(id), new Book(clock.instant().plus(Duration.ofDays(1))));
				case ARRIVE -> workflow.arrive(WorkOrderId.of(id));
				case NOBODY_HOME ->
					workflow.nobodyHome(WorkOrderId.of(id), new WorkOrderCommands.NobodyHome(8, "门上留言条"));
				case DECLINE -> workflow.decline(WorkOrderId.of(id), new Note("属开发商保修，已向业主解释"));
				case PROPOSE -> workflow.propose(WorkOrderId.of(id), new Propose("更换阀芯", true));
				case MATERIAL -> workflow.addMaterial(WorkOrderId.of(id),
						new Material("阀芯", BigDecimal.ONE, MaterialSource.RESIDENT, true, null));
				case CHARGE -> workflow.addCharge(WorkOrderId.of(id), new Charge("FAUCET", BigDecimal.ONE));
				case ANSWER -> workflow.answer(WorkOrderId.of(id), new Note("已答复业主"));
				case COMPLETE ->
					workflow.complete(WorkOrderId.of(id), new Complete("已处理", kind.graded() ? true : null, null));
				case SIGN -> workflow.sign(WorkOrderId.of(id), new SignOff("张三", null, "123456"));
				case INSPECT -> workflow.inspect(WorkOrderId.of(id), new Inspect(true, "合格"));
				case CLOSE -> workflow.close(WorkOrderId.of(id), new Note("已告知业主"));
				case HOLD -> workflow.hold(WorkOrderId.of(id), new Hold(HoldReason.PARTS, "等配件"));
				case RESUME -> workflow.resume(WorkOrderId.of(id), new Note("配件已到"));
				case CANCEL -> workflow.cancel(WorkOrderId.of(id), new Note("业主撤回"));
				case REOPEN -> workflow.reopen(WorkOrderId.of(id), new Note("返工"));
				case RECLASSIFY -> workflow.reclassify(WorkOrderId.of(id), new Reclassify(Severity.IMPORTANT, "服务失误"));
				case CONTACT -> workflow.contact(WorkOrderId.of(id),
						new WorkOrderCommands.Contact(ContactChannel.PHONE, null, "已电话联系业主"));
				case PHOTO -> intake.addPhoto(WorkOrderId.of(id), "site.png", "image/png", PNG);
				case OPEN, ESCALATE, WARN, AUTO_CLOSE, VISIT, UNREACHED ->
					throw new IllegalArgumentException(step + " is not taken by staff");
			}
			return true;
		}
		catch (AccessDeniedException | RuleViolationException refused) {
			return false;
		}
	}

	private <T> T rolledBack(Callable<T> work) {
		return new TransactionTemplate(transactions).execute(tx -> {
			tx.setRollbackOnly();
			try {
				return work.call();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@FunctionalInterface
	interface Callable<T> {

		T call() throws Exception;

	}

}
