package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 10 item 14 (R11.1, R11.3): a patrol finding, or a call recorded without a caller,
 * becomes a work order; its reporter is the staff member who found it — before, the
 * intake demanded a 报事人 ("请填写报事人姓名或电话") the page offered no field for. A patrol finding
 * is its own kind: visited on site, assigned by the engineering lead, closed by a
 * supervisor's check, no return visit (nobody reported it but staff).
 */
@GuanjiaTest
class PatrolFindingOrderTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	JdbcClient jdbc;

	long community;

	long engineering;

	StaffUser butler;

	StaffUser agent;

	StaffUser supervisor;

	StaffUser technician;

	StaffUser lead;

	@BeforeEach
	void setUp() {
		community = fixtures.community("丽景湾").id();
		engineering = orders.department(community, "ENGINEERING");
		butler = fixtures.staff(Role.BUTLER, community);
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		lead = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		jdbc.sql("update department set lead_staff_id = ? where community_id = ? and id = ?")
			.params(lead.staffId(), community, engineering)
			.update();
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void aButlersFindingIsReportedByTheButlerWorkedAndClosedByASupervisorsCheckWithoutAVisit() throws Exception {
		long id = id(post(butler, "/api/work-orders",
				"""
						{"communityId": %d, "kind": "PATROL_FINDING", "location": "3栋消防通道", "description": "应急灯不亮"}"""
					.formatted(community))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.reporterStaffId").value(butler.staffId()))
			.andExpect(jsonPath("$.reporterName").value(butler.displayName()))
			.andExpect(jsonPath("$.departmentId").value(engineering)));

		String dispatch = "{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, technician.staffId());
		post(butler, "/api/work-orders/" + id + "/dispatch", dispatch).andExpect(status().isForbidden());
		post(lead, "/api/work-orders/" + id + "/dispatch", dispatch).andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/completion", "{\"result\": \"已更换应急灯电池\"}")
			.andExpect(jsonPath("$.status").value("COMPLETED"));

		// A supervisor checks it; the engineering lead does not close a patrol finding.
		String passed = "{\"passed\": true, \"note\": \"复查合格\"}";
		post(lead, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isForbidden());
		mvc.perform(get("/api/work-orders/" + id).with(user(supervisor)))
			.andExpect(jsonPath("$.actions", hasItem("INSPECT")))
			.andExpect(jsonPath("$.actions", not(hasItem("SIGN"))));
		post(supervisor, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(jdbc.sql("select count(*) from return_visit where community_id = ? and work_order_id = ?")
			.params(community, id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPatrolRecordWithoutACallerBecomesAnOrderReportedByTheAgentWhoRecordedIt() throws Exception {
		long record = id(post(agent, "/api/reception-records", """
				{"communityId": %d, "channel": "PATROL", "question": "2栋门口路灯不亮"}""".formatted(community))
			.andExpect(status().isCreated()));
		String json = post(agent, "/api/reception-records/" + record + "/work-order", "{\"kind\": \"PUBLIC_REPAIR\"}")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long order = ((Number) JsonPath.read(json, "$.workOrderId")).longValue();
		mvc.perform(get("/api/work-orders/" + order).with(user(agent)))
			.andExpect(jsonPath("$.order.reporterStaffId").value(agent.staffId()))
			.andExpect(jsonPath("$.order.reporterName").value(agent.displayName()))
			.andExpect(jsonPath("$.order.location").value("2栋门口路灯不亮"));
	}

	@Test
	void aReporterNamedByStaffIdMustBeStaffOfTheCommunity() throws Exception {
		long other = fixtures.community("远方小区").id();
		StaffUser stranger = fixtures.staff(Role.BUTLER, other);
		post(agent, "/api/work-orders", """
				{"communityId": %d, "kind": "PUBLIC_REPAIR", "location": "北门", "reporterStaffId": %d,
				 "description": "道闸抬不起"}""".formatted(community, stranger.staffId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reporterStaffId"));
		// A resident's repair still needs a resident to call back.
		post(agent, "/api/work-orders",
				"""
						{"communityId": %d, "kind": "PUBLIC_REPAIR", "location": "北门", "description": "道闸抬不起"}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reporterName"));
	}

}
