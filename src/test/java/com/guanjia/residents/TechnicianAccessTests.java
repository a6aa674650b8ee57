package com.guanjia.residents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.workorders.WorkOrderFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Decision of issue 10 (R1.3): a technician sees a resident's phone only through an order
 * dispatched to them. They have no general read of the people registry: its pages and API
 * answer 403, the unit page leaves out its residents and log panels, and the quick search
 * finds units but no people.
 */
@GuanjiaTest
class TechnicianAccessTests {

	static final String PHONE = "13812345678";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	ResidentManagement residents;

	long community;

	long unit;

	long resident;

	StaffUser technician;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("技工权限").id();
		unit = fixtures.unit(community, fixtures.building(community, "3").id(), "1", "0301", "80.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		resident = Fixtures
			.as(agent,
					() -> residents.register(community,
							new PartyCommand(PartyKind.PERSON, "张三", null, null, List.of(PHONE), null, null, null)))
			.id();
	}

	@Test
	void aTechnicianCannotReadTheResidentRegistry() throws Exception {
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community)).with(user(technician)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/residents/" + resident).with(user(technician))).andExpect(status().isForbidden());
		mvc.perform(get("/residents").with(user(technician))).andExpect(status().isForbidden());
		mvc.perform(get("/residents/" + resident).with(user(technician))).andExpect(status().isForbidden());
		mvc.perform(get("/api/units/" + unit + "/occupants").with(user(technician))).andExpect(status().isForbidden());

		// The unit page still opens, without the panels about people; the search finds
		// units, not people.
		mvc.perform(get("/units/" + unit).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/units/" + unit + "/residents"))));
		mvc.perform(get("/api/search").param("communityId", String.valueOf(community))
			.param("q", "张三")
			.with(user(technician))).andExpect(status().isOk()).andExpect(jsonPath("$.residents").isEmpty());
		mvc.perform(get("/api/search").param("communityId", String.valueOf(community))
			.param("q", "3-1-0301")
			.with(user(technician))).andExpect(jsonPath("$.units[0].label").value("3-1-0301"));
	}

	@Test
	void aTechnicianSeesThePhoneOnTheOrderDispatchedToThem() throws Exception {
		long order = orders.repair(agent, community, unit, "SANITARY", false).id();
		mvc.perform(get("/api/work-orders/" + order).with(user(technician)))
			.andExpect(jsonPath("$.order.reporterPhone").value("138****5678"));
		mvc.perform(post("/api/work-orders/" + order + "/dispatch").contentType(MediaType.APPLICATION_JSON)
			.content("{\"technicianId\": %d}".formatted(technician.staffId()))
			.with(csrf())
			.with(user(agent))).andExpect(status().isOk());
		mvc.perform(get("/api/work-orders/" + order).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.order.reporterPhone").value(PHONE));
		mvc.perform(get("/work-orders/" + order).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(PHONE)));
	}

}
