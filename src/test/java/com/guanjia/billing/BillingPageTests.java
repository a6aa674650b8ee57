package com.guanjia.billing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R6.1–R6.3 pages and API: standards, a run previewed then committed, notices; roles and
 * boundary.
 */
@GuanjiaTest
class BillingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	long community;

	StaffUser finance;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("账单小区").id();
		long building = fixtures.building(community, "6").id();
		finance = fixtures.staff(Role.FINANCE, community);
		unit = fees.unit(community, building, "601", "89.50", UnitState.OCCUPIED, LocalDate.of(2026, 11, 17));
	}

	@Test
	void previewsCommitsAndPrintsNotices() throws Exception {
		mvc.perform(get("/billing/standards").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1.5")));
		mvc.perform(post("/billing/runs/preview").with(user(finance))
			.with(csrf())
			.param("firstMonth", "2026-11")
			.param("months", "1")).andExpect(status().isOk()).andExpect(content().string(containsString("62.65")));
		String runs = mvc
			.perform(get("/api/billing-runs").param("communityId", String.valueOf(community)).with(user(finance)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long runId = Long.parseLong(runs.replaceAll("^\\[\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/billing/runs/" + runId + "/commit").with(user(finance)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/billing/runs").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("62.65")));
		mvc.perform(get("/billing/notices/" + unit.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6-1-601")))
			.andExpect(content().string(containsString("62.65")));
		mvc.perform(get("/billing/runs/" + runId + "/notices").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("6-1-601")));
		mvc.perform(get("/api/units/" + unit.id() + "/balance").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.owed").value(62.65));
		// the charge reversed from the unit page (62.65 is below the 500.00 threshold: at
		// once)
		String ledger = mvc.perform(get("/api/units/" + unit.id() + "/ledger").with(user(finance)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long entryId = Long.parseLong(ledger.replaceAll("^\\[\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/units/" + unit.id() + "/ledger/" + entryId + "/reversal").with(user(finance))
			.with(csrf())
			.param("reason", "交房日期录错")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/units/" + unit.id() + "/balance").with(user(finance)))
			.andExpect(jsonPath("$.owed").value(0.0))
			.andExpect(jsonPath("$.balance").value(0.0));
		// the reversal is in the ledger with its reason and amount, and, taken at once,
		// it
		// is no pending request (issue 15 item 7: only the pages' statuses were checked)
		mvc.perform(get("/api/units/" + unit.id() + "/ledger").with(user(finance)))
			.andExpect(jsonPath("$[?(@.kind == 'REVERSAL')].reason").value(org.hamcrest.Matchers.contains("交房日期录错")))
			.andExpect(jsonPath("$[?(@.kind == 'REVERSAL')].reversesId")
				.value(org.hamcrest.Matchers.contains((int) entryId)))
			.andExpect(jsonPath("$[?(@.kind == 'REVERSAL')].amount").value(org.hamcrest.Matchers.contains(-62.65)));
		mvc.perform(get("/billing/reversals").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("交房日期录错"))));
	}

	@Test
	void theApiPreviewsAndCommitsARunAndRefusesOthers() throws Exception {
		String preview = mvc
			.perform(post("/api/billing-runs/previews").with(user(finance))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"communityId": %d, "firstMonth": "2026-12", "months": 1}""".formatted(community)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.total").value(134.25))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long runId = Long.parseLong(preview.replaceAll("^\\{\"run\":\\{\"id\":(\\d+).*", "$1"));
		mvc.perform(post("/api/billing-runs/" + runId + "/commit").with(user(finance)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMMITTED"));
		// a cashier may not run billing; another community's finance sees nothing
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		mvc.perform(post("/api/billing-runs/previews").with(user(teller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"communityId": %d, "firstMonth": "2026-12", "months": 1}""".formatted(community)))
			.andExpect(status().isForbidden());
		StaffUser stranger = fixtures.staff(Role.FINANCE, fixtures.community("外区").id());
		mvc.perform(get("/api/billing-runs/" + runId).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/units/" + unit.id() + "/ledger").with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/charge-standards").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
	}

}
