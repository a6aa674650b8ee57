package com.guanjia.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Decision of issue 10 (R13, R3.6): a department lead who is disabled, or who staff
 * administration moves to another department or off the community, is cleared as lead at
 * once, audited, and the community's manager is told in the app to name a new one.
 */
@GuanjiaTest
class DepartmentLeadClearedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditTrail audit;

	long community;

	StaffUser manager;

	StaffView lead;

	@BeforeEach
	void setUp() {
		community = fixtures.community("负责人小区").id();
		manager = fixtures.staff(Role.MANAGER, community);
		lead = Fixtures.as(Fixtures.ROOT, () -> staff.create(new StaffCommand(Fixtures.unique("lead"), "周工长",
				Fixtures.PASSWORD, null, Set.of(Role.SUPERVISOR), List.of(in("ENGINEERING")))));
		Fixtures.as(manager, () -> staff.setLead(engineering().id(), lead.id()));
	}

	StaffCommand.AssignmentCommand in(String department) {
		return new StaffCommand.AssignmentCommand(community, department);
	}

	DepartmentView engineering() {
		return staff.department(community, DepartmentKind.ENGINEERING).orElseThrow();
	}

	void managerIsTold(String first, String second, String third) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(manager)))
				.andExpect(jsonPath("$[*].text",
						hasItem(allOf(containsString(first), containsString(second), containsString(third))))));
	}

	@Test
	void aDisabledLeadIsClearedAndTheManagerIsTold() throws Exception {
		Fixtures.as(Fixtures.ROOT, () -> staff.setEnabled(lead.id(), false));
		assertThat(engineering().leadStaffId()).isNull();
		assertThat(audit.latest(List.of(community), false, "department", String.valueOf(engineering().id()), 5)).first()
			.satisfies(e -> {
				assertThat(e.action()).isEqualTo("clearLead");
				assertThat(e.detail()).contains("DISABLED");
			});
		managerIsTold("周工长", "停用", "工程部");
	}

	@Test
	void aLeadMovedToAnotherDepartmentIsClearedAndTheManagerIsTold() throws Exception {
		Fixtures.as(Fixtures.ROOT, () -> staff.update(lead.id(), lead.version(), new StaffCommand(lead.username(),
				lead.displayName(), null, null, Set.of(Role.SUPERVISOR), List.of(in("CLEANING")))));
		assertThat(engineering().leadStaffId()).isNull();
		managerIsTold("周工长", "工程部", "不再担任");
	}

	@Test
	void aChangeThatKeepsTheLeadInTheDepartmentKeepsTheLead() throws Exception {
		Fixtures.as(Fixtures.ROOT, () -> staff.update(lead.id(), lead.version(), new StaffCommand(lead.username(),
				"周工长（新）", null, null, Set.of(Role.SUPERVISOR, Role.TECHNICIAN), List.of(in("ENGINEERING")))));
		assertThat(engineering().leadStaffId()).isEqualTo(lead.id());
		mvc.perform(get("/api/notifications").with(user(manager)))
			.andExpect(jsonPath("$[*].text", not(hasItem(containsString("不再担任")))));
	}

}
