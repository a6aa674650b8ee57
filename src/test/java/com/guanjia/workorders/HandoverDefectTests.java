package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.YearMonth;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R3.7, R3.8: a defect found at handover (or a construction leftover) is taken in as a
 * work order of its own kind, with 15 days to fix it, and is counted under that kind in
 * the month summary.
 */
@GuanjiaTest
class HandoverDefectTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderIndicators indicators;

	@Autowired
	MutableClock clock;

	long community;

	long unit;

	StaffUser agent;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		community = fixtures.community("新城花园").id();
		unit = fixtures.unit(community, fixtures.building(community, "8").id(), "2", "0601", "120.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aHandoverDefectHasFifteenDaysAndIsCountedUnderItsKindInTheMonthSummary() throws Exception {
		String json = mvc
			.perform(MockMvcRequestBuilders.post("/api/work-orders")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"communityId": %d, "kind": "HANDOVER_DEFECT", "unitId": %d, "reporterName": "交房验收组",
						 "description": "交房验收：客厅地面空鼓两处，卫生间门框开裂", "category": "FLOOR_FACING"}""".formatted(community,
						unit))
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("HANDOVER_DEFECT"))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			// Floors have two years' warranty and the unit was handed over in 2020, but a
			// construction leftover is the developer's to fix: free for the resident.
			.andExpect(jsonPath("$.warranty").value("FREE"))
			// Taken in 2026-11-30 10:00 in Shanghai: 15 calendar days to fix.
			.andExpect(jsonPath("$.dueAt").value("2026-12-15T02:00:00Z"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		mvc.perform(get("/api/work-orders/" + id).with(user(agent)))
			.andExpect(jsonPath("$.deadlines[0].kind").value("RESOLVE"))
			.andExpect(jsonPath("$.deadlines[0].ruleKey").value("HANDOVER_DEFECT.RESOLVE"))
			.andExpect(jsonPath("$.deadlines[0].dueAt").value("2026-12-15T02:00:00Z"))
			.andExpect(jsonPath("$.deadlines[0].state").value("RUNNING"));

		// The supervisor looks at the summary an hour later, the same day.
		clock.advance(Duration.ofHours(1));
		MonthSummary summary = Fixtures.as(supervisor,
				() -> indicators.monthSummary(community, YearMonth.of(2026, 11)));
		assertThat(summary.byKind()).filteredOn(r -> r.kind() == WorkOrderKind.HANDOVER_DEFECT)
			.singleElement()
			.satisfies(r -> {
				assertThat(r.received()).isEqualTo(1);
				assertThat(r.closed()).isZero();
				assertThat(r.carriedOut()).as("unfinished, it rolls over into December").isEqualTo(1);
			});

		String html = mvc.perform(get("/work-orders/month-summary").param("month", "2026-11").with(user(supervisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String kinds = html.substring(html.indexOf("id=\"summary-kinds\""));
		kinds = kinds.substring(0, kinds.indexOf("</table>"));
		// carried in 0, received 1, closed 0, on time 0, rate -, carried out 1
		assertThat(kinds).containsPattern(
				Pattern.compile("<td>交房缺陷/工程遗留</td>\\s*<td class=\"text-end\">0</td><td class=\"text-end\">1</td>\\s*"
						+ "<td class=\"text-end\">0</td><td class=\"text-end\">0</td>\\s*"
						+ "<td class=\"text-end\">-</td>\\s*<td class=\"text-end\">1</td>"));
		mvc.perform(get("/work-orders/" + id).with(user(agent)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("交房缺陷/工程遗留")));
	}

}
