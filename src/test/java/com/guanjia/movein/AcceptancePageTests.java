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

import java.math.BigDecimal;
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
import org.springframework.http.MediaType;
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

	/**
	 * Issue 12 item 2: "the rest of this room passes" — one step per room on the page and
	 * in the API; a line already recorded keeps its outcome; another community's staff
	 * get 404 and nothing changes; a finished sheet refuses it with a code (422).
	 */
	@Test
	void theRestOfARoomPassesInOneStepOnThePageAndInTheApi() throws Exception {
		long a = Fixtures.as(technician, () -> acceptances.start(caseId).id());
		item(technician, a, "客厅", "1", "FAIL", "墙面开裂").andExpect(status().is3xxRedirection());
		item(technician, a, "客厅", "3", "NOT_APPLICABLE", "").andExpect(status().is3xxRedirection());
		mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(content().string(containsString("id=\"pass-room-客厅\"")))
			.andExpect(content().string(containsString("本房间其余项目合格")));

		StaffUser outsider = fixtures.staff(Role.TECHNICIAN, stranger);
		mvc.perform(post("/acceptances/" + a + "/pass-room").param("room", "客厅").with(csrf()).with(user(outsider)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/acceptances/" + a + "/pass-room").contentType(MediaType.APPLICATION_JSON)
			.content("{\"room\": \"客厅\"}")
			.with(csrf())
			.with(user(outsider))).andExpect(status().isNotFound());
		assertThat(line(sheet(a), "客厅", 2).outcome()).isNull();

		mvc.perform(post("/acceptances/" + a + "/pass-room").param("room", "客厅").with(csrf()).with(user(technician)))
			.andExpect(redirectedUrl("/acceptances/" + a + "#room-%E5%AE%A2%E5%8E%85"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		AcceptanceView after = sheet(a);
		assertThat(line(after, "客厅", 1).outcome()).isEqualTo(ItemOutcome.FAIL);
		assertThat(line(after, "客厅", 1).note()).isEqualTo("墙面开裂");
		assertThat(line(after, "客厅", 3).outcome()).isEqualTo(ItemOutcome.NOT_APPLICABLE);
		assertThat(after.of("客厅")).filteredOn(l -> l.position() != 1 && l.position() != 3)
			.extracting(AcceptanceView.Line::outcome)
			.containsOnly(ItemOutcome.PASS);
		assertThat(after.roomsToPass()).doesNotContain("客厅").contains("厨房");
		assertThat(Fixtures.as(technician, () -> acceptances.history(a)))
			.filteredOn(h -> h.actionKey().equals("acceptance.action.PASS_ROOM"))
			.hasSize(1);
		mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(content().string(not(containsString("id=\"pass-room-客厅\""))))
			.andExpect(content().string(containsString("id=\"pass-room-厨房\"")));

		mvc.perform(post("/api/acceptances/" + a + "/pass-room").contentType(MediaType.APPLICATION_JSON)
			.content("{\"room\": \"车库\"}")
			.with(csrf())
			.with(user(technician)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("acceptance.noSuchRoom"));
		mvc.perform(post("/api/acceptances/" + a + "/pass-room").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(csrf())
			.with(user(technician)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("room"));
		for (String room : AcceptanceSheet.ROOMS) {
			mvc.perform(post("/api/acceptances/" + a + "/pass-room").contentType(MediaType.APPLICATION_JSON)
				.content("{\"room\": \"" + room + "\"}")
				.with(csrf())
				.with(user(technician)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.roomsToPass.length()")
					.value(AcceptanceSheet.ROOMS.size() - 1 - AcceptanceSheet.ROOMS.indexOf(room)));
		}
		assertThat(sheet(a).unchecked()).isZero();
		act(technician, a, "readings", "waterCode", "W-6-0603", "water", "2.5", "electricityCode", "E-6-0603",
				"electricity", "8", "confirmedBy", "钱塘")
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		act(technician, a, "finish").andExpect(flash().attribute("error", org.hamcrest.Matchers.nullValue()));
		AcceptanceView finished = sheet(a);
		assertThat(finished.status()).isEqualTo(AcceptanceStatus.DEFECTS);
		assertThat(finished.roomsToPass()).isEmpty();
		mvc.perform(post("/api/acceptances/" + a + "/pass-room").contentType(MediaType.APPLICATION_JSON)
			.content("{\"room\": \"客厅\"}")
			.with(csrf())
			.with(user(technician)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("acceptance.illegal"));
		mvc.perform(post("/acceptances/" + a + "/pass-room").param("room", "客厅").with(csrf()).with(user(technician)))
			.andExpect(flash().attribute("error", containsString("「")));
		assertThat(sheet(a).items()).isEqualTo(finished.items());
		assertThat(sheet(a).version()).isEqualTo(finished.version());
	}

	/**
	 * Issue 12 item 2 (issue 10 item 19): the acceptance history on the Chinese page
	 * shows labels, not codes (no PASS/FAIL, no "2 defects", no ISO instant), and staff
	 * by their display names; the system's own step reads 系统. The English page shows the
	 * English labels.
	 */
	@Test
	void theHistoryReadsInWordsAndNamesTheStaff() throws Exception {
		long a = Fixtures.as(technician, () -> {
			long id = acceptances.start(caseId).id();
			acceptances.record(id, "客厅", 1, ItemOutcome.FAIL, "墙面开裂", List.of());
			acceptances.record(id, "客厅", 2, ItemOutcome.NOT_APPLICABLE, null, List.of());
			for (String room : AcceptanceSheet.ROOMS) {
				acceptances.passRest(id, room);
			}
			acceptances.recordReadings(id, new HouseAcceptances.ConfirmReadings("W-6-0603", new BigDecimal("2.5"),
					"E-6-0603", new BigDecimal("8"), null, null, "钱塘"));
			return acceptances.finish(id).id();
		});
		Fixtures.as(agent, () -> acceptances.orderDefects(a));
		fixed(line(sheet(a), "客厅", 1).workOrderId());
		await().untilAsserted(() -> assertThat(sheet(a).status()).isEqualTo(AcceptanceStatus.REPAIRED));
		Fixtures.as(agent, () -> acceptances.bookRecheck(a, Instant.parse("2026-12-08T02:00:00Z")));
		Fixtures.as(technician, () -> acceptances.recheck(a, java.util.Map.of("客厅#1", true)));

		String page = mvc.perform(get("/acceptances/" + a).with(user(technician)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String history = page.substring(page.indexOf("id=\"history\""));
		history = history.substring(0, history.indexOf("</ul>"));
		String words = history.replaceAll("<[^>]+>", " ");
		assertThat(words).doesNotContainPattern("\\b(PASS|FAIL|NOT_APPLICABLE|defects|failed)\\b")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T")
			.contains("客厅 墙面：不合格", "客厅其余 7 项合格", "发现 1 项质量问题", "复验全部合格", "复验时间 2026-12-08 10:00", "系统");
		assertThat(history)
			.contains("<span class=\"actor\">" + technician.displayName() + "</span>",
					"<span class=\"actor\">" + agent.displayName() + "</span>")
			.doesNotContain("<span class=\"actor\">" + technician.getUsername() + "</span>");
		assertThat(page.replaceAll("<[^>]+>", " ")).doesNotContainPattern("\\b(PASS|FAIL|NOT_APPLICABLE)\\b");

		mvc.perform(get("/acceptances/" + a).cookie(new jakarta.servlet.http.Cookie("guanjia-lang", "en"))
			.with(user(technician)))
			.andExpect(content().string(containsString("客厅 墙面: Defect")))
			.andExpect(content().string(containsString("1 defects found")));
	}

}
