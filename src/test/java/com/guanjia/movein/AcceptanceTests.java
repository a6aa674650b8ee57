package com.guanjia.movein;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.keys.KeyCommands.RegisterItem;
import com.guanjia.keys.KeyKind;
import com.guanjia.keys.KeyRegister;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
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
 * R8.3: a proxy's complete move-in with a house acceptance of two defects — the sheet
 * filled item by item with a photo per defect, the base readings given to meters, both
 * defects turned into handover-defect work orders in one action, their completion
 * followed, the second acceptance booked, re-checked and signed — after which the case
 * completes and only then the unit is occupied with its handover date, its archive
 * holding the papers, the forms, the sheet and the signature.
 */
@com.guanjia.support.GuanjiaTest
class AcceptanceTests {

	static final byte[] PDF = "%PDF-1.4\n%scan\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	PeopleFixtures people;

	@Autowired
	KeyRegister keys;

	@Autowired
	AcceptanceListeners listeners;

	long community;

	UnitView unit;

	StaffUser agent;

	StaffUser technician;

	Person owner;

	@BeforeEach
	void setUp() {
		community = fixtures.community("验收花园").id();
		long building = fixtures.building(community, "7").id();
		unit = fees.unit(community, building, "1201", "88.00", UnitState.UNSOLD, null);
		agent = fixtures.staff(Role.AGENT, community);
		technician = fixtures.staff(Role.TECHNICIAN, community);
		owner = people.owner(community, unit.id(), "周海");
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	static long id(ResultActions r, String path) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), path)).longValue();
	}

	ResultActions item(long acceptance, String room, int position, String outcome, String note, byte[]... photos)
			throws Exception {
		var request = multipart("/api/acceptances/" + acceptance + "/items");
		for (byte[] photo : photos) {
			request.file(new MockMultipartFile("photos", "defect.png", null, photo));
		}
		return mvc.perform(request.param("room", room)
			.param("position", String.valueOf(position))
			.param("outcome", outcome)
			.param("note", note)
			.with(csrf())
			.with(user(technician)));
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 60; x++) {
			image.setRGB(x, x / 2, 0xffffff);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aProxysMoveInWithTwoDefectsEndsWithTheUnitOccupied() throws Exception {
		long c = id(post(agent, "/api/move-ins", """
				{"communityId": %d, "unitId": %d, "kind": "PROXY", "ownerPartyId": %d, "proxyName": "吴代办"}"""
			.formatted(community, unit.id(), owner.partyId())).andExpect(status().isCreated()), "$.id");
		for (String type : List.of("ID_COPY", "MOVE_IN_NOTICE", "PURCHASE_CONTRACT", "AUTHORIZATION",
				"PROXY_ID_COPY")) {
			mvc.perform(multipart("/api/move-ins/" + c + "/documents")
				.file(new MockMultipartFile("file", type + ".pdf", null, PDF))
				.param("type", type)
				.with(csrf())
				.with(user(agent))).andExpect(status().isCreated());
		}
		post(agent, "/api/move-ins/" + c + "/acceptance", "{}").andExpect(status().isUnprocessableEntity());
		post(agent, "/api/move-ins/" + c + "/check-documents", "{}").andExpect(status().isOk());

		long a = id(post(agent, "/api/move-ins/" + c + "/acceptance", "{}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INSPECTING"))
			.andExpect(jsonPath("$.rooms", hasItems("客厅", "卫生间"))), "$.id");
		post(agent, "/api/move-ins/" + c + "/acceptance", "{}").andExpect(status().isConflict());
		mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("id=\"do-FINISH\"")));
		mvc.perform(get("/move-ins/" + c).with(user(agent)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("id=\"open-acceptance\"")));

		byte[] photo = png();
		item(a, "客厅", 1, "FAIL", "").andExpect(status().isUnprocessableEntity());
		item(a, "客厅", 1, "FAIL", "墙面开裂", "not a photo".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("photos"));
		item(a, "客厅", 1, "FAIL", "墙面开裂", photo).andExpect(status().isOk());
		item(a, "卫生间", 5, "FAIL", "地漏堵塞", photo).andExpect(status().isOk());
		post(technician, "/api/acceptances/" + a + "/finish", "{}").andExpect(status().isUnprocessableEntity());
		for (String room : AcceptanceSheet.ROOMS) {
			for (int p = 1; p <= AcceptanceSheet.ITEMS.size(); p++) {
				if (!(room.equals("客厅") && p == 1) && !(room.equals("卫生间") && p == 5)) {
					item(a, room, p, "PASS", "").andExpect(status().isOk());
				}
			}
		}
		post(technician, "/api/acceptances/" + a + "/finish", "{}").andExpect(status().isUnprocessableEntity());
		post(technician, "/api/acceptances/" + a + "/readings", """
				{"waterCode": "W-7-1201", "water": -1, "electricityCode": "E-7-1201", "electricity": 12.5,
				 "confirmedBy": "周海"}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("water"));
		post(technician, "/api/acceptances/" + a + "/readings", """
				{"waterCode": "W-7-1201", "water": 3.2, "electricityCode": "E-7-1201", "electricity": 12.5,
				 "gasCode": "G-7-1201", "gas": 0.8, "confirmedBy": "周海"}""").andExpect(status().isOk());
		mvc.perform(get("/api/meters").param("communityId", String.valueOf(community))
			.param("unitId", String.valueOf(unit.id()))
			.with(user(fixtures.staff(Role.MANAGER, community))))
			.andExpect(jsonPath("$[*].code", hasItems("W-7-1201", "E-7-1201", "G-7-1201")));
		post(technician, "/api/acceptances/" + a + "/finish", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DEFECTS"))
			.andExpect(jsonPath("$.openDefects").value(2));

		String ordered = post(agent, "/api/acceptances/" + a + "/order-defects", "{}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REPAIRING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> orders = JsonPath.read(ordered, "$.items[?(@.workOrderId != null)].workOrderId");
		org.assertj.core.api.Assertions.assertThat(orders).hasSize(2);
		mvc.perform(get("/api/work-orders/" + orders.get(0)).with(user(agent)))
			.andExpect(jsonPath("$.order.kind").value("HANDOVER_DEFECT"))
			.andExpect(jsonPath("$.order.description", containsString("墙面开裂")));

		post(agent, "/api/move-ins/" + c + "/complete", "{\"handoverDate\": \"2026-11-30\", \"movingIn\": true}")
			.andExpect(status().isUnprocessableEntity());
		for (Number o : orders) {
			var completed = new WorkOrderCompleted(community, o.longValue(), "WO", null, null,
					com.guanjia.workorders.WorkOrderKind.HANDOVER_DEFECT, false, false,
					java.time.Instant.parse("2026-11-30T05:00:00Z"), null, 1);
			// delivered twice: the defect is marked fixed once
			listeners.on(completed);
			listeners.on(completed);
		}
		org.awaitility.Awaitility.await()
			.untilAsserted(() -> mvc.perform(get("/api/acceptances/" + a).with(user(agent)))
				.andExpect(jsonPath("$.status").value("REPAIRED")));
		post(agent, "/api/acceptances/" + a + "/book-recheck", "{\"at\": \"2026-11-30T06:00:00Z\"}")
			.andExpect(status().isOk());
		post(technician, "/api/acceptances/" + a + "/recheck", "{\"found\": {\"客厅#1\": true}}")
			.andExpect(status().isUnprocessableEntity());
		post(technician, "/api/acceptances/" + a + "/recheck", "{\"found\": {\"客厅#1\": true, \"卫生间#5\": true}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PASSED"));
		post(agent, "/api/acceptances/" + a + "/sign",
				"{\"name\": \"周海\", \"signature\": \"data:image/png;base64,AAAA\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signature"));
		post(agent, "/api/acceptances/" + a + "/sign",
				"{\"name\": \"周海\", \"signature\": \"data:image/png;base64,%s\"}"
					.formatted(Base64.getEncoder().encodeToString(photo)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"));

		post(agent, "/api/move-ins/" + c + "/register", """
				{"emergencyName": "周母", "emergencyPhone": "13900002222"}""").andExpect(status().isOk());
		post(agent, "/api/move-ins/" + c + "/sign-agreements",
				"{\"agreements\": [\"PROPERTY_SERVICE\", \"HOUSE_RULES\", \"FIRE_SAFETY\"]}")
			.andExpect(status().isOk());
		long key = Fixtures
			.as(Fixtures.ROOT,
					() -> keys.register(community, new RegisterItem(unit.id(), KeyKind.UNIT_KEY, "K-7-1201-1", "柜C-1")))
			.id();
		post(agent, "/api/move-ins/" + c + "/hand-out",
				"{\"itemIds\": [%d], \"residentHandbook\": true, \"renovationHandbook\": true}".formatted(key))
			.andExpect(status().isOk());
		post(agent, "/api/move-ins/" + c + "/settle-fees", "{}").andExpect(status().isOk());
		mvc.perform(get("/api/units/" + unit.id()).with(user(agent))).andExpect(jsonPath("$.state").value("UNSOLD"));
		post(agent, "/api/move-ins/" + c + "/complete", "{\"handoverDate\": \"2026-11-30\", \"movingIn\": true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPLETED"));
		mvc.perform(get("/api/units/" + unit.id()).with(user(agent)))
			.andExpect(jsonPath("$.state").value("OCCUPIED"))
			.andExpect(jsonPath("$.handoverDate").value("2026-11-30"));
		mvc.perform(get("/api/units/" + unit.id() + "/documents").with(user(agent)))
			.andExpect(jsonPath("$[*].type", hasItems("AUTHORIZATION", "PROXY_ID_COPY", "REGISTRATION_FORM",
					"AGREEMENT", "KEY_RECEIPT", "ACCEPTANCE_SHEET", "SIGNATURE")));
		mvc.perform(get("/api/acceptances/" + a + "/history").with(user(agent)))
			.andExpect(jsonPath("$[*].actionKey", hasItem("acceptance.action.ORDER_DEFECTS")));
		// R8.5: the archive holds everything a proxy's move-in must leave there
		mvc.perform(get("/api/units/" + unit.id() + "/archive-check").with(user(agent)))
			.andExpect(jsonPath("$.caseId").value(c))
			.andExpect(jsonPath("$.kind").value("PROXY"))
			.andExpect(jsonPath("$.required", hasItems("AUTHORIZATION", "PROXY_ID_COPY", "ACCEPTANCE_SHEET")))
			.andExpect(jsonPath("$.complete").value(true));
	}

	@Test
	void anotherCommunitysStaffCannotTouchTheSheet() throws Exception {
		long c = id(post(agent, "/api/move-ins", """
				{"communityId": %d, "unitId": %d, "kind": "OWNER", "ownerPartyId": %d}""".formatted(community,
				unit.id(), owner.partyId())), "$.id");
		StaffUser stranger = fixtures.staff(Role.AGENT, fixtures.community("隔壁小区").id());
		post(stranger, "/api/move-ins/" + c + "/acceptance", "{}").andExpect(status().isNotFound());
		mvc.perform(get("/api/move-ins/" + c + "/acceptance").with(user(stranger))).andExpect(status().isNotFound());
	}

}
