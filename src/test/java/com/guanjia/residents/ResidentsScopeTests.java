package com.guanjia.residents;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentUpload;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.3 and the access rule: staff of community A get 404 for every kind of
 * community-B record of residents and archive (detail, update, actions) and 403 for lists
 * and creations naming community B — by API and by page.
 */
@GuanjiaTest
class ResidentsScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	HouseholdRegistry households;

	@Autowired
	OwnershipTransfers transfers;

	@Autowired
	UnitDocuments documents;

	long communityA;

	long communityB;

	long unitA;

	long unitB;

	long ownerB;

	long tenancyB;

	long memberB;

	long vehicleB;

	long transferB;

	long documentB;

	StaffUser managerA;

	@BeforeEach
	void setUp() {
		communityA = fixtures.community("阳光花园").id();
		communityB = fixtures.community("翠湖居").id();
		unitA = fixtures.unit(communityA, fixtures.building(communityA, "1").id(), "1", "101", "80.00").id();
		unitB = fixtures.unit(communityB, fixtures.building(communityB, "1").id(), "1", "101", "80.00").id();
		Fixtures.as(Fixtures.ROOT, () -> {
			ownerB = occupancy
				.registerOwner(communityB,
						new OwnerCommand(unitB, null, PartyCommand.person("乙业主", People.idCard(), People.mobile()),
								null, LocalDate.of(2020, 1, 1)))
				.partyId();
			tenancyB = occupancy
				.moveIn(communityB,
						new TenantCommand(unitB, null, PartyCommand.person("乙租户", null, People.mobile()), null, null))
				.id();
			memberB = households
				.addMember(communityB,
						new HouseholdMemberCommand(unitB, null, PartyCommand.person("乙家属", null),
								HouseholdRelation.CHILD, null))
				.id();
			vehicleB = households
				.registerVehicle(communityB, new VehicleCommand(unitB, null, People.plate(), null, null))
				.id();
			transferB = transfers.record(communityB,
					new TransferCommand(unitB, LocalDate.of(2026, 11, 1), TransferReason.SALE, null, null,
							List.of(new TransferCommand.NewOwner(null,
									PartyCommand.person("乙新业主", People.idCard(), People.mobile()), null))))
				.id();
			documentB = documents
				.upload(unitB,
						new DocumentUpload(DocumentType.PURCHASE_CONTRACT, "合同", "c.pdf",
								"%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII)))
				.id();
		});
		managerA = fixtures.staff(Role.MANAGER, communityA);
	}

	void expect(AbstractMockHttpServletRequestBuilder<?> request, ResultMatcher status) throws Exception {
		mvc.perform(request.with(user(managerA)).with(csrf())).andExpect(status);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** Re-read as an admin: the refused update left community B's owner as it was. */
	void ownerBIsUnchanged() throws Exception {
		mvc.perform(get("/api/residents/" + ownerB).with(user(fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("乙业主"))
			.andExpect(jsonPath("$.version").value(0));
	}

	@Test
	void theApiAnswers404ForRecordsOfAnotherCommunity() throws Exception {
		var notFound = status().isNotFound();
		expect(get("/api/residents/" + ownerB), notFound);
		expect(json(put("/api/residents/" + ownerB), """
				{"version": 0, "kind": "PERSON", "name": "改名", "phones": ["13800138000"]}"""), notFound);
		ownerBIsUnchanged();
		expect(json(post("/api/tenants/" + tenancyB + "/move-out"), "{}"), notFound);
		expect(json(post("/api/household-members/" + memberB + "/move-out"), "{}"), notFound);
		expect(get("/api/vehicles/" + vehicleB), notFound);
		expect(json(post("/api/vehicles/" + vehicleB + "/removal"), "{}"), notFound);
		expect(get("/api/ownership-transfers/" + transferB), notFound);
		expect(get("/api/ownership-transfers").param("unitId", String.valueOf(unitB)), notFound);
		expect(get("/api/units/" + unitB + "/occupants"), notFound);
		expect(get("/api/units/" + unitB + "/events"), notFound);
		expect(json(post("/api/units/" + unitB + "/events"), "{\"kind\": \"NOTE\", \"note\": \"x\"}"), notFound);
		expect(get("/api/units/" + unitB + "/documents"), notFound);
		expect(get("/api/units/" + unitB + "/documents/" + documentB + "/content"), notFound);
		// Another community's document through one's own unit: still 404.
		expect(get("/api/units/" + unitA + "/documents/" + documentB + "/content"), notFound);
		expect(multipart("/api/units/" + unitB + "/documents")
			.file(new MockMultipartFile("file", "c.pdf", "application/pdf", "%PDF-1.4".getBytes()))
			.param("type", "OTHER"), notFound);
	}

	@Test
	void theApiAnswers403ForListsAndCreationsNamingAnotherCommunity() throws Exception {
		var forbidden = status().isForbidden();
		String b = String.valueOf(communityB);
		expect(get("/api/residents").param("communityId", b), forbidden);
		expect(get("/api/vehicles").param("communityId", b), forbidden);
		expect(get("/api/search").param("communityId", b).param("q", "乙业主"), forbidden);
		String party = "{\"kind\": \"PERSON\", \"name\": \"甲某\", \"idCardNumber\": \"%s\", \"phones\": [\"%s\"]}"
			.formatted(People.idCard(), People.mobile());
		expect(json(post("/api/residents"),
				"{\"communityId\": %s, \"kind\": \"PERSON\", \"name\": \"甲某\"}".formatted(b)), forbidden);
		expect(json(post("/api/owners"),
				"{\"communityId\": %s, \"unitId\": %d, \"party\": %s}".formatted(b, unitB, party)), forbidden);
		expect(json(post("/api/tenants"),
				"{\"communityId\": %s, \"unitId\": %d, \"party\": %s}".formatted(b, unitB, party)), forbidden);
		expect(json(post("/api/household-members"), """
				{"communityId": %s, "unitId": %d, "party": %s, "relation": "CHILD"}""".formatted(b, unitB, party)),
				forbidden);
		expect(json(post("/api/vehicles"),
				"{\"communityId\": %s, \"unitId\": %d, \"plate\": \"%s\"}".formatted(b, unitB, People.plate())),
				forbidden);
		expect(json(post("/api/ownership-transfers"),
				"""
						{"communityId": %s, "unitId": %d, "date": "2026-11-20", "reason": "SALE", "newOwners": [{"partyId": %d}]}"""
					.formatted(b, unitB, ownerB)),
				forbidden);
	}

	/**
	 * Naming one's own community with another community's unit or party does not reach
	 * them either.
	 */
	@Test
	void referencesToAnotherCommunityAreUnknown() throws Exception {
		mvc.perform(json(post("/api/owners"),
				"{\"communityId\": %d, \"unitId\": %d, \"partyId\": %d}".formatted(communityA, unitB, ownerB))
			.with(user(managerA))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitId"));
		mvc.perform(json(post("/api/owners"),
				"{\"communityId\": %d, \"unitId\": %d, \"partyId\": %d}".formatted(communityA, unitA, ownerB))
			.with(user(managerA))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("partyId"))
			.andExpect(jsonPath("$.errors[0].code").value("resident.unknown"));
	}

	@Test
	void pagesAnswer404ForRecordsOfAnotherCommunity() throws Exception {
		var notFound = status().isNotFound();
		expect(get("/residents/" + ownerB), notFound);
		expect(get("/residents/" + ownerB + "/edit"), notFound);
		expect(post("/residents/" + ownerB + "/edit").param("version", "0").param("name", "改名").param("kind", "PERSON"),
				notFound);
		ownerBIsUnchanged();
		expect(get("/units/" + unitB + "/residents"), notFound);
		expect(get("/units/" + unitB + "/log"), notFound);
		expect(post("/units/" + unitB + "/log").param("kind", "NOTE").param("note", "x"), notFound);
		expect(get("/units/" + unitB + "/documents/" + documentB), notFound);
		for (String form : List.of("owners", "tenants", "household-members", "vehicles", "ownership-transfers")) {
			expect(get("/units/" + unitB + "/" + form + "/new"), notFound);
			expect(post("/units/" + unitB + "/" + form + "/new"), notFound);
		}
		expect(post("/tenancies/" + tenancyB + "/move-out"), notFound);
		expect(post("/household-members/" + memberB + "/move-out"), notFound);
		expect(post("/vehicles/" + vehicleB + "/removal"), notFound);
		expect(get("/residents/pick").param("unitId", String.valueOf(unitB)).param("q", "乙"), notFound);
	}

}
