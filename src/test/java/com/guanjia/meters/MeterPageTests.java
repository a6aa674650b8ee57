package com.guanjia.meters;

import static com.guanjia.support.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R7.1 pages: readings entered by hand and from .xlsx, a held reading shown for re-check;
 * the boundary.
 */
@GuanjiaTest
class MeterPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	MeterManagement meters;

	@Test
	void entersImportsAndShowsHeldReadings() throws Exception {
		long community = fixtures.community("抄表页面小区").id();
		long building = fixtures.building(community, "7").id();
		var unit = fees.unit(community, building, "701", "80.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		for (String code : new String[] { "W701", "E701" }) {
			MeterView m = as(tech, () -> meters.register(community, new MeterCommand(
					code.startsWith("W") ? MeterKind.WATER : MeterKind.ELECTRICITY, code, unit.id(), null)));
			as(tech, () -> meters.recordBase(m.id(), new BigDecimal("100"), null, "业主"));
		}
		mvc.perform(post("/meters/readings").with(user(tech))
			.with(csrf())
			.param("month", "2026-11")
			.param("meterCode", "W701")
			.param("reading", "90"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("复核")));
		byte[] sheet = MeterReadingTests.sheet(new Object[] { "E701", 180.5 });
		mvc.perform(multipart("/meters/import").file(new MockMultipartFile("file", "r.xlsx", null, sheet))
			.param("month", "2026-11")
			.with(user(tech))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("1")));
		mvc.perform(get("/meters").param("month", "2026-11").with(user(tech)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("低于上月读数")))
			.andExpect(content().string(containsString("80.50")));
		StaffUser stranger = fixtures.staff(Role.TECHNICIAN, fixtures.community("他处").id());
		mvc.perform(get("/api/meters").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
		// finance sets a stricter spike factor; a technician may not
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		String settings = """
				{"spikeFactor": 2.5, "historyMonths": 6, "custodialWaterLimit": 5, "custodialElectricityLimit": 20}""";
		mvc.perform(put("/api/meter-settings").param("communityId", String.valueOf(community))
			.with(user(finance))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(settings)).andExpect(status().isOk());
		mvc.perform(put("/api/meter-settings").param("communityId", String.valueOf(community))
			.with(user(tech))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(settings)).andExpect(status().isForbidden());
		mvc.perform(get("/api/meter-settings").param("communityId", String.valueOf(community)).with(user(tech)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.spikeFactor")
				.value(2.5));
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/meters").with(user(teller))).andExpect(status().isForbidden());
	}

}
