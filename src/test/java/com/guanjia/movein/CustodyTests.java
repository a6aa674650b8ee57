package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.HoldReason;
import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.ReadingCommand;
import com.guanjia.meters.ReadingView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R8.4, R7.2: custody of a vacant unit — the agreement puts the unit in the custodial
 * state and in the archive, the weekly outside check is a round of the inspection engine
 * (planned once per week however often asked), a butler orders the heavy-rain checks of
 * every unit in custody at once, a reading above the custodial limit held by meters is
 * flagged on the agreement once and cleared with a note, the end returns the unit; each
 * refusal leaves nothing behind, and another community's staff is refused.
 */
@com.guanjia.support.GuanjiaTest
class CustodyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	PeopleFixtures people;

	@Autowired
	Custodies custodies;

	@Autowired
	MeterManagement meters;

	long community;

	long other;

	long building;

	UnitView vacant;

	StaffUser butler;

	@BeforeEach
	void setUp() {
		other = fixtures.community("隔壁托管小区").id();
		community = fixtures.community("托管花园").id();
		building = fixtures.building(community, "2").id();
		vacant = fees.unit(community, building, "0901", "90.00", UnitState.VACANT, LocalDate.of(2026, 6, 1));
		people.owner(community, vacant.id(), "孙远行");
		butler = fixtures.staff(Role.BUTLER, community);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	long sign(UnitView unit) throws Exception {
		String body = post(butler, "/api/custody", """
				{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "validUntil": "2027-05-31",
				 "keysHeld": "K-2-0901-1、K-2-0901-2"}""".formatted(community, unit.id()))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void aVacantUnitInCustodyIsCustodialArchivedAndCheckedWeekly() throws Exception {
		long id = sign(vacant);
		mvc.perform(get("/api/units/" + vacant.id()).with(user(butler)))
			.andExpect(jsonPath("$.state").value("CUSTODIAL"));
		mvc.perform(get("/api/units/" + vacant.id() + "/documents").with(user(butler)))
			.andExpect(jsonPath("$[*].type", hasItem("CUSTODY_AGREEMENT")));
		mvc.perform(get("/api/custody/" + id).with(user(butler)))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.ownerName").value("孙远行"))
			.andExpect(jsonPath("$.checks.length()").value(1))
			.andExpect(jsonPath("$.checks[0].title", containsString("每周")))
			.andExpect(jsonPath("$.actions", hasItem("END")));

		// the job asks again, and again the next day: still one round this week
		assertThat(custodies.planWeek(community, TestClockConfiguration.START)).isEqualTo(1);
		assertThat(custodies.planWeek(community, TestClockConfiguration.START.plusSeconds(86400))).isEqualTo(1);
		CustodyView view = Fixtures.as(butler, () -> custodies.get(id));
		assertThat(view.checks()).hasSize(1);
		// the next week gets its own
		custodies.planWeek(community, TestClockConfiguration.START.plusSeconds(7 * 86400));
		assertThat(Fixtures.as(butler, () -> custodies.get(id)).checks()).hasSize(2);

		// the check is a round of the inspection engine, walked with the custody
		// checklist
		mvc.perform(get("/inspections/rounds/" + view.checks().get(0).roundId()).with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(vacant.label())));
		mvc.perform(get("/custody/" + id).with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/inspections/rounds/" + view.checks().get(0).roundId())))
			.andExpect(content().string(containsString("id=\"form-END\"")));
		mvc.perform(get("/custody").with(user(butler))).andExpect(content().string(containsString(vacant.label())));

		post(butler, "/api/custody/" + id + "/end", "{\"reason\": \"\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(butler, "/api/custody/" + id + "/end", "{\"reason\": \"业主回国入住\", \"movingIn\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		mvc.perform(get("/api/units/" + vacant.id()).with(user(butler)))
			.andExpect(jsonPath("$.state").value("OCCUPIED"));
		post(butler, "/api/custody/" + id + "/end", "{\"reason\": \"再来一次\"}")
			.andExpect(status().isUnprocessableEntity());
	}

	/** "每周及大雨前后": a butler orders the checks of every unit in custody at once. */
	@Test
	void aButlerOrdersTheHeavyRainChecksOfEveryUnitInCustody() throws Exception {
		post(butler, "/api/custody/heavy-rain", "{\"communityId\": %d, \"when\": \"BEFORE\"}".formatted(community))
			.andExpect(status().isUnprocessableEntity());
		long first = sign(vacant);
		UnitView second = fees.unit(community, building, "0902", "90.00", UnitState.VACANT, LocalDate.of(2026, 6, 1));
		people.owner(community, second.id(), "周远洋");
		long other = sign(second);
		post(butler, "/api/custody/heavy-rain", "{\"communityId\": %d, \"when\": \"RAINING\"}".formatted(community))
			.andExpect(status().isBadRequest());
		post(butler, "/api/custody/heavy-rain", "{\"communityId\": %d}".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("when"));
		mvc.perform(MockMvcRequestBuilders.post("/custody/heavy-rain")
			.param("when", "BEFORE")
			.with(csrf())
			.with(user(butler))).andExpect(flash().attribute("flash", containsString("2")));
		for (long id : new long[] { first, other }) {
			CustodyView v = Fixtures.as(butler, () -> custodies.get(id));
			assertThat(v.checks()).extracting(CustodyView.Check::title)
				.anySatisfy(t -> assertThat(t).contains("大雨前"))
				.anySatisfy(t -> assertThat(t).contains("每周"));
		}
	}

	/** R7.2: meters holds the reading above the limit; it is flagged here once. */
	@Test
	void aReadingAboveTheCustodialLimitIsFlaggedOnceAndCleared() throws Exception {
		long id = sign(vacant);
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		var meter = Fixtures.as(technician,
				() -> meters.register(community, new MeterCommand(MeterKind.WATER, "W-2-0901", vacant.id(), null)));
		Fixtures.as(technician, () -> meters.recordBase(meter.id(), new BigDecimal("100"), null, "孙远行"));
		ReadingView held = Fixtures.as(technician, () -> meters.record(community,
				new ReadingCommand("W-2-0901", YearMonth.of(2026, 11), new BigDecimal("108"), null, null, null)));
		assertThat(held.holdReason()).isEqualTo(HoldReason.CUSTODIAL_LIMIT);
		await().untilAsserted(() -> assertThat(Fixtures.as(butler, () -> custodies.get(id)).excesses()).hasSize(1));
		// delivered again: still one
		custodies.flag(new com.guanjia.meters.MeterEvents.ReadingHeld(community, held.id(), meter.id(), "W-2-0901",
				vacant.id(), HoldReason.CUSTODIAL_LIMIT));
		CustodyView flagged = Fixtures.as(butler, () -> custodies.get(id));
		assertThat(flagged.excesses()).hasSize(1);
		assertThat(flagged.openExcesses()).isEqualTo(1);
		long excess = flagged.excesses().get(0).id();
		mvc.perform(get("/api/custody").param("communityId", String.valueOf(community)).with(user(butler)))
			.andExpect(jsonPath("$[0].openExcesses").value(1));

		post(butler, "/api/custody/" + id + "/excesses/" + excess + "/clear", "{\"note\": \" \"}")
			.andExpect(status().isBadRequest());
		post(butler, "/api/custody/" + id + "/excesses/" + (excess + 999) + "/clear", "{\"note\": \"查无\"}")
			.andExpect(status().isNotFound());
		post(butler, "/api/custody/" + id + "/excesses/" + excess + "/clear", "{\"note\": \"水管渗漏已修\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openExcesses").value(0));
		post(butler, "/api/custody/" + id + "/excesses/" + excess + "/clear", "{\"note\": \"再次\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void refusalsLeaveNothingBehind() throws Exception {
		UnitView occupied = fees.unit(community, building, "0903", "90.00", UnitState.OCCUPIED,
				LocalDate.of(2026, 6, 1));
		people.owner(community, occupied.id(), "在住业主");
		post(butler, "/api/custody", """
				{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "keysHeld": "K-1"}""".formatted(community,
				occupied.id()))
			.andExpect(status().isUnprocessableEntity());
		post(butler, "/api/custody",
				"""
						{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "validUntil": "2026-11-01", "keysHeld": ""}"""
					.formatted(community, vacant.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("validUntil", "keysHeld")));
		post(butler, "/api/custody", """
				{"communityId": %d, "unitId": %d, "validFrom": "someday", "keysHeld": "K-1"}""".formatted(community,
				vacant.id()))
			.andExpect(status().isBadRequest());
		mvc.perform(MockMvcRequestBuilders.post("/custody")
			.param("unitLabel", vacant.label())
			.param("validFrom", "someday")
			.with(csrf())
			.with(user(butler))).andExpect(status().isBadRequest());
		mvc.perform(MockMvcRequestBuilders.post("/custody")
			.param("unitLabel", "9-9-9999")
			.param("validFrom", "2026-11-30")
			.param("keysHeld", "K-1")
			.with(csrf())
			.with(user(butler))).andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		assertThat(Fixtures.as(butler, () -> custodies.list(community))).isEmpty();
		mvc.perform(get("/api/units/" + vacant.id()).with(user(butler))).andExpect(jsonPath("$.state").value("VACANT"));

		long id = sign(vacant);
		post(butler, "/api/custody", """
				{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "keysHeld": "K-1"}""".formatted(community,
				vacant.id()))
			.andExpect(status().isConflict());

		StaffUser stranger = fixtures.staff(Role.BUTLER, other);
		mvc.perform(get("/api/custody/" + id).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/custody/" + id).with(user(stranger))).andExpect(status().isNotFound());
		post(stranger, "/api/custody/" + id + "/end", "{\"reason\": \"越权\"}").andExpect(status().isNotFound());
		post(stranger, "/api/custody/heavy-rain", "{\"communityId\": %d, \"when\": \"AFTER\"}".formatted(community))
			.andExpect(status().isForbidden());
		post(stranger, "/api/custody",
				"""
						{"communityId": %d, "unitId": %d, "validFrom": "2026-11-30", "keysHeld": "K-1"}"""
					.formatted(other, vacant.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(get("/api/custody").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/custody/" + id).with(user(butler)))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.checks.length()").value(1));
	}

	/**
	 * R8.4 with R8: during a move-in case custody is the case's step ⑥; the state waits.
	 */
	@Test
	void duringAMoveInCaseTheUnitBecomesCustodialOnlyWhenTheCaseCompletes() throws Exception {
		UnitView unsold = fees.unit(community, building, "0905", "90.00", UnitState.UNSOLD, null);
		var owner = people.owner(community, unsold.id(), "郑新房");
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		long caseId = Fixtures.as(agent, () -> {
			long c = moveIns
				.open(community, new MoveInCommands.OpenMoveIn(unsold.id(), ApplicantKind.OWNER, owner.partyId(), null))
				.id();
			for (var type : java.util.List.of(com.guanjia.archive.DocumentType.ID_COPY,
					com.guanjia.archive.DocumentType.MOVE_IN_NOTICE,
					com.guanjia.archive.DocumentType.PURCHASE_CONTRACT)) {
				moveIns.attach(c, type, type + ".pdf", MoveInTests.PDF);
			}
			return moveIns.checkDocuments(c).id();
		});
		long id = sign(unsold);
		CustodyView v = Fixtures.as(butler, () -> custodies.get(id));
		assertThat(v.caseId()).isEqualTo(caseId);
		assertThat(v.ownerName()).isEqualTo("郑新房");
		assertThat(Fixtures.as(agent, () -> moveIns.get(caseId)).custodyId()).isEqualTo(id);
		mvc.perform(get("/api/units/" + unsold.id()).with(user(butler))).andExpect(jsonPath("$.state").value("UNSOLD"));
	}

	/**
	 * R8.4 with R8: the case's page links to the custody form while its step ⑥ is open;
	 * an agreement ended before the case completes undoes the step — the case offers
	 * custody again and hands the unit over occupied, not custodial.
	 */
	@Test
	void custodyEndedDuringTheCaseIsNoLongerItsStep() throws Exception {
		UnitView unsold = fees.unit(community, building, "0906", "90.00", UnitState.UNSOLD, null);
		var owner = people.owner(community, unsold.id(), "冯改主意");
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		long caseId = Fixtures.as(agent, () -> {
			long c = moveIns
				.open(community, new MoveInCommands.OpenMoveIn(unsold.id(), ApplicantKind.OWNER, owner.partyId(), null))
				.id();
			for (var type : java.util.List.of(com.guanjia.archive.DocumentType.ID_COPY,
					com.guanjia.archive.DocumentType.MOVE_IN_NOTICE,
					com.guanjia.archive.DocumentType.PURCHASE_CONTRACT)) {
				moveIns.attach(c, type, type + ".pdf", MoveInTests.PDF);
			}
			return moveIns.checkDocuments(c).id();
		});
		String link = "/custody?unit=" + unsold.label();
		mvc.perform(get("/move-ins/" + caseId).with(user(agent)))
			.andExpect(content().string(containsString("id=\"do-CUSTODY\"")))
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get("/custody").param("unit", unsold.label()).with(user(agent)))
			.andExpect(content().string(containsString("value=\"" + unsold.label() + "\"")));
		long id = sign(unsold);
		mvc.perform(get("/move-ins/" + caseId).with(user(agent)))
			.andExpect(content().string(not(containsString("id=\"do-CUSTODY\""))))
			.andExpect(content().string(containsString("href=\"/custody/" + id + "\"")));

		post(butler, "/api/custody/" + id + "/end", "{\"reason\": \"业主决定自住\", \"movingIn\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		MoveInView c = Fixtures.as(agent, () -> moveIns.get(caseId));
		assertThat(c.custodyId()).isNull();
		assertThat(c.actions()).contains(MoveInAction.CUSTODY);
		assertThat(Fixtures.as(agent, () -> moveIns.history(caseId))).extracting(MoveInHistoryLine::actionKey)
			.contains("movein.action.END_CUSTODY");
		mvc.perform(get("/move-ins/" + caseId).with(user(agent)))
			.andExpect(content().string(containsString("id=\"do-CUSTODY\"")));
		mvc.perform(get("/api/units/" + unsold.id()).with(user(butler))).andExpect(jsonPath("$.state").value("UNSOLD"));
	}

	@Autowired
	MoveIns moveIns;

}
