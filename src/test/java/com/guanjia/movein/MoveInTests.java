package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R8.1–R8.2, R8.5: a move-in case over the API and its page — papers refused until the
 * applicant kind's are all in, uploads that are not a PDF or an image refused, the
 * registration form feeding the registry, keys issued from the register, fees paid before
 * they are settled, the unit's state and handover date guarded while the case is open,
 * and another community's staff refused.
 */
@com.guanjia.support.GuanjiaTest
class MoveInTests {

	static final byte[] PDF = "%PDF-1.4\n%scan\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	long community;

	UnitView unit;

	StaffUser agent;

	Person owner;

	@BeforeEach
	void setUp() {
		community = fixtures.community("入伙花园").id();
		long building = fixtures.building(community, "5").id();
		unit = fixtures.unit(community, building, "1", "0801", "96.00");
		agent = fixtures.staff(Role.AGENT, community);
		owner = people.owner(community, unit.id(), "陈立新");
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions upload(long id, String type, String filename, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/move-ins/" + id + "/documents")
			.file(new MockMultipartFile("file", filename, null, content))
			.param("type", type)
			.with(csrf())
			.with(user(agent)));
	}

	long open(String kind, String proxy) throws Exception {
		ResultActions r = post(agent, "/api/move-ins", """
				{"communityId": %d, "unitId": %d, "kind": "%s", "ownerPartyId": %d, "proxyName": %s}"""
			.formatted(community, unit.id(), kind, owner.partyId(), proxy == null ? "null" : "\"" + proxy + "\""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPENED"));
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	long key(String number) {
		return Fixtures
			.as(Fixtures.ROOT,
					() -> keys
						.register(community,
								new com.guanjia.keys.KeyCommands.RegisterItem(unit.id(),
										com.guanjia.keys.KeyKind.UNIT_KEY, number, "柜B-3")))
			.id();
	}

	@Autowired
	com.guanjia.keys.KeyRegister keys;

	@Autowired
	com.guanjia.residents.UnitOccupancy occupancy;

	/** R8.1: a proxy's papers are refused until the authorisation is handed in. */
	@Test
	void aProxysPapersAreRefusedUntilTheAuthorisationIsIn() throws Exception {
		long id = open("PROXY", "赵受托");
		for (String type : List.of("ID_COPY", "MOVE_IN_NOTICE", "PURCHASE_CONTRACT", "PROXY_ID_COPY")) {
			upload(id, type, type + ".pdf", PDF).andExpect(status().isCreated());
		}
		post(agent, "/api/move-ins/" + id + "/check-documents", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail", containsString("委托书")));
		mvc.perform(get("/api/move-ins/" + id).with(user(agent)))
			.andExpect(jsonPath("$.status").value("OPENED"))
			.andExpect(jsonPath("$.missingDocuments").value(org.hamcrest.Matchers.contains("AUTHORIZATION")))
			.andExpect(jsonPath("$.actions", hasItem("ATTACH")));

		upload(id, "AUTHORIZATION", "weituo.png", "not an image".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		upload(id, "AUTHORIZATION", "weituo.pdf", new byte[11 * 1024 * 1024]).andExpect(status().isBadRequest());
		mvc.perform(get("/api/move-ins/" + id).with(user(agent))).andExpect(jsonPath("$.documents.length()").value(4));

		upload(id, "AUTHORIZATION", "weituo.pdf", PDF).andExpect(status().isCreated());
		post(agent, "/api/move-ins/" + id + "/check-documents", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.missing", not(hasItem("movein.todo.CHECK_DOCUMENTS"))));
		mvc.perform(get("/api/units/" + unit.id() + "/documents").with(user(agent)))
			.andExpect(jsonPath("$[*].type", hasItem("AUTHORIZATION")));
	}

	/**
	 * R8.2: registration feeds the registry, keys come from the register, fees are paid.
	 */
	@Test
	void theStepsDoTheirWorkInTheOtherModules() throws Exception {
		long id = open("OWNER", null);
		for (String type : List.of("ID_COPY", "MOVE_IN_NOTICE", "PURCHASE_CONTRACT")) {
			upload(id, type, type + ".pdf", PDF).andExpect(status().isCreated());
		}
		post(agent, "/api/move-ins/" + id + "/check-documents", "{}").andExpect(status().isOk());

		post(agent, "/api/move-ins/" + id + "/register", """
				{"emergencyName": "", "emergencyPhone": "12", "members": [{"name": "", "relation": null}]}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("emergencyName", "emergencyPhone",
					"members[0].name", "members[0].relation")));
		post(agent, "/api/move-ins/" + id + "/register", """
				{"emergencyName": "陈母", "emergencyPhone": "13900001111", "emergencyRelation": "母亲",
				 "members": [{"name": "陈小雨", "relation": "CHILD"}], "cars": [{"plate": "粤B12345"}]}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registration.emergencyName").value("陈母"));
		mvc.perform(get("/api/units/" + unit.id() + "/occupants").with(user(agent)))
			.andExpect(content().string(containsString("陈小雨")))
			.andExpect(content().string(containsString("粤B12345")));

		post(agent, "/api/move-ins/" + id + "/sign-agreements", "{\"agreements\": [\"PROPERTY_SERVICE\"]}")
			.andExpect(status().isUnprocessableEntity());
		post(agent, "/api/move-ins/" + id + "/sign-agreements",
				"{\"agreements\": [\"PROPERTY_SERVICE\", \"HOUSE_RULES\", \"FIRE_SAFETY\"]}")
			.andExpect(status().isOk());

		long k1 = key("K-5-1-0801-1");
		long k2 = key("K-5-1-0801-2");
		post(agent, "/api/move-ins/" + id + "/hand-out",
				"{\"itemIds\": [%d, %d], \"residentHandbook\": true, \"renovationHandbook\": false}".formatted(k1, k2))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("renovationHandbook"));
		post(agent, "/api/move-ins/" + id + "/hand-out",
				"{\"itemIds\": [%d, %d], \"residentHandbook\": true, \"renovationHandbook\": true}".formatted(k1, k2))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handedOut.length()").value(2));
		mvc.perform(get("/api/keys/" + k1).with(user(agent)))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.holderName").value("陈立新"));

		var line = Fixtures.as(Fixtures.ROOT,
				() -> ledger.charge(unit.id(), ChargeItem.RENOVATION_GARBAGE, Money.of("30.00"), "装修垃圾清运押金"));
		post(agent, "/api/move-ins/" + id + "/settle-fees", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail", containsString("30.00")));
		post(agent, "/api/move-ins/" + id + "/defer-fees", "{\"reason\": \" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		Fixtures.as(Fixtures.ROOT, () -> cashier.pay(new PaymentCommand(unit.id(), List.of(line.id()),
				PaymentMethod.CASH, new BigDecimal("30.00"), null, null, "movein-test-" + id)));
		post(agent, "/api/move-ins/" + id + "/settle-fees", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.feesSettledAt").isNotEmpty());

		post(agent, "/api/move-ins/" + id + "/complete", "{\"handoverDate\": null}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handoverDate"));
		post(agent, "/api/move-ins/" + id + "/complete", "{\"handoverDate\": \"2026-12-07\", \"movingIn\": true}")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail", containsString("房屋验收")));
		mvc.perform(get("/api/move-ins/" + id + "/history").with(user(agent)))
			.andExpect(jsonPath("$[*].actionKey", hasItem("movein.action.HAND_OUT")));
	}

	/** The unit's state and handover date change only when the case completes. */
	@Test
	void theHandoverDateIsNotSetByHandWhileTheCaseIsOpen() throws Exception {
		long id = open("OWNER", null);
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		String change = """
				{"buildingId": %d, "entrance": "1", "roomNo": "0801", "kind": "RESIDENCE", "buildingArea": 96.00,
				 "state": "OCCUPIED", "handoverDate": "2026-11-01", "version": %d}""".formatted(unit.buildingId(),
				unit.version());
		mvc.perform(MockMvcRequestBuilders.put("/api/units/" + unit.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)
			.with(csrf())
			.with(user(manager))).andExpect(status().isUnprocessableEntity());
		mvc.perform(get("/api/units/" + unit.id()).with(user(agent)))
			.andExpect(jsonPath("$.state").value(unit.state().name()))
			.andExpect(jsonPath("$.handoverDate").value(String.valueOf(unit.handoverDate())));
		post(agent, "/api/move-ins", """
				{"communityId": %d, "unitId": %d, "kind": "OWNER", "ownerPartyId": %d}""".formatted(community,
				unit.id(), owner.partyId()))
			.andExpect(status().isConflict());
		post(agent, "/api/move-ins/" + id + "/cancel", "{\"reason\": \"业主改期\"}").andExpect(status().isOk());
		mvc.perform(MockMvcRequestBuilders.put("/api/units/" + unit.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk());
	}

	@Test
	void badInputNamesTheField() throws Exception {
		post(agent, "/api/move-ins", "{\"communityId\": %d, \"kind\": \"PROXY\"}".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.hasItems("unitId", "ownerPartyId", "proxyName")));
		post(agent, "/api/move-ins",
				"{\"communityId\": %d, \"unitId\": %d, \"kind\": \"OWNER\", \"ownerPartyId\": %d}".formatted(community,
						unit.id(), people.person(community, "路人甲").partyId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerPartyId"));
		post(agent, "/api/move-ins",
				"""
						{"communityId": %d, "unitId": %d, "kind": "COMPANY", "ownerPartyId": %d, "proxyName": "经办"}"""
					.formatted(community, unit.id(), owner.partyId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		post(agent, "/api/move-ins", "{\"communityId\": %d, \"kind\": \"NEIGHBOUR\"}".formatted(community))
			.andExpect(status().isBadRequest());
		long id = open("OWNER", null);
		upload(id, "NOT_A_TYPE", "a.pdf", PDF).andExpect(status().isBadRequest());
	}

	/** Another community's staff: 404 on the case, 403 on the list; nothing changes. */
	@Test
	void anotherCommunitysStaffIsRefused() throws Exception {
		long id = open("OWNER", null);
		long other = fixtures.community("别的小区").id();
		StaffUser stranger = fixtures.staff(Role.AGENT, other);
		mvc.perform(get("/api/move-ins/" + id).with(user(stranger))).andExpect(status().isNotFound());
		post(stranger, "/api/move-ins/" + id + "/cancel", "{\"reason\": \"x\"}").andExpect(status().isNotFound());
		mvc.perform(
				multipart("/api/move-ins/" + id + "/documents").file(new MockMultipartFile("file", "a.pdf", null, PDF))
					.param("type", "ID_COPY")
					.with(csrf())
					.with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/move-ins").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
		post(stranger, "/api/move-ins", """
				{"communityId": %d, "unitId": %d, "kind": "OWNER", "ownerPartyId": %d}""".formatted(community,
				unit.id(), owner.partyId()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/move-ins/" + id).with(user(agent)))
			.andExpect(jsonPath("$.status").value("OPENED"))
			.andExpect(jsonPath("$.documents.length()").value(0));
		StaffUser cashierStaff = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/api/move-ins/" + id).with(user(cashierStaff))).andExpect(status().isForbidden());
	}

	/** The page lists what is missing and offers exactly the steps the case allows. */
	@Test
	void thePageShowsWhatIsMissing() throws Exception {
		long company = Fixtures
			.as(Fixtures.ROOT,
					() -> occupancy.registerOwner(community,
							new com.guanjia.residents.OwnerCommand(unit.id(), null, com.guanjia.residents.PartyCommand
								.company("入伙贸易有限公司", "91350100M000100Y43", "公司经办人", "0755-26668888"), null, null)))
			.partyId();
		long id = ((Number) JsonPath.read(post(agent, "/api/move-ins",
				"""
						{"communityId": %d, "unitId": %d, "kind": "COMPANY", "ownerPartyId": %d, "proxyName": "公司经办人"}"""
					.formatted(community, unit.id(), company))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		mvc.perform(get("/move-ins/" + id).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单位证明")))
			.andExpect(content().string(containsString("id=\"form-ATTACH\"")))
			.andExpect(content().string(containsString("id=\"do-CHECK_DOCUMENTS\"")))
			.andExpect(content().string(not(containsString("id=\"form-REGISTER\""))))
			.andExpect(content().string(not(containsString("id=\"form-COMPLETE\""))));
		mvc.perform(MockMvcRequestBuilders.post("/move-ins/" + id + "/check-documents").with(csrf()).with(user(agent)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("单位证明")));
		mvc.perform(get("/move-ins").with(user(agent))).andExpect(status().isOk());
		mvc.perform(get("/units/" + unit.id() + "/move-ins").with(user(agent)))
			.andExpect(content().string(containsString("公司经办人")));
	}

	/**
	 * Issue 10 item 19 on the case page: the history reads in words — the applicant kind
	 * and the papers by their labels, the agent by name — not as the codes the steps
	 * store ("PROXY 赵受托", "ID_COPY"); in English too.
	 */
	@Test
	void theCaseHistoryReadsInWordsAndNamesTheStaff() throws Exception {
		long id = open("PROXY", "赵受托");
		upload(id, "ID_COPY", "id.pdf", PDF).andExpect(status().isCreated());
		upload(id, "AUTHORIZATION", "weituo.pdf", PDF).andExpect(status().isCreated());
		String page = mvc.perform(get("/move-ins/" + id).with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history\""));
		history = history.substring(0, history.indexOf("</ul>")).replaceAll("<[^>]+>", " ");
		assertThat(history).contains("委托代办：赵受托", "身份证复印件", "委托书", agent.displayName())
			.doesNotContainPattern("\\b(PROXY|ID_COPY|AUTHORIZATION)\\b");
		// the fixtures' display name is 员工 + the username: the username alone must not
		// show
		assertThat(history.replace(agent.displayName(), "")).doesNotContain(agent.getUsername());
		String english = mvc.perform(get("/move-ins/" + id).param("lang", "en").with(user(agent)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).doesNotContainPattern(">\\s*(PROXY|ID_COPY|AUTHORIZATION)\\b");
	}

}
