package com.guanjia.renovation;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RoundView;
import com.guanjia.inspections.RoundWork;
import com.guanjia.inspections.Rounds;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily checks of a renovation under way (R9.5): two rounds of the inspections engine
 * a day while the permit runs — the site check and the corridor check half an hour to an
 * hour before the end of the day — created once however often they are planned; a failed
 * item becomes a violation, stopped on the spot, the owner told by SMS with a deadline,
 * escalated to the manager when refused, rectified; acceptance waits for it. Engineering
 * and security hear of the permit (R9.3). Another community's staff touch nothing.
 */
@GuanjiaTest
class RenovationCheckTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MutableClock clock;

	@Autowired
	SiteCheckJob job;

	@Autowired
	Rounds rounds;

	@Autowired
	RoundWork work;

	@Autowired
	JdbcClient jdbc;

	RenovationApi api;

	long community;

	StaffUser supervisor;

	StaffUser butler;

	long renovation;

	@BeforeEach
	void setUp() throws Exception {
		api = new RenovationApi(mvc);
		community = fixtures.community("装修检查花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "98.00").id();
		Person owner = people.owner(community, unit, "陈静");
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		butler = fixtures.staff(Role.BUTLER, community);
		fixtures.staff(Role.TECHNICIAN, community);
		fixtures.staff(Role.SHIFT_LEAD, community);
		renovation = api.permitted(supervisor, community, unit, owner.partyId(), false, "2026-11-30", "2026-12-31");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	List<RoundView> renovationRounds() {
		return rounds.ofSubject(community, SiteChecks.SUBJECT, renovation);
	}

	/**
	 * R9.5: the permit plans the day's site check (08:00–18:00) and corridor check
	 * (17:00–17:30, 每日下午下班提前半小时至1小时); the job planning again, on two instances, keeps
	 * them once; the next day has its own.
	 */
	@Test
	void eachDayOfThePermitHasOneSiteCheckAndOneCorridorCheck() throws Exception {
		job.run();
		job.run();
		List<RoundView> today = renovationRounds();
		assertThat(today).hasSize(2).allMatch(r -> r.kind() == RoundKind.RENOVATION);
		assertThat(today).extracting(r -> r.windowStart() + "–" + r.windowEnd())
			.containsExactlyInAnyOrder("2026-11-30T00:00:00Z–2026-11-30T10:00:00Z",
					"2026-11-30T09:00:00Z–2026-11-30T09:30:00Z");
		api.read(supervisor, "/api/renovations/" + renovation + "/checks")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].kind").value("SITE"));

		clock.set(Instant.parse("2026-12-01T00:30:00Z")); // the next morning, 08:30
		job.run();
		assertThat(renovationRounds()).hasSize(4);
		clock.set(Instant.parse("2027-01-01T02:00:00Z")); // after the permit
		job.run();
		assertThat(renovationRounds()).hasSize(4);
	}

	/** The butler walks the day's site check, failing the item on the main structure. */
	long failStructureOnTheSiteCheck() throws Exception {
		RoundView site = renovationRounds().stream()
			.filter(r -> r.title().startsWith("装修日检"))
			.findFirst()
			.orElseThrow();
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			answers.add(new ItemAnswer(i, i == 2 ? Outcome.FAIL : Outcome.PASS, i == 2 ? "拆除承重墙，已制止" : null));
		}
		as(butler, () -> work.visit(site.id(), 1, new RecordVisit(answers, null, false, List.of())));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> api.read(supervisor, "/api/renovations/" + renovation + "/violations")
				.andExpect(jsonPath("$.length()").value(1)));
		return RenovationApi.json(api.read(supervisor, "/api/renovations/" + renovation + "/violations"), "$[0].id");
	}

	/**
	 * R9.5: found and stopped, the owner told by SMS with the deadline, refused and
	 * reported to the manager, then rectified; acceptance refused until then.
	 */
	@Test
	void aViolationIsStoppedToldEscalatedWhenRefusedAndRectified() throws Exception {
		long violation = failStructureOnTheSiteCheck();
		String base = "/api/renovations/" + renovation + "/violations/" + violation;
		api.read(supervisor, "/api/renovations/" + renovation + "/violations")
			.andExpect(jsonPath("$[0].status").value("FOUND"))
			.andExpect(jsonPath("$[0].item").value("未拆改主体结构、承重墙，未明显加大荷载"))
			.andExpect(jsonPath("$[0].actions.length()").value(2));

		api.post(supervisor, base + "/demand", "{\"ownerTold\": \"电话告知业主\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		api.post(supervisor, base + "/demand", "{\"deadline\": \"2026-11-29T18:00\", \"ownerTold\": \"电话告知业主\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		api.post(supervisor, base + "/demand", "{\"deadline\": \"2026-12-02T18:00\", \"ownerTold\": \"电话告知业主\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFYING"))
			.andExpect(jsonPath("$.deadline").value("2026-12-02T10:00:00Z"));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select text from notification_outbox where community_id = ? and event_key = ?")
						.params(community, "renovation-violation:" + violation)
						.query(String.class)
						.list())
				.singleElement()
				.asString()
				.contains("12-02 18:00")
				.contains("3-2-1502"));

		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		api.post(tech, "/api/renovations/" + renovation + "/accept", RenovationApi.ALL_CONFIRMED)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.accept.violationOpen"));

		api.post(supervisor, base + "/escalate", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		api.post(supervisor, base + "/escalate", "{\"note\": \"业主拒绝恢复墙体\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ESCALATED"));
		api.post(supervisor, base + "/escalate", "{\"note\": \"再次上报\"}").andExpect(status().isUnprocessableEntity());
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"select count(*) from notification where community_id = ? and event_key = ? and recipient_role = 'MANAGER'")
				.params(community, "renovation-escalated:" + violation)
				.query(Integer.class)
				.single()).isEqualTo(1));

		api.post(supervisor, base + "/rectify", "{\"note\": \"墙体已按原样恢复\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECTIFIED"))
			.andExpect(jsonPath("$.history.length()").value(4));
		api.post(tech, "/api/renovations/" + renovation + "/accept", RenovationApi.ALL_CONFIRMED)
			.andExpect(status().isOk());
	}

	/** R9.3: engineering (technicians) and security (shift leads) hear of the permit. */
	@Test
	void engineeringAndSecurityAreToldOfThePermit() {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(jdbc.sql("""
					select recipient_role from notification where community_id = ? and event_key like ?
					order by recipient_role""")
				.params(community, "renovation-permitted:" + renovation + ":%")
				.query(String.class)
				.list()).containsExactly("SHIFT_LEAD", "TECHNICIAN");
			assertThat(jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like ?")
				.params(community, "renovation-permitted:" + renovation + ":%")
				.query(Integer.class)
				.single()).isGreaterThanOrEqualTo(2);
		});
	}

	/** Another community's staff see and change nothing; unknown ids answer 404. */
	@Test
	void anotherCommunitysStaffTouchNothing() throws Exception {
		long violation = failStructureOnTheSiteCheck();
		long other = fixtures.community("别的小区").id();
		StaffUser outsider = fixtures.staff(Role.MANAGER, other);
		String base = "/api/renovations/" + renovation;
		api.read(outsider, base + "/checks").andExpect(status().isNotFound());
		api.read(outsider, base + "/violations").andExpect(status().isNotFound());
		api.post(outsider, base + "/violations/" + violation + "/rectify", "{}").andExpect(status().isNotFound());
		api.post(outsider, base + "/violations/" + violation + "/demand",
				"{\"deadline\": \"2026-12-02T18:00\", \"ownerTold\": \"电话\"}")
			.andExpect(status().isNotFound());
		api.post(supervisor, base + "/violations/999999999/rectify", "{}").andExpect(status().isNotFound());
		api.post(supervisor, base + "/violations/" + violation + "/rectify", "{\"note\": \"x\"}")
			.andExpect(status().isOk());
		String body = api.read(supervisor, base + "/violations").andReturn().getResponse().getContentAsString();
		assertThat((List<String>) JsonPath.read(body, "$[*].history[*].actor")).doesNotContain(outsider.getUsername());
		api.post(fixtures.staff(Role.GUARD, community), base + "/violations/" + violation + "/rectify", "{}")
			.andExpect(status().isForbidden());
	}

}
