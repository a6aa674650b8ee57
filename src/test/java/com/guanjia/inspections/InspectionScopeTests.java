package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A staff member of another community can touch nothing of a community's patrols (issue
 * 11, R13 scoping): every page and API address of a round, checkpoint, finding, photo,
 * rectification, contractor, evaluation, route, schedule and template answers 200 to the
 * community's own staff and 404 to the other's; the other's lists of this community are
 * refused (403); every step the other tries is 404 and the records are unchanged when
 * re-read.
 */
@GuanjiaTest
class InspectionScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundWork work;

	@Autowired
	RoundQueries queries;

	@Autowired
	FindingActions findings;

	@Autowired
	Evaluations evaluations;

	@Autowired
	Schedules schedules;

	@Autowired
	ChecklistTemplates templates;

	@Autowired
	JdbcClient jdbc;

	Estate a;

	StaffUser other;

	long round;

	long finding;

	long rectification;

	long evaluation;

	long schedule;

	long template;

	long photo;

	@BeforeEach
	void setUp() {
		a = inspections.estate("甲花园");
		long b = fixtures.community("乙花园").id();
		other = fixtures.staff(Role.MANAGER, b);
		Instant start = TestClockConfiguration.START;
		round = inspections.round(a, Fixtures.unique("r"), start.minusSeconds(600), start.plusSeconds(3600), null)
			.value();
		Fixtures.as(a.butler(), () -> {
			VisitView v = queries.get(round).visits().get(2);
			work.visit(round, 3, new RecordVisit(InspectionFixtures.answers(v, 1, 2), null, true,
					List.of(new PhotoUpload(1, "a.png", "image/png", InspectionFixtures.png(20, 20)))));
		});
		List<FindingView> found = Fixtures.as(a.supervisor(), () -> findings.list(a.communityId(), true, round, null));
		// Newest first: the second item's finding, then the first's (with the photo).
		finding = found.get(1).id();
		rectification = Fixtures
			.as(a.butler(), () -> findings.sendToContractor(found.get(0).id(), null, start.plusSeconds(86400)))
			.rectification()
			.id();
		evaluation = Fixtures.as(a.manager(), () -> evaluations.compute(a.cleaner().id(), YearMonth.of(2026, 12))).id();
		schedule = Fixtures
			.as(a.supervisor(),
					() -> schedules
						.create(a.communityId(),
								new Schedules.NewSchedule("白班", RoundKind.PATROL, a.route().id(), Recurrence.DAILY,
										null, null, "08:00-12:00", null)))
			.id();
		template = Fixtures.as(a.supervisor(), () -> templates.list(a.communityId())).get(0).id();
		photo = Fixtures.as(a.supervisor(), () -> findings.get(finding)).photos().get(0).id();
	}

	List<String> addresses() {
		long cp = a.route().checkpoints().get(0).id();
		String token = a.route().checkpoints().get(0).qrToken();
		return List.of("/inspections/rounds/" + round, "/inspections/rounds/" + round + "/checkpoints/1",
				"/inspections/findings/" + finding, "/inspections/contractors/" + a.cleaner().id(),
				"/inspections/evaluations/" + evaluation, "/inspections/evaluations/" + evaluation + "/export.xlsx",
				"/inspections/routes/" + a.route().id() + "/labels", "/inspections/checkpoints/" + cp + "/qr.png",
				"/inspections/photos/" + photo, "/api/inspections/rounds/" + round,
				"/api/inspections/findings/" + finding, "/api/inspections/rectifications/" + rectification,
				"/api/inspections/contractors/" + a.cleaner().id(), "/api/inspections/evaluations/" + evaluation,
				"/api/inspections/routes/" + a.route().id(), "/api/inspections/checkpoints/" + cp,
				"/api/inspections/schedules/" + schedule, "/api/inspections/templates/" + template,
				"/api/inspections/scan/" + token);
	}

	@Test
	void everyAddressAnswersItsOwnStaffAndIsNotFoundForAnotherCommunitys() throws Exception {
		for (String address : addresses()) {
			mvc.perform(get(address).with(user(a.supervisor()))).andExpect(status().isOk());
			mvc.perform(get(address).with(user(other))).andExpect(status().isNotFound());
		}
		String token = a.route().checkpoints().get(0).qrToken();
		mvc.perform(get("/inspections/scan/" + token).with(user(a.butler()))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/inspections/scan/" + token).with(user(other))).andExpect(status().isNotFound());
		for (String list : List.of("rounds", "findings", "rectifications", "contractors", "evaluations", "routes",
				"areas", "schedules", "templates")) {
			mvc.perform(get("/api/inspections/" + list).param("communityId", String.valueOf(a.communityId()))
				.with(user(a.supervisor()))).andExpect(status().isOk());
			mvc.perform(get("/api/inspections/" + list).param("communityId", String.valueOf(a.communityId()))
				.with(user(other))).andExpect(status().isForbidden());
		}
	}

	@Test
	void everyStepAnotherCommunitysStaffTriesIsNotFoundAndChangesNothing() throws Exception {
		String before = snapshot();
		String json = MediaType.APPLICATION_JSON_VALUE;
		List<String> pagePosts = List.of("/inspections/rounds/" + round + "/checkpoints/1/skip?reason=x",
				"/inspections/rounds/" + round + "/finish", "/inspections/rounds/" + round + "/cancel?reason=x",
				"/inspections/findings/" + finding + "/order", "/inspections/findings/" + finding + "/contractor",
				"/inspections/findings/" + finding + "/refer",
				"/inspections/findings/" + finding + "/resolve?resolution=x",
				"/inspections/rectifications/" + rectification + "/confirm",
				"/inspections/rectifications/" + rectification + "/recheck-failed?note=x",
				"/inspections/contractors/" + a.cleaner().id() + "/evaluations?month=2026-12",
				"/inspections/evaluations/" + evaluation + "/sign?version=0",
				"/inspections/evaluations/" + evaluation + "/recompute", "/inspections/routes/" + a.route().id()
						+ "/checkpoints?name=x&areaId=" + a.grounds().id() + "&templateCode=CLEANING",
				"/inspections/schedules/" + schedule + "/active?active=false");
		for (String address : pagePosts) {
			mvc.perform(post(address).with(user(other)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(multipart("/inspections/rounds/" + round + "/checkpoints/1").param("items[1].outcome", "PASS")
			.with(user(other))
			.with(csrf())).andExpect(status().isNotFound());
		List<String[]> apiPosts = List.of(
				new String[] { "/api/inspections/rounds/" + round + "/checkpoints/1", "{\"answers\":[]}" },
				new String[] { "/api/inspections/rounds/" + round + "/finish", "" },
				new String[] { "/api/inspections/findings/" + finding + "/order", "" },
				new String[] { "/api/inspections/findings/" + finding + "/resolve", "{\"resolution\":\"x\"}" },
				new String[] { "/api/inspections/rectifications/" + rectification + "/confirm", "" },
				new String[] { "/api/inspections/evaluations/" + evaluation + "/sign", "{\"version\":0}" },
				new String[] { "/api/inspections/evaluations/" + evaluation + "/revisions", "{\"reason\":\"x\"}" },
				new String[] { "/api/inspections/contractors/" + a.cleaner().id() + "/evaluations",
						"{\"month\":\"2026-12\"}" },
				new String[] { "/api/inspections/contractors/" + a.cleaner().id() + "/contracts", "{}" },
				new String[] { "/api/inspections/routes/" + a.route().id() + "/checkpoints", "{}" });
		for (String[] call : apiPosts) {
			mvc.perform(post(call[0]).contentType(json).content(call[1]).with(user(other)).with(csrf()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(put("/api/inspections/schedules/" + schedule + "/active").contentType(json)
			.content("{\"active\":false}")
			.with(user(other))
			.with(csrf())).andExpect(status().isNotFound());
		assertThat(snapshot()).isEqualTo(before);
	}

	/**
	 * Everything the other community's staff could have changed, read back from the
	 * tables.
	 */
	String snapshot() {
		return jdbc
			.sql("""
					select concat_ws('|',
					  (select string_agg(status || version || visited, ',') from inspection_round where community_id = :c),
					  (select string_agg(status || version, ',' order by id) from inspection_finding where community_id = :c),
					  (select string_agg(status || version, ',') from inspection_rectification where community_id = :c),
					  (select string_agg(status || version || score, ',') from inspection_evaluation where community_id = :c),
					  (select count(*) from inspection_contract where community_id = :c),
					  (select count(*) from inspection_checkpoint where community_id = :c),
					  (select string_agg(active::text, ',') from inspection_schedule where community_id = :c),
					  (select count(*) from inspection_history where community_id = :c))""")
			.param("c", a.communityId())
			.query(String.class)
			.single();
	}

}
