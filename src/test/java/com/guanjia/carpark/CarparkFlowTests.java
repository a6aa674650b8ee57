package com.guanjia.carpark;

import static com.guanjia.carpark.GateTests.CHECKED;
import static com.guanjia.carpark.GateTests.CHECKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 14 items 1, 5, 6, 7 through the API: a monthly card paid at the cashier with a
 * receipt and let out free (R12.2); a card of another plate held and released by the
 * shift lead only with the three copies, paying as a visitor (R12.3); the shift log whose
 * fees must match the shift's receipts, signed by the director (R12.4); a camera with a
 * bad token refused, a low-confidence reading left to the guard (item 7); and another
 * community's staff touching none of it.
 */
@GuanjiaTest
class CarparkFlowTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser guard;

	StaffUser lead;

	StaffUser manager;

	StaffUser cashier;

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("车场流程小区").id();
		guard = fixtures.staff(Role.GUARD, community);
		lead = fixtures.staff(Role.SHIFT_LEAD, community);
		manager = fixtures.staff(Role.MANAGER, community);
		cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(GateTests.TARIFF.formatted(community))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk());
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
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

	long enter(String plate) throws Exception {
		return id(post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "%s", "goodsChecked": true}""".formatted(community, plate))
			.andExpect(status().isCreated()), "$.id");
	}

	long monthlyCard(String plate) throws Exception {
		return id(post(cashier, "/api/carpark/cards", """
				{"communityId": %d, "kind": "MONTHLY", "plate": "%s", "holderName": "陈先生", "cardMonths": 1,
				 "method": "CASH", "tendered": 300}""".formatted(community, plate)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.amount").value(300.00))
			.andExpect(jsonPath("$.receipt.purpose").value("PARKING_CARD")), "$.card.id");
	}

	/** R12.2, R8.6: paid at the cashier, renewed once per key, its holder leaves free. */
	@Test
	void aMonthlyCardIsPaidWithAReceiptRenewedOnceAndLeavesFree() throws Exception {
		post(cashier, "/api/carpark/cards",
				"""
						{"communityId": %d, "kind": "MONTHLY", "plate": "粤G11111", "holderName": "陈先生", "cardMonths": 0}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("cardMonths", "method")));
		long card = monthlyCard("粤G11111");
		String validTo = JsonPath.read(mvc.perform(get("/api/carpark/cards/" + card).with(user(cashier)))
			.andExpect(jsonPath("$.validFrom").value("2026-11-30"))
			.andExpect(jsonPath("$.validToday").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.validTo");
		assertThat(validTo).isEqualTo("2026-12-29");
		for (int i = 0; i < 2; i++) {
			mvc.perform(MockMvcRequestBuilders.post("/api/carpark/cards/" + card + "/renew")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", "renew-" + card)
				.content("{\"cardMonths\": 2, \"method\": \"ONLINE\"}")
				.with(csrf())
				.with(user(cashier)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.card.validTo").value("2027-02-28"));
		}
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ? and card_id = ?")
			.params(community, card)
			.query(Long.class)
			.single()).isEqualTo(2);
		long stay = enter("粤G11111");
		clock.advance(Duration.ofHours(5));
		post(guard, "/api/carpark/stays/" + stay + "/exit", CHECKED).andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.freeReason").value("CARD"))
			.andExpect(jsonPath("$.receipt").doesNotExist());
		// cancelled, the card is no more than a visitor's
		post(cashier, "/api/carpark/cards/" + card + "/cancel", "{\"reason\": \"退租\"}").andExpect(status().isOk());
		long again = enter("粤G11111");
		clock.advance(Duration.ofHours(1));
		post(guard, "/api/carpark/stays/" + again + "/exit", "{\"method\": \"CASH\", \"tendered\": 5, " + CHECKS + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.freeReason").doesNotExist())
			.andExpect(jsonPath("$.receipt.amount").value(5.00));
	}

	/**
	 * R12.3: a card of another plate holds the vehicle; only a shift lead releases it,
	 * only with the licence, the ID and the signed statement kept, and it pays as a
	 * visitor with a receipt.
	 */
	@Test
	void aMismatchedCardIsHeldAndReleasedByTheShiftLeadWithTheDocuments() throws Exception {
		long card = monthlyCard("粤H22222");
		String number = JsonPath.read(mvc.perform(get("/api/carpark/cards/" + card).with(user(guard)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.number");
		long stay = enter("粤H33333");
		clock.advance(Duration.ofMinutes(130));
		long held = id(post(guard, "/api/carpark/stays/" + stay + "/exit", "{\"cardNumber\": \"%s\"}".formatted(number))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.status").value("HELD"))
			.andExpect(jsonPath("$.receipt").doesNotExist()), "$.heldId");
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead)))
			.andExpect(jsonPath("$.reason").value("CARD_MISMATCH"))
			.andExpect(jsonPath("$.missing.length()").value(3));
		String release = "{\"ownerName\": \"李四\", \"driverIsOwner\": true, \"passReturned\": true, \"method\": \"CASH\", \"tendered\": 20}";
		post(guard, "/api/carpark/held/" + held + "/release", release).andExpect(status().isForbidden());
		post(lead, "/api/carpark/held/" + held + "/release", release).andExpect(status().isUnprocessableEntity());
		post(lead, "/api/carpark/held/" + held + "/release", "{\"driverIsOwner\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerName"));
		mvc.perform(multipart("/api/carpark/held/" + held + "/documents")
			.file(new MockMultipartFile("file", "note.txt", "text/plain", "hello".getBytes()))
			.param("kind", "ID_CARD")
			.with(csrf())
			.with(user(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		for (String kind : new String[] { "VEHICLE_LICENCE", "ID_CARD", "STATEMENT" }) {
			mvc.perform(multipart("/api/carpark/held/" + held + "/documents")
				.file(new MockMultipartFile("file", kind + ".png", "image/png", PNG))
				.param("kind", kind)
				.with(csrf())
				.with(user(lead))).andExpect(status().isOk());
		}
		post(lead, "/api/carpark/held/" + held + "/police", "{\"note\": \"110 已到场\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.policeCalledAt").exists());
		// R12.1 (seed 001 item 5 "回收車輛出入證"): the pass the entry handed is taken back
		// before a held vehicle leaves too.
		post(lead, "/api/carpark/held/" + held + "/release",
				release.replace("\"passReturned\": true", "\"passReturned\": false"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("passReturned"));
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead))).andExpect(jsonPath("$.status").value("HELD"));
		post(lead, "/api/carpark/held/" + held + "/release", release).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"))
			.andExpect(jsonPath("$.fee").value(11.00))
			.andExpect(jsonPath("$.receiptNumber").isNotEmpty());
		mvc.perform(get("/api/carpark/stays/" + stay).with(user(guard)))
			.andExpect(jsonPath("$.status").value("LEFT"))
			.andExpect(jsonPath("$.fee").value(11.00));

		// another community's shift lead sees and releases nothing
		long other = fixtures.community("别处").id();
		StaffUser outsider = fixtures.staff(Role.SHIFT_LEAD, other);
		long second = enter("粤H44444");
		long held2 = id(post(guard, "/api/carpark/stays/" + second + "/hold", "{\"reason\": \"SUSPICIOUS\"}")
			.andExpect(status().isOk()), "$.id");
		mvc.perform(get("/api/carpark/held/" + held2).with(user(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/carpark/held").param("communityId", String.valueOf(community)).with(user(outsider)))
			.andExpect(status().isForbidden());
		post(outsider, "/api/carpark/held/" + held2 + "/release", release).andExpect(status().isNotFound());
		post(outsider, "/api/carpark/held/" + held2 + "/police", "{}").andExpect(status().isNotFound());
		mvc.perform(multipart("/api/carpark/held/" + held2 + "/documents")
			.file(new MockMultipartFile("file", "a.png", "image/png", PNG))
			.param("kind", "ID_CARD")
			.with(csrf())
			.with(user(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/carpark/held/" + held2).with(user(outsider))).andExpect(status().isNotFound());
		mvc.perform(get("/api/carpark/held/" + held2).with(user(lead)))
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.documents.length()").value(0))
			.andExpect(jsonPath("$.policeCalledAt").doesNotExist());
		mvc.perform(get("/carpark/held/" + held2).with(user(lead))).andExpect(status().isOk());
	}

	/**
	 * R12.4: the handover form's fees must equal the shift's receipts, or the notes say
	 * why; the director signs, never the guard who handed over.
	 */
	@Test
	void theShiftLogsFeesMatchTheReceiptsAndTheDirectorSigns() throws Exception {
		long log = id(post(guard, "/api/carpark/shift-logs", """
				{"communityId": %d, "shiftName": "白班", "post": "东门岗"}""".formatted(community))
			.andExpect(status().isCreated()), "$.id");
		post(guard, "/api/carpark/shift-logs", """
				{"communityId": %d, "shiftName": "白班", "post": "东门岗"}""".formatted(community))
			.andExpect(status().isConflict());
		long stay = enter("粤J10000");
		clock.advance(Duration.ofMinutes(130));
		post(guard, "/api/carpark/stays/" + stay + "/exit", "{\"method\": \"CASH\", \"tendered\": 11, " + CHECKS + "}")
			.andExpect(status().isOk());
		clock.advance(Duration.ofMinutes(5));
		String form = """
				{"handedOverBy": "张三", "takenOverBy": "王五", "events": "无异常", "radios": 2, "keys": 3,
				 "batons": 2, "torches": 2, "fees": %s, "tickets": 1 %s}""";
		post(guard, "/api/carpark/shift-logs/" + log + "/close", form.formatted("10.00", ""))
			.andExpect(status().isUnprocessableEntity());
		post(guard, "/api/carpark/shift-logs/" + log + "/close",
				form.formatted("11.00", "").replace("\"radios\": 2,", ""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("radios"));
		mvc.perform(get("/api/carpark/shift-logs/" + log).with(user(guard)))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.receiptsTotal").value(11.00));
		post(guard, "/api/carpark/shift-logs/" + log + "/close", form.formatted("11.00", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.receiptsCount").value(1))
			.andExpect(jsonPath("$.difference").value(0));
		post(guard, "/api/carpark/shift-logs/" + log + "/sign", "").andExpect(status().isForbidden());
		StaffUser outsideManager = fixtures.staff(Role.MANAGER, fixtures.community("别处二").id());
		post(outsideManager, "/api/carpark/shift-logs/" + log + "/sign", "").andExpect(status().isNotFound());
		mvc.perform(get("/api/carpark/shift-logs/" + log).with(user(outsideManager))).andExpect(status().isNotFound());
		post(manager, "/api/carpark/shift-logs/" + log + "/sign", "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.signedName").isNotEmpty());
		mvc.perform(get("/carpark/shifts/" + log).with(user(guard))).andExpect(status().isOk());
	}

	/**
	 * Item 7: a camera with a bad token is refused (401, nothing recorded); a confident
	 * entry enters; a low-confidence one waits for the guard, who confirms it.
	 */
	@Test
	void cameraEventsNeedTheCamerasTokenAndLowConfidenceWaitsForTheGuard() throws Exception {
		String token = JsonPath.read(post(manager, "/api/carpark/cameras",
				"""
						{"communityId": %d, "code": "EAST-IN", "name": "东门入口", "direction": "ENTRY", "minConfidence": 0.90}"""
					.formatted(community))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		String event = """
				{"cameraId": "EAST-IN", "plate": "%s", "time": "2026-11-30T01:59:00Z", "confidence": %s}""";
		for (String bad : new String[] { "Bearer cam_wrong", "", "Basic abc" }) {
			mvc.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", bad)
				.content(event.formatted("粤K10001", "0.99"))).andExpect(status().isUnauthorized());
		}
		assertThat(jdbc.sql("select count(*) from camera_sighting where community_id = ?")
			.param(community)
			.query(Long.class)
			.single()).isZero();
		mvc.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.content(event.formatted("粤K10001", "1.5")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("confidence"));
		mvc.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + token)
			.content(event.formatted("粤K10001", "0.97")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ENTERED"))
			.andExpect(jsonPath("$.openGate").value(true));
		long pending = id(mvc
			.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + token)
				.content(event.formatted("粤K1OOO2", "0.55")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PENDING")), "$.id");
		mvc.perform(MockMvcRequestBuilders.post("/carpark/sightings/" + pending + "/confirm")
			.param("plate", "粤K10002")
			.param("goodsChecked", "true")
			.with(csrf())
			.with(user(guard))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/carpark/stays").param("communityId", String.valueOf(community)).with(user(guard)))
			.andExpect(jsonPath("$[*].plate", Matchers.containsInAnyOrder("粤K10001", "粤K10002")));
	}

	/**
	 * Item 7 with R12.1 (seed 001 item 7, the automatic lane): a card holder the entry
	 * camera let in leaves by the exit camera, recorded as the camera's exit with no
	 * driver check and no pass; a card holder who entered at the guard's lane was handed
	 * a pass, so the exit camera leaves it to the guard (still inside), whose exit needs
	 * the pass back; a visitor the camera let in leaves by the guard without a pass to
	 * return.
	 */
	@Test
	void theExitCameraLetsOutOnlyCardHoldersHandedNoPass() throws Exception {
		String camera = """
				{"communityId": %d, "code": "%s", "name": "%s", "direction": "%s", "minConfidence": 0.90}""";
		String in = JsonPath
			.read(post(manager, "/api/carpark/cameras", camera.formatted(community, "WEST-IN", "西门入口", "ENTRY"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.token");
		String out = JsonPath
			.read(post(manager, "/api/carpark/cameras", camera.formatted(community, "WEST-OUT", "西门出口", "EXIT"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.token");
		monthlyCard("粤K20001");
		monthlyCard("粤K20002");
		String event = """
				{"cameraId": "%s", "plate": "%s", "time": "%s", "confidence": 0.99}""";
		long byCamera = id(mvc
			.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + in)
				.content(event.formatted("WEST-IN", "粤K20001", "2026-11-30T01:59:00Z")))
			.andExpect(jsonPath("$.outcome").value("ENTERED")), "$.stayId");
		long visitor = id(mvc
			.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
				.contentType(MediaType.APPLICATION_JSON)
				.header("Authorization", "Bearer " + in)
				.content(event.formatted("WEST-IN", "粤K20003", "2026-11-30T01:59:30Z")))
			.andExpect(jsonPath("$.outcome").value("ENTERED")), "$.stayId");
		long byGuard = enter("粤K20002");
		clock.advance(Duration.ofHours(2));
		mvc.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + out)
			.content(event.formatted("WEST-OUT", "粤K20001", "2026-11-30T03:59:00Z")))
			.andExpect(jsonPath("$.outcome").value("EXITED_FREE"));
		mvc.perform(get("/api/carpark/stays/" + byCamera).with(user(guard)))
			.andExpect(jsonPath("$.status").value("LEFT"))
			.andExpect(jsonPath("$.exitSource").value("CAMERA"))
			.andExpect(jsonPath("$.driverChecked").value(false))
			.andExpect(jsonPath("$.passHanded").value(false));
		mvc.perform(MockMvcRequestBuilders.post("/api/carpark/camera-events")
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + out)
			.content(event.formatted("WEST-OUT", "粤K20002", "2026-11-30T03:59:10Z")))
			.andExpect(jsonPath("$.outcome").value("AT_EXIT"));
		mvc.perform(get("/api/carpark/stays/" + byGuard).with(user(guard)))
			.andExpect(jsonPath("$.status").value("INSIDE"));
		post(guard, "/api/carpark/stays/" + byGuard + "/exit", "{\"driverChecked\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("passReturned"));
		post(guard, "/api/carpark/stays/" + byGuard + "/exit", CHECKED).andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.freeReason").value("CARD"));
		mvc.perform(get("/carpark/stays/" + visitor + "/exit").with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"driverChecked\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("name=\"passReturned\""))));
		post(guard, "/api/carpark/stays/" + visitor + "/exit", """
				{"driverChecked": true, "method": "CASH", "tendered": 20}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.passReturned").value(false))
			.andExpect(jsonPath("$.receipt.amount").value(11.00));
	}

	/**
	 * Cards, cameras, the space check and the reports: another community's staff get
	 * nothing.
	 */
	@Test
	void anotherCommunitysStaffCanTouchNoCardCameraCheckOrReport() throws Exception {
		long card = monthlyCard("粤N12345");
		long camera = id(post(manager, "/api/carpark/cameras", """
				{"communityId": %d, "code": "WEST-OUT", "name": "西门出口", "direction": "EXIT"}""".formatted(community))
			.andExpect(status().isCreated()), "$.camera.id");
		long other = fixtures.community("别处三").id();
		for (StaffUser who : new StaffUser[] { fixtures.staff(Role.MANAGER, other), fixtures.staff(Role.CASHIER, other),
				fixtures.staff(Role.GUARD, other) }) {
			mvc.perform(get("/api/carpark/cards/" + card).with(user(who))).andExpect(status().isNotFound());
			mvc.perform(get("/carpark/cards/" + card).with(user(who))).andExpect(status().isNotFound());
			post(who, "/api/carpark/cards/" + card + "/renew",
					"{\"cardMonths\": 1, \"method\": \"CASH\", \"tendered\": 300}")
				.andExpect(status().is(Matchers.oneOf(403, 404)));
			post(who, "/api/carpark/cards/" + card + "/cancel", "{\"reason\": \"x\"}")
				.andExpect(status().is(Matchers.oneOf(403, 404)));
			post(who, "/api/carpark/cards", """
					{"communityId": %d, "kind": "MONTHLY", "plate": "粤N00001", "holderName": "x", "cardMonths": 1,
					 "method": "CASH", "tendered": 300}""".formatted(community)).andExpect(status().isForbidden());
			mvc.perform(get("/api/carpark/cards").param("communityId", String.valueOf(community)).with(user(who)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/carpark/cameras").param("communityId", String.valueOf(community)).with(user(who)))
				.andExpect(status().isForbidden());
			post(who, "/api/carpark/cameras/" + camera + "/token", "").andExpect(status().is(Matchers.oneOf(403, 404)));
			post(who, "/api/carpark/space-check", "{\"communityId\": %d, \"month\": \"2026-11\"}".formatted(community))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/carpark/reports").param("communityId", String.valueOf(community))
				.param("from", "2026-11-01")
				.param("to", "2026-11-30")
				.with(user(who))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/carpark/cards/" + card).with(user(cashier)))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.validTo").value("2026-12-29"));
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ? and card_id = ?")
			.params(community, card)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** Every page of the module renders for the staff it is for. */
	@Test
	void thePagesRender() throws Exception {
		for (String url : new String[] { "/carpark", "/carpark/shifts", "/carpark/cards" }) {
			mvc.perform(get(url).with(user(guard))).andExpect(status().isOk());
		}
		for (String url : new String[] { "/carpark/settings", "/carpark/space-check", "/carpark/reports",
				"/carpark/cards", "/carpark/shifts" }) {
			mvc.perform(get(url).with(user(manager))).andExpect(status().isOk());
		}
		mvc.perform(get("/carpark/reports.xlsx").with(user(manager))).andExpect(status().isOk());
		mvc.perform(get("/api/carpark/reports").param("communityId", String.valueOf(community))
			.param("from", "2026-11-01")
			.param("to", "2026-11-30")
			.with(user(manager))).andExpect(status().isOk());
		post(manager, "/api/carpark/space-check", "{\"communityId\": %d, \"month\": \"2026-11\"}".formatted(community))
			.andExpect(status().isOk());
		post(manager, "/api/carpark/space-check", "{\"communityId\": %d, \"month\": \"Nov\"}".formatted(community))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/carpark/settings").with(user(guard))).andExpect(status().isForbidden());
	}

}
