package com.guanjia.workorders;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
 * R3.2, R3.6 through the JSON API: who assigns and signs off public-facility work, and
 * reassignment to another technician. Issue 10 item 5 corrected the rule these tests
 * encoded: the engineering head or a shift lead (工程部长或班长) assigns the work and inspects
 * it (seed 001 3.5.1–3.5.2: "由工程部長或班長分配工作任務，簽發《派工單》… 由工程部長或班長對其作業進行檢驗"), not the front
 * desk, and not a customer-service supervisor.
 */
@GuanjiaTest
class WorkOrderDispatchApiTests {

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

	StaffUser agent;

	StaffUser technician;

	StaffUser lead;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		community = fixtures.community("碧水湾").id();
		engineering = orders.department(community, "ENGINEERING");
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		lead = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		// The engineering lead is named on the department (set by an administrator).
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

	long open(String kind, String place) throws Exception {
		String body = """
				{"communityId": %d, "kind": "%s", "location": "%s", "reporterName": "巡查员",
				 "description": "电梯厅顶灯不亮"}""".formatted(community, kind, place);
		String json = post(agent, "/api/work-orders", body).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	void dispatch(long id, StaffUser to) throws Exception {
		post(lead, "/api/work-orders/" + id + "/dispatch",
				"{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, to.staffId()))
			.andExpect(status().isOk());
	}

	/** A public-facility order dispatched, worked and completed by the technician. */
	long completedPublicRepair() throws Exception {
		long id = open("PUBLIC_REPAIR", "3号楼一层电梯厅");
		dispatch(id, technician);
		post(technician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/proposal", "{\"solution\": \"更换灯管\", \"residentConsents\": true}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/completion", "{\"result\": \"已更换灯管\"}")
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		return id;
	}

	/**
	 * R3.6: the technician who did the work, the front desk and a customer-service
	 * supervisor cannot sign it off; the engineering lead can, and the order closes with
	 * the lead's name; a shift lead (班长) can as well.
	 */
	@Test
	void onlyTheEngineeringHeadOrAShiftLeadInspectsPublicFacilityWork() throws Exception {
		long id = completedPublicRepair();
		String passed = "{\"passed\": true, \"note\": \"验收合格\"}";
		post(technician, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isForbidden());
		post(agent, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isForbidden());
		post(supervisor, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isForbidden());
		mvc.perform(get("/api/work-orders/" + id).with(user(supervisor)))
			.andExpect(jsonPath("$.actions", not(hasItem("INSPECT"))));
		// The resident's signature does not close it either.
		post(technician, "/api/work-orders/" + id + "/sign-off", "{\"name\": \"张三\", \"code\": \"123456\"}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.illegal"));
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.status").value("COMPLETED"));

		// The page offers the inspection to the lead (a technician) as the API accepts
		// it,
		// and not to the technician who did the work (issue 8: they had drifted apart).
		mvc.perform(get("/work-orders/" + id).with(user(lead)))
			.andExpect(content().string(containsString("form-INSPECT")));
		mvc.perform(get("/api/work-orders/" + id).with(user(lead)))
			.andExpect(jsonPath("$.actions", hasItem("INSPECT")));
		mvc.perform(get("/api/work-orders/" + id).with(user(technician)))
			.andExpect(jsonPath("$.actions", not(hasItem("INSPECT"))));
		post(lead, "/api/work-orders/" + id + "/inspection", passed).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.inspectedBy").value(lead.getUsername()));
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.timeline[-1].action").value("INSPECT"))
			.andExpect(jsonPath("$.timeline[-1].to").value("CLOSED"));

		// A shift lead of engineering inspects as the head does; a failed inspection
		// sends the work back.
		StaffUser shiftLead = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		jdbc.sql("insert into department_shift_lead (community_id, department_id, staff_id) values (?, ?, ?)")
			.params(community, engineering, shiftLead.staffId())
			.update();
		long other = completedPublicRepair();
		post(shiftLead, "/api/work-orders/" + other + "/inspection", "{\"passed\": false, \"note\": \"灯罩未装回\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}

	/**
	 * R3.6 (issue 10 item 5): the engineering lead assigns public-facility work; the
	 * front desk and a customer-service supervisor do not.
	 */
	@Test
	void theEngineeringLeadAssignsPublicFacilityWorkNotTheDesk() throws Exception {
		long id = open("PUBLIC_REPAIR", "5号楼地下室");
		String body = "{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, technician.staffId());
		post(agent, "/api/work-orders/" + id + "/dispatch", body).andExpect(status().isForbidden());
		post(supervisor, "/api/work-orders/" + id + "/dispatch", body).andExpect(status().isForbidden());
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.status").value("RECEIVED"))
			.andExpect(jsonPath("$.actions", not(hasItem("DISPATCH"))));
		mvc.perform(get("/api/work-orders/" + id).with(user(lead)))
			.andExpect(jsonPath("$.actions", hasItem("DISPATCH")));
		post(lead, "/api/work-orders/" + id + "/dispatch", body).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPATCHED"));
	}

	/**
	 * R3.6 (issue 10 item 5): the lead who assigns public-facility work issues a
	 * printable dispatch sheet (seed 001 3.5.1: "由工程部長或班長分配工作任務，簽發《派工單》"), naming the
	 * lead, the technician and, once inspected, the inspector; an in-unit repair has
	 * none.
	 */
	@Test
	void theLeadsDispatchIssuesAPrintableDispatchSheet() throws Exception {
		long id = open("PUBLIC_REPAIR", "3号楼电梯厅");
		mvc.perform(get("/work-orders/" + id + "/dispatch-sheet").with(user(lead))).andExpect(status().isNotFound());
		dispatch(id, technician);
		mvc.perform(get("/work-orders/" + id).with(user(lead)))
			.andExpect(content().string(containsString("/work-orders/" + id + "/dispatch-sheet")));
		mvc.perform(get("/work-orders/" + id + "/dispatch-sheet").with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工程部派工单")))
			.andExpect(content().string(containsString(lead.displayName())))
			.andExpect(content().string(containsString(technician.displayName())))
			.andExpect(content().string(containsString("3号楼电梯厅")))
			.andExpect(content().string(containsString("验收人签字")));
		long inUnit = orders
			.repair(agent, community,
					fixtures.unit(community, fixtures.building(community, "9").id(), "1", "101", "80.00").id(),
					"SANITARY", false)
			.id();
		mvc.perform(get("/work-orders/" + inUnit + "/dispatch-sheet").with(user(lead)))
			.andExpect(status().isNotFound());
	}

	/** An in-unit repair is closed by the resident, so nobody "inspects" it. */
	@Test
	void inspectingAnInUnitRepairIsRefusedEvenForTheLead() throws Exception {
		long building = fixtures.building(community, "1").id();
		long unit = fixtures.unit(community, building, "1", "101", "90.00").id();
		long id = orders.repair(agent, community, unit, "SANITARY", false).id();
		post(lead, "/api/work-orders/" + id + "/inspection", "{\"passed\": true}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.illegal"))
			.andExpect(jsonPath("$.detail").value(containsString("验收签字")));
	}

	/**
	 * R3.2: reassigning moves the order to the other technician, who now sees and works
	 * it, and the timeline says to whom and why; the first technician can no longer act.
	 */
	@Test
	void reassignmentMovesTheOrderAndShowsOnTheTimeline() throws Exception {
		long id = open("PUBLIC_REPAIR", "地下车库B区");
		dispatch(id, technician);
		post(technician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isOk());
		StaffUser colleague = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");

		post(lead, "/api/work-orders/" + id + "/reassignment",
				"{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, colleague.staffId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(lead, "/api/work-orders/" + id + "/reassignment",
				"{\"departmentId\": %d, \"technicianId\": %d, \"reason\": \"李师傅休假\"}".formatted(engineering,
						colleague.staffId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.technicianId").value(colleague.staffId()));

		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.technicianName").value(colleague.displayName()))
			.andExpect(jsonPath("$.timeline[-1].action").value("REASSIGN"))
			.andExpect(jsonPath("$.timeline[-1].from").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[-1].note").value(containsString(colleague.displayName())))
			.andExpect(jsonPath("$.timeline[-1].note").value(containsString("李师傅休假")))
			.andExpect(jsonPath("$.timeline[-1].actor").value(lead.getUsername()));
		post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isForbidden());
		post(colleague, "/api/work-orders/" + id + "/acceptance", "").andExpect(jsonPath("$.status").value("ACCEPTED"));

		// Reassigning to the technician who already has it is refused, and changes
		// nothing.
		post(lead, "/api/work-orders/" + id + "/reassignment",
				"{\"departmentId\": %d, \"technicianId\": %d, \"reason\": \"再派一次\"}".formatted(engineering,
						colleague.staffId()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("workOrder.reassign.same"))
			.andExpect(jsonPath("$.detail").value(containsString(colleague.displayName())));
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.order.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.timeline[-1].action").value("ACCEPT"));
	}

}
