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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R1.3 (personal data, R6.8): who sees the reporter's phone on a work order. The cashier
 * never does; a technician only on orders dispatched to them, on the page and in the API.
 */
@GuanjiaTest
class WorkOrderPersonalDataTests {

	static final String PHONE = "13812345678";

	static final String MASKED = "138****5678";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	long community;

	long id;

	StaffUser agent;

	StaffUser technician;

	StaffUser colleague;

	@BeforeEach
	void setUp() {
		community = fixtures.community("丽景苑").id();
		long unit = fixtures.unit(community, fixtures.building(community, "5").id(), "1", "0302", "95.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		colleague = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		id = orders.repair(agent, community, unit, "SANITARY", false).id();
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions page(StaffUser who) throws Exception {
		return mvc.perform(get("/work-orders/" + id).with(user(who))).andExpect(status().isOk());
	}

	@Test
	void theCashiersWorkOrderPageShowsThePhoneMasked() throws Exception {
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		page(cashier).andExpect(content().string(containsString(MASKED)))
			.andExpect(content().string(not(containsString(PHONE))));
		page(agent).andExpect(content().string(containsString(PHONE)));
	}

	@Test
	void aTechnicianSeesThePhoneOnlyOnOrdersDispatchedToThem() throws Exception {
		// Not yet dispatched: no technician needs the number.
		mvc.perform(get("/api/work-orders/" + id).with(user(technician)))
			.andExpect(jsonPath("$.order.reporterPhone").value(MASKED));

		post(agent, "/api/work-orders/" + id + "/dispatch", "{\"technicianId\": %d}".formatted(technician.staffId()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/work-orders/" + id).with(user(technician)))
			.andExpect(jsonPath("$.order.reporterPhone").value(PHONE));
		mvc.perform(get("/api/work-orders/mine").with(user(technician)))
			.andExpect(jsonPath("$[*].reporterPhone", hasItem(PHONE)));
		page(technician).andExpect(content().string(containsString(PHONE)));
		mvc.perform(get("/my/work-orders").with(user(technician))).andExpect(content().string(containsString(PHONE)));

		// A colleague in the same department sees the order but not the number.
		mvc.perform(get("/api/work-orders/" + id).with(user(colleague)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.order.reporterPhone").value(MASKED));
		page(colleague).andExpect(content().string(containsString(MASKED)))
			.andExpect(content().string(not(containsString(PHONE))));

		// Reassigned: the number goes with the order.
		post(agent, "/api/work-orders/" + id + "/reassignment",
				"{\"technicianId\": %d, \"reason\": \"换人\"}".formatted(colleague.staffId()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/work-orders/" + id).with(user(colleague)))
			.andExpect(jsonPath("$.order.reporterPhone").value(PHONE));
		mvc.perform(get("/api/work-orders/" + id).with(user(technician)))
			.andExpect(jsonPath("$.order.reporterPhone").value(MASKED));
		page(technician).andExpect(content().string(not(containsString(PHONE))));
	}

}
