package com.guanjia.renovation;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.guanjia.archive.DocumentView;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.cashier.DepositView;
import com.guanjia.cashier.Deposits;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A renovation under way through the API: a worker's pass at the gate within its dates
 * and the working hours or an overtime consent (R9.3, R9.4), the 48-hour water test
 * (R9.6), completion with the unit back in its state and the deposit refunded less a
 * deduction with four eyes (R9.7), and another community's staff refused everywhere.
 */
@GuanjiaTest
class RenovationSiteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MutableClock clock;

	@Autowired
	UnitManagement units;

	@Autowired
	Deposits deposits;

	@Autowired
	UnitDocuments documents;

	RenovationApi api;

	long community;

	long unit;

	StaffUser supervisor;

	StaffUser guard;

	long renovation;

	@BeforeEach
	void setUp() throws Exception {
		api = new RenovationApi(mvc);
		community = fixtures.community("阳光花园").id();
		unit = fixtures.unit(community, fixtures.building(community, "6").id(), "2", "1101", "102.30").id();
		Person owner = people.owner(community, unit, "孙丽");
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		guard = fixtures.staff(Role.GUARD, community);
		renovation = api.permitted(supervisor, community, unit, owner.partyId(), false, "2026-11-30", "2026-12-31");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	long worker() throws Exception {
		api.post(supervisor, "/api/renovations/" + renovation + "/workers",
				"{\"name\": \"王师傅\", \"idCard\": \"%s\"}".formatted(PeopleFixtures.idNumber()))
			.andExpect(status().isOk());
		return RenovationApi.json(api.read(supervisor, "/api/renovations/" + renovation), "$.workers[0].id");
	}

	String scan(String number) throws Exception {
		String body = api
			.post(guard, "/api/gate/worker-passes",
					"{\"communityId\": %d, \"number\": \"%s\"}".formatted(community, number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Boolean admitted = com.jayway.jsonpath.JsonPath.read(body, "$.admitted");
		return admitted ? "ADMITTED" : com.jayway.jsonpath.JsonPath.read(body, "$.refusal");
	}

	/**
	 * R9.3, R9.4: refused outside its dates, outside the hours without consent; admitted
	 * with it.
	 */
	@Test
	void theGateAdmitsAPassOnlyWithinItsDatesAndTheHoursOrAnOvertimeConsent() throws Exception {
		long worker = worker();
		api.post(supervisor, "/api/renovations/" + renovation + "/passes",
				"{\"workerId\": %d, \"validFrom\": \"2026-12-01\", \"validUntil\": \"2027-01-05\"}".formatted(worker))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("validUntil"));
		String number = com.jayway.jsonpath.JsonPath.read(api
			.post(supervisor, "/api/renovations/" + renovation + "/passes",
					"{\"workerId\": %d, \"validFrom\": \"2026-12-01\", \"validUntil\": \"2026-12-10\"}"
						.formatted(worker))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.number");

		// 2026-11-30 10:00 in Shanghai: the day before the pass.
		assertThat(scan(number)).isEqualTo("OUTSIDE_DATES");
		clock.set(Instant.parse("2026-12-02T02:00:00Z")); // 10:00
		assertThat(scan(number)).isEqualTo("ADMITTED");
		clock.set(Instant.parse("2026-12-02T04:30:00Z")); // 12:30, the lunch break
		assertThat(scan(number)).isEqualTo("OUTSIDE_HOURS");
		clock.set(Instant.parse("2026-12-02T12:00:00Z")); // 20:00
		assertThat(scan(number)).isEqualTo("OUTSIDE_HOURS");
		api.post(supervisor, "/api/renovations/" + renovation + "/overtime",
				"{\"startsAt\": \"2026-12-02T19:00\", \"endsAt\": \"2026-12-02T21:00\", \"reason\": \"水电验收前赶工\"}")
			.andExpect(status().isCreated());
		assertThat(scan(number)).isEqualTo("ADMITTED");
		clock.set(Instant.parse("2026-12-11T02:00:00Z"));
		assertThat(scan(number)).isEqualTo("OUTSIDE_DATES");
		assertThat(scan("LS-NOPE")).isEqualTo("UNKNOWN");
		// Only the gate checks passes.
		api.post(fixtures.staff(Role.CASHIER, community), "/api/gate/worker-passes",
				"{\"communityId\": %d, \"number\": \"%s\"}".formatted(community, number))
			.andExpect(status().isForbidden());
	}

	/**
	 * R9.6: under 48 hours, or without the unit below checked, a water test is not
	 * passed.
	 */
	@Test
	void aWaterTestIsPassedOnlyAfter48HoursWithTheUnitBelowChecked() throws Exception {
		long test = RenovationApi
			.id(api.post(supervisor, "/api/renovations/" + renovation + "/water-tests", "{\"area\": \"BATHROOM\"}")
				.andExpect(status().isCreated()));
		String end = "/api/renovations/" + renovation + "/water-tests/" + test + "/end";
		clock.advance(Duration.ofHours(47).plusMinutes(59));
		api.post(supervisor, end, "{\"passed\": true, \"belowChecked\": true}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.water.tooShort"));
		clock.advance(Duration.ofMinutes(1));
		api.post(supervisor, end, "{\"passed\": true, \"belowChecked\": false}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.water.belowNotChecked"));
		api.read(supervisor, "/api/renovations/" + renovation + "/water-tests")
			.andExpect(jsonPath("$[0].endedAt").doesNotExist());
		api.post(supervisor, end, "{\"passed\": true, \"belowChecked\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.result").value("PASSED"));
		api.post(supervisor, end, "{\"passed\": true, \"belowChecked\": true}").andExpect(status().isConflict());
		api.post(supervisor, "/api/renovations/" + renovation + "/water-tests", "{\"area\": \"GARAGE\"}")
			.andExpect(status().isBadRequest());
	}

	/**
	 * R9.7: accepted, the unit back in its state, the deposit refunded less a deduction,
	 * four eyes.
	 */
	@Test
	void completionReturnsTheUnitAndRefundsTheDepositLessADeduction() throws Exception {
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		long depositId = RenovationApi.json(api.read(supervisor, "/api/renovations/" + renovation),
				"$.renovation.depositId");
		as(teller, () -> deposits.take(depositId, PaymentMethod.CASH, new BigDecimal("2000"),
				UUID.randomUUID().toString()));

		long test = RenovationApi
			.id(api.post(tech, "/api/renovations/" + renovation + "/water-tests", "{\"area\": \"KITCHEN\"}")
				.andExpect(status().isCreated()));
		api.post(tech, "/api/renovations/" + renovation + "/accept", RenovationApi.ALL_CONFIRMED)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.accept.waterTestRunning"));
		api.post(tech, "/api/renovations/" + renovation + "/water-tests/" + test + "/end",
				"{\"passed\": false, \"note\": \"楼下1001厨房顶棚渗水\"}")
			.andExpect(status().isOk());
		api.post(tech, "/api/renovations/" + renovation + "/accept", "{\"note\": \"验收合格\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checklist"));
		api.post(tech, "/api/renovations/" + renovation + "/accept",
				"""
						{"note": "验收合格", "checklist": ["STRUCTURE", "WATERPROOFING", "ELECTRICAL", "PLUMBING", "FIRE_SAFETY"]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("checklist"));
		api.post(tech, "/api/renovations/" + renovation + "/accept",
				RenovationApi.ALL_CONFIRMED.replace("{", "{\"note\": \"验收合格\", "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renovation.status").value("COMPLETED"));
		assertThat(units.find(UnitId.of(community, unit)).orElseThrow().state()).isEqualTo(UnitState.OCCUPIED);

		api.post(supervisor, "/api/renovations/" + renovation + "/refund-request", "{\"deduction\": 300}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deductionReason"));
		api.post(supervisor, "/api/renovations/" + renovation + "/refund-request",
				"{\"deduction\": 300, \"deductionReason\": \"楼道墙面损坏修补\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renovation.status").value("REFUNDING"));
		DepositView asked = as(finance, () -> deposits.get(depositId));
		assertThat(asked.status()).isEqualTo(DepositView.Status.REFUND_REQUESTED);
		assertThat(asked.refunded().amount()).isEqualByComparingTo("1700.00");
		as(finance, () -> deposits.approveRefund(depositId));
		as(teller, () -> deposits.payRefund(depositId, PaymentMethod.CASH));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> api.read(supervisor, "/api/renovations/" + renovation)
				.andExpect(jsonPath("$.renovation.status").value("CLOSED")));
	}

	/**
	 * R9.7 (seed 002 资料归档, seed 003 日检表存放于业主档案盒): the agreement and pledge and the permit
	 * at the permit, the water test when it ends, the daily checks and the acceptance at
	 * the end — in the unit's archive in the order the steps were taken.
	 */
	@Test
	void theRenovationsRecordsLandInTheUnitsArchiveInOrder() throws Exception {
		StaffUser tech = fixtures.staff(Role.TECHNICIAN, community);
		long test = RenovationApi
			.id(api.post(tech, "/api/renovations/" + renovation + "/water-tests", "{\"area\": \"BATHROOM\"}")
				.andExpect(status().isCreated()));
		clock.set(Instant.parse("2026-12-02T03:00:00Z")); // 49 hours later
		api.post(tech, "/api/renovations/" + renovation + "/water-tests/" + test + "/end",
				"{\"passed\": true, \"belowChecked\": true}")
			.andExpect(status().isOk());
		mvc.perform(multipart("/api/renovations/" + renovation + "/photos")
			.file(new MockMultipartFile("file", "living.pdf", "application/pdf", RenovationApi.PDF))
			.with(csrf())
			.with(user(tech)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/renovations/" + renovation + "/photos")
			.file(new MockMultipartFile("file", "living.png", "image/png", RenovationApi.PNG))
			.with(csrf())
			.with(user(tech))).andExpect(status().isOk());
		api.post(tech, "/api/renovations/" + renovation + "/accept", RenovationApi.ALL_CONFIRMED)
			.andExpect(status().isOk());
		String permit = com.jayway.jsonpath.JsonPath.read(
				api.read(supervisor, "/api/renovations/" + renovation).andReturn().getResponse().getContentAsString(),
				"$.renovation.permitNumber");
		assertThat(as(supervisor, () -> documents.list(unit))).extracting(DocumentView::title)
			.containsSubsequence("装修 · agreement.pdf", "装修 · pledge.pdf",
					"装修施工许可证 " + permit + "（2026-11-30~2026-12-31）", "闭水试验记录 卫生间 合格", "二次装修日检表 6-2-1101",
					"装修竣工验收 6-2-1101", "装修 · living.png")
			.noneMatch(t -> t.contains("floor_plan"));
	}

	/**
	 * R9.7 (seed 003 装修材料进场): the gate reports materials for a unit under renovation —
	 * refused for a unit without one — and the butler lets them in or refuses them with
	 * the reason; another community's staff touch nothing.
	 */
	@Test
	void materialsAtTheGateAreReportedThenLetInOrRefused() throws Exception {
		fixtures.unit(community, fixtures.building(community, "7").id(), "1", "0101", "80.00");
		StaffUser butler = fixtures.staff(Role.BUTLER, community);
		api.post(guard, "/api/gate/materials",
				"{\"communityId\": %d, \"unitLabel\": \"6-2-1101\"}".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		api.post(guard, "/api/gate/materials",
				"{\"communityId\": %d, \"unitLabel\": \"9-9-9999\", \"description\": \"瓷砖\"}".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitLabel"));
		api.post(guard, "/api/gate/materials",
				"{\"communityId\": %d, \"unitLabel\": \"7-1-0101\", \"description\": \"瓷砖\"}".formatted(community))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.material.noPermit"));
		long tiles = RenovationApi.id(api.post(guard, "/api/gate/materials",
				"{\"communityId\": %d, \"unitLabel\": \"6-2-1101\", \"description\": \"瓷砖 20 箱\", \"carrier\": \"顺达物流\"}"
					.formatted(community))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REPORTED")));
		long board = RenovationApi.id(api
			.post(guard, "/api/gate/materials",
					"{\"communityId\": %d, \"unitLabel\": \"6-2-1101\", \"description\": \"石膏板 30 张\"}"
						.formatted(community))
			.andExpect(status().isCreated()));
		String base = "/api/renovations/" + renovation + "/materials/";
		api.post(butler, base + tiles + "/approve", "{}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		api.post(butler, base + tiles + "/refuse", "{\"reason\": \"x\"}").andExpect(status().isUnprocessableEntity());
		api.post(butler, base + board + "/refuse", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		StaffUser outsider = fixtures.staff(Role.MANAGER, fixtures.community("别处花园").id());
		api.post(outsider, base + board + "/refuse", "{\"reason\": \"x\"}").andExpect(status().isNotFound());
		api.read(outsider, "/api/renovations/" + renovation + "/materials").andExpect(status().isNotFound());
		api.post(guard, base + board + "/approve", "{}").andExpect(status().isForbidden());
		api.post(butler, base + board + "/refuse", "{\"reason\": \"超长材料无法进电梯，已联系业主\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REFUSED"));
		api.read(supervisor, "/api/renovations/" + renovation + "/materials")
			.andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.contains("APPROVED", "REFUSED")));
	}

	@Test
	void anotherCommunitysStaffCanTouchNothingOnTheSite() throws Exception {
		long worker = worker();
		long other = fixtures.community("翠湖居").id();
		StaffUser outsider = fixtures.staff(Role.MANAGER, other);
		StaffUser outsideGuard = fixtures.staff(Role.GUARD, other);
		String base = "/api/renovations/" + renovation;
		api.post(outsider, base + "/passes", "{\"workerId\": %d}".formatted(worker)).andExpect(status().isNotFound());
		api.post(outsider, base + "/overtime",
				"{\"startsAt\": \"2026-12-02T19:00\", \"endsAt\": \"2026-12-02T21:00\", \"reason\": \"x\"}")
			.andExpect(status().isNotFound());
		api.post(outsider, base + "/water-tests", "{\"area\": \"BATHROOM\"}").andExpect(status().isNotFound());
		api.post(outsider, base + "/accept", RenovationApi.ALL_CONFIRMED).andExpect(status().isNotFound());
		api.post(outsider, base + "/refund-request", "{}").andExpect(status().isNotFound());
		api.read(outsider, base + "/passes").andExpect(status().isNotFound());
		api.read(outsider, base + "/water-tests").andExpect(status().isNotFound());
		api.post(outsideGuard, "/api/gate/worker-passes",
				"{\"communityId\": %d, \"number\": \"X\"}".formatted(community))
			.andExpect(status().isForbidden());
		api.read(supervisor, base)
			.andExpect(jsonPath("$.renovation.status").value("PERMITTED"))
			.andExpect(jsonPath("$.history.length()").value(8));
	}

	/**
	 * The pages: the renovation's site sections, a printable pass with its QR code, the
	 * guard's phone page.
	 */
	@Test
	void thePassIsPrintedAndTheGuardChecksItOnThePhonePage() throws Exception {
		long worker = worker();
		long pass = RenovationApi.id(api
			.post(supervisor, "/api/renovations/" + renovation + "/passes", "{\"workerId\": %d}".formatted(worker))
			.andExpect(status().isCreated()));
		String number = com.jayway.jsonpath.JsonPath.read(
				api.read(supervisor, "/api/worker-passes/" + pass).andReturn().getResponse().getContentAsString(),
				"$.number");
		api.read(supervisor, "/renovations/" + renovation)
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(number)));
		api.read(supervisor, "/renovations/passes/" + pass)
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("qr.png")));
		api.read(supervisor, "/renovations/passes/" + pass + "/qr.png")
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentType("image/png"));
		api.read(guard, "/renovations/gate").andExpect(status().isOk());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/renovations/gate")
			.param("number", number)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(guard)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("准予进入")));
	}

}
