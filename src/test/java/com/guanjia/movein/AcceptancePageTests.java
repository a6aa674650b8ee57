package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderCompleted;
import com.guanjia.workorders.WorkOrderKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * R8.3 through the acceptance page's own forms, as staff post them from a phone: the
 * sheet item by item (a defect needs its note, a photo must be an image), the base
 * readings, the defects into work orders in one action, a second acceptance that finds
 * one defect still there and goes round again, the owner's signature. Every bad input is
 * re-shown with a message (or a 400 page for a value that is not even of its type), never
 * a 500, and leaves the sheet as it was; another community's staff gets 404 and changes
 * nothing.
 */
@com.guanjia.support.GuanjiaTest
class AcceptancePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MoveIns moveIns;

	@Autowired
	HouseAcceptances acceptances;

	@Autowired
	AcceptanceListeners listeners;

	long community;

	long stranger;

	UnitView unit;

	StaffUser agent;

	StaffUser technician;

	Person owner;

	long caseId;

	@BeforeEach
	void setUp() {
		stranger = fixtures.community("对面花园").id();
		community = fixtures.community("验收页花园").id();
		long building = fixtures.building(community, "6").id();
		unit = fees.unit(community, building, "0603", "90.00", UnitState.UNSOLD, null);
		agent = fixtures.staff(Role.AGENT, community);
		technician = fixtures.staff(Role.TECHNICIAN, community);
		owner = people.owner(community, unit.id(), "钱塘");
		caseId = Fixtures.as(agent, () -> {
			long id = moveIns
				.open(community, new MoveInCommands.OpenMoveIn(unit.id(), ApplicantKind.OWNER, owner.partyId(), null))
				.id();
			for (DocumentType type : List.of(DocumentType.ID_COPY, DocumentType.MOVE_IN_NOTICE,
					DocumentType.PURCHASE_CONTRACT)) {
				moveIns.attach(id, type, type + ".pdf", MoveInTests.PDF);
			}
			return moveIns.checkDocuments(id).id();
		});
	}

	AcceptanceView sheet(long id) {
		return Fixtures.as(agent, () -> acceptances.get(id));
	}

	ResultActions item(StaffUser who, long id, String room, String position, String outcome, String note,
			byte[]... photos) throws Exception {
		var request = multipart("/acceptances/" + id + "/items");
		for (byte[] photo : photos) {
			request.file(new MockMultipartFile("photos", "defect.png", null, photo));
		}
		return mvc.perform(request.param("room", room)
			.param("position", position)
			.param("outcome", outcome)
			.param("note", note)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions act(StaffUser who, long id, String action, String... params) throws Exception {
		var request = post("/acceptances/" + id + "/" + action).with(csrf()).with(user(who));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	/**
	 * The work order's completion, as workorders announces it (delivered asynchronously).
	 */
	void fixed(long orderId) {
		listeners.on(new WorkOrderCompleted(community, orderId, "WO", null, null, WorkOrderKind.HANDOVER_DEFECT, false,
				false, Instant.parse("2026-12-07T05:00:00Z"), null, 1));
	}

	static AcceptanceView.Line line(AcceptanceView a, String room, int position) {
		return a.items()
			.stream()
			.filter(l -> l.room().equals(room) && l.position() == position)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theSheetIsFilledSignedAndRefusesBadInputThroughItsForms() throws Exception {
		String started = mvc.perform(post("/move-ins/" + caseId + "/acceptance").with(csrf()).with(user(technician)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long a = Long.parseLong(started.substring(started.lastIndexOf('/') + 1));
		mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"outcome\"")))
			.andExpect(content().string(containsString("name=\"waterCode\"")));

		// a defect without its note, a photo that is not one, a value of no type, no such
		// line
		item(technician, a, "客厅", "1", "FAIL", " ").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("客厅")));
		item(technician, a, "客厅", "1", "FAIL", "墙面开裂", "not a photo".getBytes()).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", not(containsString("Exception"))));
		item(technician, a, "客厅", "1", "BROKEN", "墙面开裂").andExpect(status().isBadRequest());
		item(technician, a, "客厅", "abc", "PASS", "").andExpect(status().isBadRequest());
		item(technician, a, "客厅", "99", "PASS", "").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("客厅")));
		item(technician, a, "", "1", "PASS", "").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		AcceptanceView untouched = sheet(a);
		assertThat(line(untouched, "客厅", 1).outcome()).isNull();
		assertThat(untouched.unchecked()).isEqualTo(untouched.items().size());

		byte[] photo = AcceptanceTests.png();
		// The room percent-encoded: Tomcat cannot write a raw 客厅 in the Location header.
		item(technician, a, "客厅", "1", "FAIL", "墙面开裂", photo)
			.andExpect(redirectedUrl("/acceptances/" + a + "#room-%E5%AE%A2%E5%8E%85"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		item(technician, a, "卫生间", "5", "FAIL", "地漏堵塞", photo).andExpect(status().is3xxRedirection());
		assertThat(line(sheet(a), "客厅", 1).photoFileIds()).hasSize(1);
		Fixtures.as(technician, () -> {
			for (String room : AcceptanceSheet.ROOMS) {
				for (int p = 1; p <= AcceptanceSheet.ITEMS.size(); p++) {
					if (!(room.equals("客厅") && p == 1) && !(room.equals("卫生间") && p == 5)) {
						acceptances.record(a, room, p, ItemOutcome.PASS, null, List.of());
					}
				}
			}
		});

		act(technician, a, "finish").andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		act(technician, a, "readings", "waterCode", "W-6-0603", "water", "abc", "electricityCode", "E-6-0603",
				"electricity", "8", "confirmedBy", "钱塘")
			.andExpect(status().isBadRequest());
		act(technician, a, "readings", "waterCode", "W-6-0603", "water", "-1", "electricityCode", "E-6-0603",
				"electricity", "8", "confirmedBy", "钱塘")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		act(technician, a, "readings", "waterCode", "W-6-0603", "water", "2.5", "electricityCode", "E-6-0603",
				"electricity", "8", "confirmedBy", "")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		assertThat(sheet(a).readings()).isNull();
		mvc.perform(get("/api/meters").param("communityId", String.valueOf(community))
			.param("unitId", String.valueOf(unit.id()))
			.with(user(fixtures.staff(Role.MANAGER, community)))).andExpect(jsonPath("$.length()").value(0));
		act(technician, a, "readings", "waterCode", "W-6-0603", "water", "2.5", "electricityCode", "E-6-0603",
				"electricity", "8", "gasCode", "G-6-0603", "gas", "0.4", "confirmedBy", "钱塘")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		act(technician, a, "finish").andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.DEFECTS);

		StaffUser outsider = fixtures.staff(Role.AGENT, stranger);
		act(outsider, a, "order-defects").andExpect(status().isNotFound());
		item(outsider, a, "客厅", "1", "PASS", "").andExpect(status().isNotFound());
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.DEFECTS);

		act(agent, a, "order-defects").andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		AcceptanceView ordered = sheet(a);
		assertThat(ordered.status()).isEqualTo(AcceptanceStatus.REPAIRING);
		List<Long> orders = ordered.items()
			.stream()
			.map(AcceptanceView.Line::workOrderId)
			.filter(o -> o != null)
			.toList();
		assertThat(orders).hasSize(2);
		act(agent, a, "order-defects").andExpect(flash().attribute("error", containsString("「")));
		orders.forEach(this::fixed);
		await().untilAsserted(() -> assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.REPAIRED));

		act(agent, a, "book-recheck", "at", "tomorrow").andExpect(status().isBadRequest());
		act(agent, a, "book-recheck").andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.REPAIRED);
		act(agent, a, "book-recheck", "at", "2026-12-08T10:00")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));

		// the second acceptance finds the floor drain still blocked: it goes round again
		mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(content().string(containsString("value=\"卫生间#5\"")));
		act(technician, a, "recheck", "fixed", "客厅#1")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		AcceptanceView again = sheet(a);
		assertThat(again.status()).isEqualTo(AcceptanceStatus.DEFECTS);
		assertThat(again.openDefects()).isEqualTo(1);
		act(agent, a, "order-defects").andExpect(status().is3xxRedirection());
		Long second = line(sheet(a), "卫生间", 5).workOrderId();
		assertThat(second).isNotNull().isNotIn(orders);
		fixed(second);
		await().untilAsserted(() -> assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.REPAIRED));
		act(agent, a, "book-recheck", "at", "2026-12-09T10:00").andExpect(status().is3xxRedirection());
		act(technician, a, "recheck", "fixed", "卫生间#5", "fixed", "不存在#1").andExpect(status().is3xxRedirection());
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.PASSED);

		act(agent, a, "sign", "name", "钱塘", "signature", "")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		act(agent, a, "sign", "name", "钱塘", "signature", "data:image/png;base64,AAAA")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		act(agent, a, "sign", "name", "", "signature",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(photo))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		act(agent, a, "wave-hands").andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.PASSED);
		assertThat(Fixtures.as(agent, () -> moveIns.get(caseId)).acceptedAt()).isNull();

		act(agent, a, "sign", "name", "钱塘", "signature",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(photo))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.SIGNED);
		assertThat(Fixtures.as(agent, () -> moveIns.get(caseId)).acceptedAt()).isNotNull();
		mvc.perform(get("/acceptances/" + a).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"do-FINISH\""))));
	}

}
