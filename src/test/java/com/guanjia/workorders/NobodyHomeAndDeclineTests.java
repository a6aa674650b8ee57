package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineState;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 10 item 10, second half.
 * <ul>
 * <li>R3.2, seed 001 3.4(2): "按約定時間到達住戶門口(±5分鐘)，按住戶門鈴或輕扣門環敲門，如住戶因事外出，則視情況等待5-10分鐘，方可返回" —
 * the technician at the door with nobody home records how long they waited (at least 5
 * minutes) and the notice left; the appointment is spent (its clock met: they came) and a
 * new one is booked.</li>
 * <li>R3.3, seed 001 3.1(2): "無論何種情況，都不可拒絕住戶要求上門維修或查看的請求。如有特殊情況應給予住戶合理的解釋" — declining a
 * request is a supervisor's decision in a special case, with the explanation given to the
 * resident, and stays distinct from the resident withdrawing it.</li>
 * </ul>
 */
@GuanjiaTest
class NobodyHomeAndDeclineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	StaffUser agent;

	StaffUser supervisor;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("丽景湾").id();
		unit = fixtures.unit(community, fixtures.building(community, "6").id(), "1", "602", "96.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	ResultActions post(String url, StaffUser who, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	WorkOrderView booked() {
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", false);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(o.ref()));
		Fixtures.as(technician, () -> workflow.book(o.ref(),
				new WorkOrderCommands.Book(TestClockConfiguration.START.plus(Duration.ofMinutes(1)))));
		return o;
	}

	@Test
	void nobodyHomeTheTechnicianWaitsLeavesANoticeAndBooksAgain() throws Exception {
		WorkOrderView o = booked();
		mvc.perform(get("/api/work-orders/" + o.id()).with(user(technician)))
			.andExpect(jsonPath("$.actions", hasItem("NOBODY_HOME")));
		// Not before waiting 5 minutes; a notice is needed; nothing is saved.
		post("/api/work-orders/" + o.id() + "/nobody-home", technician, "{\"waitedMinutes\": 3, \"notice\": \"门上留言条\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("waitedMinutes"));
		post("/api/work-orders/" + o.id() + "/nobody-home", technician, "{\"waitedMinutes\": 8}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("notice"));
		// Another community's staff does not find it; the desk does not go to the door.
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, fixtures.community("别处").id());
		post("/api/work-orders/" + o.id() + "/nobody-home", stranger, "{\"waitedMinutes\": 8, \"notice\": \"x\"}")
			.andExpect(status().isNotFound());
		post("/api/work-orders/" + o.id() + "/nobody-home", agent, "{\"waitedMinutes\": 8, \"notice\": \"x\"}")
			.andExpect(status().isForbidden());
		assertThat(statusOf(o)).isEqualTo("APPOINTED");

		post("/api/work-orders/" + o.id() + "/nobody-home", technician,
				"{\"waitedMinutes\": 8, \"notice\": \"门上留言条，请来电另约时间\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.appointmentAt").doesNotExist());
		assertThat(deadlines.of(community, Deadlines.Subject.of("WORK_ORDER", o.id()))
			.stream()
			.filter(d -> d.kind() == DeadlineKind.APPOINTMENT)
			.map(d -> d.state())).containsExactly(DeadlineState.MET);
		mvc.perform(get("/api/work-orders/" + o.id()).with(user(technician)))
			.andExpect(jsonPath("$.actions", hasItem("BOOK")));
		mvc.perform(get("/work-orders/" + o.id()).with(user(agent)))
			.andExpect(content().string(containsString("无人在家，等候 8 分钟，已留言：门上留言条，请来电另约时间")))
			.andExpect(content().string(not(containsString("8|"))));
	}

	@Test
	void aDeclinedRequestIsASupervisorsExplainedDecisionNotAWithdrawal() throws Exception {
		WorkOrderView declined = orders.repair(agent, community, unit, "SANITARY", false);
		WorkOrderView withdrawn = orders.repair(agent, community, unit, "SANITARY", false);
		mvc.perform(get("/api/work-orders/" + declined.id()).with(user(agent)))
			.andExpect(jsonPath("$.actions", hasItem("CANCEL")))
			.andExpect(jsonPath("$.actions", not(hasItem("DECLINE"))));
		post("/api/work-orders/" + declined.id() + "/declining", agent, "{\"text\": \"不属物业维修范围\"}")
			.andExpect(status().isForbidden());
		post("/api/work-orders/" + declined.id() + "/declining", supervisor, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("explanation"));
		assertThat(statusOf(declined)).isEqualTo("RECEIVED");

		post("/api/work-orders/" + declined.id() + "/declining", supervisor,
				"{\"text\": \"属开发商保修范围，已向业主说明并提供开发商客服电话\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.declined").value(true))
			.andExpect(jsonPath("$.cancelReason").value("属开发商保修范围，已向业主说明并提供开发商客服电话"));
		post("/api/work-orders/" + withdrawn.id() + "/cancellation", agent, "{\"text\": \"业主自行修好了\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.declined").value(false));

		mvc.perform(get("/work-orders/" + declined.id()).with(user(agent)))
			.andExpect(content().string(containsString("婉拒（已向住户解释）")));
		mvc.perform(get("/work-orders/" + withdrawn.id()).with(user(agent)))
			.andExpect(content().string(containsString("住户撤回")))
			.andExpect(content().string(not(containsString("婉拒（已向住户解释）"))));
	}

	String statusOf(WorkOrderView o) {
		return jdbc.sql("select status from work_order where community_id = ? and id = ?")
			.params(community, o.id())
			.query(String.class)
			.single();
	}

}
