package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.audit.AuditTrail;
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
 * The audit log viewer (issue 2 item 7, R16.2): who changed what and when, for
 * AUDIT_READ, limited to the caller's communities; entries of no community (staff
 * accounts) only for administrators.
 */
@GuanjiaTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail trail;

	long community;

	StaffUser manager;

	long spaceId;

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("阳光花园").id();
		manager = fixtures.staff(Role.MANAGER, community);
		String created = mvc
			.perform(post("/api/parking-spaces").with(user(manager))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"communityId\": %d, \"code\": \"B1-009\", \"state\": \"VACANT\"}".formatted(community)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		spaceId = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
	}

	@Test
	void showsWhoChangedWhatAndWhenFilteredByRecord() throws Exception {
		mvc.perform(get("/api/audit-log").param("entityType", "parking")
			.param("entityId", String.valueOf(spaceId))
			.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].actor").value(manager.getUsername()))
			.andExpect(jsonPath("$[0].action").value("create"))
			.andExpect(jsonPath("$[0].communityId").value(community))
			.andExpect(jsonPath("$[0].occurredAt").value("2026-11-30T02:00:00Z"));
		mvc.perform(get("/api/audit-log").param("communityId", String.valueOf(community))
			.param("limit", "1")
			.with(user(manager))).andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(1)));
	}

	@Test
	void thePageShowsEntriesInTheCommunitysTimeAndFiltersWithHtmx() throws Exception {
		mvc.perform(get("/audit").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("操作日志")))
			.andExpect(content().string(containsString("2026-11-30")))
			.andExpect(content().string(containsString("10:00:00")))
			.andExpect(content().string(containsString("车位")))
			.andExpect(content().string(containsString("href=\"/parking/" + spaceId + "/edit\"")));
		mvc.perform(get("/audit").param("entityType", "unit")
			.param("entityId", String.valueOf(spaceId))
			.header("HX-Request", "true")
			.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(not(containsString("B1-009"))));
	}

	@Test
	void thePageShowsLabelsAndNamesNotCodesOrUsernames() throws Exception {
		// Issue 10 item 19: "codes never appear in the Chinese UI"; staff appear by name.
		trail.record(community, "deposit", 7, "refund_requested", "测试");
		trail.record(community, "work_order", 8, "hold", null);
		trail.record(community, "parking_stay", 9, "hold", null);
		String page = mvc.perform(get("/audit").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("押金/保证金", "申请退还", "工单", "挂起", "车辆进出", "扣留", "新增", "系统", manager.displayName());
		assertThat(page).doesNotContain(">refund_requested<", ">deposit<", ">work_order<", ">hold<", ">parking_stay<",
				">" + manager.getUsername() + "<", ">system<");
	}

	@Test
	void entriesOfNoCommunityAreForAdministratorsOnly() throws Exception {
		StaffUser admin = fixtures.staff(Role.ADMIN);
		String staffId = String.valueOf(manager.staffId());
		mvc.perform(get("/api/audit-log").param("entityType", "staff").param("entityId", staffId).with(user(admin)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].communityId").doesNotExist())
			.andExpect(jsonPath("$[0].detail").value(containsString("MANAGER")));
		mvc.perform(get("/api/audit-log").param("entityType", "staff").param("entityId", staffId).with(user(manager)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void rolesWithoutAuditReadAreRefused() throws Exception {
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		mvc.perform(get("/api/audit-log").with(user(technician))).andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(user(technician))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(user(technician)))
			.andExpect(content().string(not(containsString("href=\"/audit\""))));
	}

	/**
	 * Issue 10 item 19: the details the services write carry their enums' codes ("WO-…
	 * RECEIVED", "PAID_REPAIR 15.00 …", "2-2-401 LETTER"); the page shows each labelled
	 * code in words and leaves numbers, order numbers and unit labels as written.
	 */
	@Test
	void theDetailsShowLabelledCodesInWords() throws Exception {
		trail.record(community, "work_order", 11, "open", "WO-20261207-0019 RECEIVED");
		trail.record(community, "bill_line", 12, "charge", "PAID_REPAIR 15.00 WO-20261207-0006");
		trail.record(community, "mail_item", 13, "receive", "2-2-401 PARCEL W11902 SOMETHING_UNKNOWN");
		String page = mvc.perform(get("/audit").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("WO-20261207-0019 已受理", "有偿维修费 15.00 WO-20261207-0006",
				"2-2-401 包裹 W11902 SOMETHING_UNKNOWN");
		assertThat(page).doesNotContain("RECEIVED", "PAID_REPAIR", "PARCEL");
		String english = mvc.perform(
				get("/audit").param("communityId", String.valueOf(community)).param("lang", "en").with(user(manager)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("WO-20261207-0019 Received", "Paid repair 15.00");
	}

}
