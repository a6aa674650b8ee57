package com.guanjia.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R1.2 through the console: parking spaces listed by state, created and changed with
 * their unit.
 */
@GuanjiaTest
class ParkingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ParkingManagement parking;

	long community;

	UnitView unit;

	UnitView otherUnit;

	StaffUser manager;

	ParkingSpaceView sold;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50");
		otherUnit = fixtures.unit(community, building, "1", "0101", "120.00");
		manager = fixtures.staff(Role.MANAGER, community);
		sold = Fixtures.as(Fixtures.ROOT,
				() -> parking.create(community, new ParkingCommand("B1-001", "地下一层", ParkingState.SOLD, unit.id())));
		Fixtures.as(Fixtures.ROOT,
				() -> parking.create(community, new ParkingCommand("B1-002", "地下一层", ParkingState.VACANT, null)));
	}

	@Test
	void listsSpacesWithTheirUnitAndFiltersByStateWithHtmx() throws Exception {
		mvc.perform(get("/parking").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<nav")))
			.andExpect(content().string(containsString("B1-001")))
			.andExpect(content().string(containsString("3-2-1502")))
			.andExpect(content().string(containsString("B1-002")))
			.andExpect(content().string(containsString("已售")));
		mvc.perform(get("/parking").param("state", "VACANT").header("HX-Request", "true").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<nav"))))
			.andExpect(content().string(containsString("B1-002")))
			.andExpect(content().string(not(containsString("B1-001"))));
		mvc.perform(get("/parking").param("lang", "en").with(user(manager)))
			.andExpect(content().string(containsString("New parking space")))
			.andExpect(content().string(containsString("Sold")));
	}

	@Test
	void createsASpaceForAUnitTypedByItsLabel() throws Exception {
		mvc.perform(post("/parking/new").with(user(manager))
			.with(csrf())
			.param("code", "B1-003")
			.param("zone", "地下一层")
			.param("state", "RENTED")
			.param("unitLabel", " 3-1-0101 ")).andExpect(redirectedUrl("/parking"));
		ParkingSpaceView created = Fixtures.as(manager, () -> parking.list(community, ParkingState.RENTED)).get(0);
		assertThat(created.code()).isEqualTo("B1-003");
		assertThat(created.unitId()).isEqualTo(otherUnit.id());
	}

	@Test
	void explainsMistakesNextToTheFields() throws Exception {
		mvc.perform(post("/parking/new").with(user(manager))
			.with(csrf())
			.param("code", "B1-004")
			.param("state", "SOLD")
			.param("unitLabel", "9-9-9999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该房屋不存在")))
			.andExpect(content().string(containsString("value=\"9-9-9999\"")));
		mvc.perform(post("/parking/new").with(user(manager))
			.with(csrf())
			.param("code", "B1-004")
			.param("state", "VACANT")
			.param("unitLabel", "3-2-1502"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("空置车位不能关联房屋")));
		mvc.perform(
				post("/parking/new").with(user(manager)).with(csrf()).param("code", "B1-001").param("state", "VACANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("车位编号 B1-001 已存在")));
		mvc.perform(post("/parking/new").with(user(manager)).with(csrf()).param("code", "B1/4").param("state", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能包含字母、数字")))
			.andExpect(content().string(containsString("必填")));
	}

	@Test
	void changesTheStateAndUnitOfASpace() throws Exception {
		mvc.perform(get("/parking/{id}/edit", sold.id()).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"3-2-1502\"")));
		mvc.perform(post("/parking/{id}/edit", sold.id()).with(user(manager))
			.with(csrf())
			.param("code", "CHANGED")
			.param("zone", "地下二层")
			.param("state", "RENTED")
			.param("unitLabel", "3-1-0101")
			.param("version", "0")).andExpect(redirectedUrl("/parking"));
		ParkingSpaceView changed = Fixtures.as(manager, () -> parking.get(sold.id()));
		assertThat(changed.code()).isEqualTo("B1-001");
		assertThat(changed.state()).isEqualTo(ParkingState.RENTED);
		assertThat(changed.unitLabel()).isEqualTo("3-1-0101");

		mvc.perform(post("/parking/{id}/edit", sold.id()).with(user(manager))
			.with(csrf())
			.param("state", "VACANT")
			.param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被其他人修改")));
	}

	@Test
	void suggestsUnitsWhileTheLabelIsTyped() throws Exception {
		mvc.perform(get("/parking/unit-options").param("unitLabel", "1502")
			.header("HX-Request", "true")
			.with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<datalist")))
			.andExpect(content().string(containsString("value=\"3-2-1502\"")))
			.andExpect(content().string(not(containsString("3-1-0101"))));
	}

	@Test
	void staffWhoMayOnlyReadCannotChangeSpaces() throws Exception {
		StaffUser guard = fixtures.staff(Role.GUARD, community);
		mvc.perform(get("/parking").with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/parking/new\""))));
		mvc.perform(post("/parking/new").with(user(guard)).with(csrf()).param("code", "G-1").param("state", "VACANT"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/parking/{id}/edit", sold.id()).with(user(guard))
			.with(csrf())
			.param("state", "VACANT")
			.param("version", "0")).andExpect(status().isForbidden());
	}

}
