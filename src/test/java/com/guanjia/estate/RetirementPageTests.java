package com.guanjia.estate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Decision 0014 on the console: the unit's page retires, reinstates and deletes it; a bad
 * form is shown again with the message and nothing saved; a refused delete comes back to
 * the page saying what refers to the unit; the list hides retired units unless asked.
 */
@GuanjiaTest
class RetirementPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	long community;

	long building;

	UnitView unit;

	StaffUser manager;

	MockHttpSession session;

	@BeforeEach
	void setUp() {
		community = fixtures.community("页面退役").id();
		building = fixtures.building(community, "6").id();
		unit = fixtures.unit(community, building, "1", "0601", "75.00");
		fixtures.unit(community, building, "1", "0602", "75.00");
		manager = fixtures.staff(Role.MANAGER, community);
		session = new MockHttpSession();
	}

	@Test
	void theUnitPageRetiresTheUnitAndShowsItRetired() throws Exception {
		mvc.perform(get("/units/" + unit.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/units/" + unit.id() + "/retire")))
			.andExpect(content().string(not(containsString("id=\"retired\""))));
		mvc.perform(get("/units/" + unit.id() + "/retire").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"retire-form\"")));

		// No reason, a date after today: the form again with both messages, nothing
		// saved.
		mvc.perform(post("/units/" + unit.id() + "/retire").param("reason", "")
			.param("retiredOn", "2026-12-24")
			.with(csrf())
			.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"retire-form\"")))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("日期不能晚于今天")));
		mvc.perform(get("/api/units/" + unit.id()).with(user(manager)))
			.andExpect(jsonPath("$.retirement").doesNotExist());

		mvc.perform(post("/units/" + unit.id() + "/retire").param("reason", "打通合并")
			.param("retiredOn", "2026-11-28")
			.with(csrf())
			.with(user(manager)))
			.andExpect(redirectedUrl("/units/" + unit.id()))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(get("/units/" + unit.id()).with(user(manager)))
			.andExpect(content().string(containsString("id=\"retired\"")))
			.andExpect(content().string(containsString("打通合并")))
			.andExpect(content().string(containsString("/units/" + unit.id() + "/reinstate")));

		// The list leaves it out unless asked for retired units too.
		mvc.perform(get("/units").session(session).with(user(manager)))
			.andExpect(content().string(containsString("6-1-0602")))
			.andExpect(content().string(not(containsString("6-1-0601"))));
		mvc.perform(get("/units").param("includeRetired", "true")
			.header("HX-Request", "true")
			.session(session)
			.with(user(manager)))
			.andExpect(content().string(containsString("6-1-0601")))
			.andExpect(content().string(containsString("retired-badge")));

		mvc.perform(post("/units/" + unit.id() + "/reinstate").with(csrf()).with(user(manager)))
			.andExpect(redirectedUrl("/units/" + unit.id()));
		mvc.perform(get("/units").session(session).with(user(manager)))
			.andExpect(content().string(containsString("6-1-0601")));
	}

	@Test
	void aRefusedDeleteComesBackToThePageSayingWhatRefersToTheUnit() throws Exception {
		mvc.perform(post("/api/parking-spaces").contentType("application/json")
			.content("{\"communityId\": %d, \"code\": \"P-601\", \"state\": \"SOLD\", \"unitId\": %d}"
				.formatted(community, unit.id()))
			.with(csrf())
			.with(user(manager))).andExpect(status().isCreated());
		mvc.perform(post("/units/" + unit.id() + "/delete").with(csrf()).with(user(manager)))
			.andExpect(redirectedUrl("/units/" + unit.id()))
			.andExpect(flash().attribute("error", containsString("1 个车位")));
		mvc.perform(get("/api/units/" + unit.id()).with(user(manager))).andExpect(status().isOk());

		// The building's own page: it still has units, so it is not retired.
		mvc.perform(post("/buildings/" + building + "/retire").param("reason", "拆除").with(csrf()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("还有 2 套在用的房屋")));
	}

}
