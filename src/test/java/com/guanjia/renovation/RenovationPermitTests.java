package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.cashier.Deposits;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application and the permit through the API and the page (R9.1–R9.3): a structural
 * change is refused until its approval is uploaded and checked (R9.2), the permit raises
 * the garbage fee and asks the deposit at the cashier and makes the unit decorating, a
 * proxy needs an owner's authorisation on record, bad input names its field, and another
 * community's staff touch nothing.
 */
@GuanjiaTest
class RenovationPermitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	UnitManagement units;

	@Autowired
	Deposits deposits;

	RenovationApi api;

	long community;

	long unit;

	Person owner;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		api = new RenovationApi(mvc);
		community = fixtures.community("阳光花园").id();
		unit = fixtures.unit(community, fixtures.building(community, "5").id(), "1", "0802", "98.20").id();
		owner = people.owner(community, unit, "赵建华");
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
	}

	/**
	 * R9.2: refused without the approval, refused before it is checked, permitted after.
	 */
	@Test
	void aStructuralChangeIsPermittedOnlyAfterItsApprovalIsUploadedAndChecked() throws Exception {
		long id = api.apply(supervisor, community, unit, owner.partyId(), true);
		api.handInPapers(supervisor, id);
		String permit = "{\"from\": \"2026-11-30\", \"until\": \"2027-01-31\"}";

		api.post(supervisor, "/api/renovations/" + id + "/permit", permit)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.permit.structuralApproval"));
		api.read(supervisor, "/api/renovations/" + id)
			.andExpect(jsonPath("$.renovation.status").value("APPLIED"))
			.andExpect(jsonPath("$.renovation.missingPapers[0]").value("STRUCTURAL_APPROVAL"));
		assertThat(units.find(com.guanjia.estate.UnitId.of(community, unit)).orElseThrow().state())
			.isEqualTo(UnitState.OCCUPIED);

		api.upload(supervisor, id, "STRUCTURAL_APPROVAL", "批准书.pdf", RenovationApi.PDF).andExpect(status().isOk());
		api.post(supervisor, "/api/renovations/" + id + "/permit", permit)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.permit.approvalNotChecked"));
		api.post(supervisor, "/api/renovations/" + id + "/check-approval", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renovation.actions", hasItem("PERMIT")));

		api.post(supervisor, "/api/renovations/" + id + "/permit", permit)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.renovation.status").value("PERMITTED"))
			.andExpect(jsonPath("$.renovation.permitNumber").value("ZX2026-0001"))
			.andExpect(jsonPath("$.renovation.garbageFee").value(300.00))
			.andExpect(jsonPath("$.renovation.previousUnitState").value("OCCUPIED"));
		assertThat(units.find(com.guanjia.estate.UnitId.of(community, unit)).orElseThrow().state())
			.isEqualTo(UnitState.DECORATING);
		long depositId = RenovationApi.json(api.read(supervisor, "/api/renovations/" + id), "$.renovation.depositId");
		var deposit = deposits.find(community, depositId).orElseThrow();
		assertThat(deposit.amount().amount()).isEqualByComparingTo("2000.00");
		assertThat(deposit.status()).hasToString("REQUESTED");
	}

	@Test
	void badInputNamesTheFieldAndSavesNothing() throws Exception {
		api.post(supervisor, "/api/renovations",
				"""
						{"communityId": %d, "unitId": %d, "applicantKind": "OWNER", "ownerPartyId": %d,
						 "contractorName": "好家装饰", "plannedStart": "2026-12-08", "plannedEnd": "2026-12-01"}"""
					.formatted(community, unit, owner.partyId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("works")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("plannedEnd")));
		api.post(supervisor, "/api/renovations",
				"{\"communityId\": %d, \"unitId\": %d, \"plannedStart\": \"soon\"}".formatted(community, unit))
			.andExpect(status().isBadRequest());
		api.read(supervisor, "/api/renovations?communityId=" + community).andExpect(content().json("[]"));

		long id = api.apply(supervisor, community, unit, owner.partyId(), false);
		api.upload(supervisor, id, "FLOOR_PLAN", "plan.pdf", "not a pdf".getBytes())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		api.handInPapers(supervisor, id);
		api.post(supervisor, "/api/renovations/" + id + "/permit",
				"{\"from\": \"2026-12-10\", \"until\": \"2026-12-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("permitUntil"));
		api.post(supervisor, "/api/renovations/" + id + "/permit",
				"{\"from\": \"2026-12-10\", \"until\": \"2026-12-31\", \"deposit\": -5}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deposit"));
		api.read(supervisor, "/api/renovations/" + id).andExpect(jsonPath("$.renovation.status").value("APPLIED"));
		// One open renovation per unit.
		api.post(supervisor, "/api/renovations", """
				{"communityId": %d, "unitId": %d, "applicantKind": "OWNER", "ownerPartyId": %d, "works": "刷墙",
				 "contractorName": "好家装饰", "plannedStart": "2026-12-08", "plannedEnd": "2026-12-20"}"""
			.formatted(community, unit, owner.partyId())).andExpect(status().isUnprocessableEntity());
	}

	/** R9.1: a proxy applies only with an owner's authorisation on record. */
	@Test
	void aProxyNeedsAnOwnersAuthorisation() throws Exception {
		Person proxy = people.person(community, "钱受托");
		String body = """
				{"communityId": %d, "unitId": %d, "applicantKind": "PROXY", "ownerPartyId": %d,
				 "proxyName": "钱受托", "proxyIdCard": "%s", "works": "刷墙、换地板", "contractorName": "好家装饰",
				 "plannedStart": "2026-12-08", "plannedEnd": "2026-12-20"}""".formatted(community, unit,
				owner.partyId(), proxy.idCard());
		api.post(supervisor, "/api/renovations", body)
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("renovation.proxy.notAuthorised"));
		people.authorise(community, unit, owner, proxy);
		long id = RenovationApi.id(api.post(supervisor, "/api/renovations", body).andExpect(status().isCreated()));
		api.read(supervisor, "/api/renovations/" + id)
			.andExpect(jsonPath("$.renovation.missingPapers", hasItem("AUTHORIZATION")))
			.andExpect(jsonPath("$.renovation.missingPapers", hasItem("PROXY_ID")));
	}

	@Test
	void anotherCommunitysStaffCanTouchNothing() throws Exception {
		long id = api.apply(supervisor, community, unit, owner.partyId(), true);
		api.handInPapers(supervisor, id);
		long other = fixtures.community("翠湖居").id();
		for (StaffUser outsider : new StaffUser[] { fixtures.staff(Role.MANAGER, other),
				fixtures.staff(Role.AGENT, other) }) {
			api.read(outsider, "/api/renovations/" + id).andExpect(status().isNotFound());
			api.read(outsider, "/renovations/" + id).andExpect(status().isNotFound());
			api.read(outsider, "/api/renovations?communityId=" + community).andExpect(status().isForbidden());
			api.read(outsider, "/api/units/" + unit + "/renovations").andExpect(status().isNotFound());
			api.upload(outsider, id, "STRUCTURAL_APPROVAL", "a.pdf", RenovationApi.PDF)
				.andExpect(status().isNotFound());
			api.post(outsider, "/api/renovations/" + id + "/check-approval", "").andExpect(status().is4xxClientError());
			api.post(outsider, "/api/renovations/" + id + "/permit",
					"{\"from\": \"2026-11-30\", \"until\": \"2026-12-31\"}")
				.andExpect(status().is4xxClientError());
			api.post(outsider, "/api/renovations/" + id + "/withdraw", "{\"reason\": \"x\"}")
				.andExpect(status().is4xxClientError());
			api.post(outsider, "/api/renovations", """
					{"communityId": %d, "unitId": %d, "applicantKind": "OWNER", "ownerPartyId": %d, "works": "刷墙",
					 "contractorName": "好家装饰", "plannedStart": "2026-12-08", "plannedEnd": "2026-12-20"}"""
				.formatted(community, unit, owner.partyId())).andExpect(status().isForbidden());
		}
		api.read(supervisor, "/api/renovations/" + id)
			.andExpect(jsonPath("$.renovation.status").value("APPLIED"))
			.andExpect(jsonPath("$.documents.length()").value(5))
			.andExpect(jsonPath("$.history.length()").value(6));
	}

	@Test
	void thePageOffersTheStepsTheRenovationAllows() throws Exception {
		long id = api.apply(supervisor, community, unit, owner.partyId(), true);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/renovations/" + id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"upload-form\"")))
			.andExpect(content().string(containsString("id=\"permit-form\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"do-check-approval\""))));
		api.read(supervisor, "/renovations?status=APPLIED").andExpect(status().isOk());
		api.read(supervisor, "/renovations/new?unitLabel=x").andExpect(status().isOk());
	}

}
