package com.guanjia.scheduling;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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

/**
 * Deadline rules and the business-hours calendar are data per community, set by the
 * manager.
 */
@GuanjiaTest
class DeadlineSettingsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	long community;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		manager = fixtures.staff(Role.MANAGER, community);
	}

	/**
	 * Issue 10 item 12: the API returns every rule in force — defaults included, not only
	 * the community's overrides — and marks the defaults that are the company's choices,
	 * not seed numbers (repair 3 days, help 1 day, suggestion 7 days, department tasks);
	 * the settings page shows them as such.
	 */
	@Test
	void theRulesInForceIncludeDefaultsAndMarkTheCompanysChoices() throws Exception {
		String c = String.valueOf(community);
		mvc.perform(get("/api/deadline-rules").param("communityId", c).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.ruleKey == 'IN_UNIT_REPAIR.RESOLVE')].allowedMinutes").value(hasItem(3 * 1440)))
			.andExpect(jsonPath("$[?(@.ruleKey == 'IN_UNIT_REPAIR.RESOLVE')].companyChoice").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.ruleKey == 'IN_UNIT_REPAIR.RESOLVE')].custom").value(hasItem(false)))
			.andExpect(jsonPath("$[?(@.ruleKey == 'SUGGESTION.RESOLVE')].allowedMinutes").value(hasItem(7 * 1440)))
			.andExpect(jsonPath("$[?(@.ruleKey == 'HELP.RESOLVE')].companyChoice").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.ruleKey == 'UTILITY_RESTORE.RESOLVE')].companyChoice").value(hasItem(true)))
			// a seed number (R4.2: an important complaint to the department head in 1
			// hour)
			.andExpect(
					jsonPath("$[?(@.ruleKey == 'COMPLAINT.IMPORTANT.ESCALATE')].companyChoice").value(hasItem(false)));
		mvc.perform(get("/deadline-settings").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公司自定")));
	}

	@Test
	void theManagerSetsRulesHoursHolidaysAndMakeUpDaysAndBadInputIsNamed() throws Exception {
		String c = String.valueOf(community);
		mvc.perform(
				put("/api/deadline-rules").param("communityId", c).contentType(MediaType.APPLICATION_JSON).content("""
						{"ruleKey": "COMPLAINT.MINOR.RESOLVE", "allowedMinutes": 1440, "endOfDay": false,
						 "mode": "BUSINESS", "warnShare": 0.75}""").with(csrf()).with(user(manager)))
			.andExpect(status().isOk());
		// The rule as set, not only its key (every key is listed with its default).
		String rule = "$[?(@.ruleKey == 'COMPLAINT.MINOR.RESOLVE')]";
		mvc.perform(get("/api/deadline-rules").param("communityId", c).with(user(manager)))
			.andExpect(jsonPath(rule + ".allowedMinutes").value(org.hamcrest.Matchers.contains(1440)))
			.andExpect(jsonPath(rule + ".endOfDay").value(org.hamcrest.Matchers.contains(false)))
			.andExpect(jsonPath(rule + ".mode").value(org.hamcrest.Matchers.contains("BUSINESS")))
			.andExpect(jsonPath(rule + ".warnShare").value(org.hamcrest.Matchers.contains(0.75)));
		mvc.perform(put("/api/deadline-rules").param("communityId", c)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ruleKey": "X", "allowedMinutes": -1, "endOfDay": false, "mode": "CALENDAR", "warnShare": 2}""")
			.with(csrf())
			.with(user(manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("allowedMinutes")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("warnShare")));
		mvc.perform(put("/api/business-calendar/hours").param("communityId", c)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opens\": \"09:00\", \"closes\": \"18:00\"}")
			.with(csrf())
			.with(user(manager))).andExpect(status().isNoContent());
		mvc.perform(put("/api/business-calendar/days").param("communityId", c)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\": \"2027-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"}")
			.with(csrf())
			.with(user(manager))).andExpect(status().isNoContent());
		mvc.perform(put("/api/business-calendar/days").param("communityId", c)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"day\": \"2027-02-07\", \"kind\": \"MAKEUP\", \"name\": \"春节调休\"}")
			.with(csrf())
			.with(user(manager))).andExpect(status().isNoContent());
		mvc.perform(get("/api/business-calendar").param("communityId", c).with(user(manager)))
			.andExpect(jsonPath("$.opens").value("09:00:00"))
			.andExpect(jsonPath("$.holidays[0]").value("2027-01-01"))
			.andExpect(jsonPath("$.makeUpDays[0]").value("2027-02-07"));
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(put("/api/business-calendar/hours").param("communityId", c)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"opens\": \"09:00\", \"closes\": \"18:00\"}")
			.with(csrf())
			.with(user(agent))).andExpect(status().isForbidden());
	}

}
