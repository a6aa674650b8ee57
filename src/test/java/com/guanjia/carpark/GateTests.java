package com.guanjia.carpark;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.guanjia.cashier.PaymentMethod;
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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The gate through the API and the phone page (R12.1, R12.2; issue 14 items 2–4): the
 * tariff as data, an entry once per plate, an exit that pays the tariff's fee with the
 * cashier's gap-free receipt or leaves free with its reason, two exits of one vehicle
 * charging once, bad input answered 400 naming the field, and another community's staff
 * touching nothing.
 */
@GuanjiaTest
class GateTests {

	static final String TARIFF = """
			{"communityId": %d, "freeMinutes": 15, "firstPeriodMinutes": 60, "firstPeriodFee": 5.00,
			 "periodMinutes": 30, "periodFee": 2.00, "dailyCap": 30.00, "nightStart": "22:00", "nightEnd": "07:00",
			 "nightPeriodFee": 1.00, "monthlyCardFee": 300.00, "approvalReference": "中价〔2026〕65号"}""";

	/** The exit's checks (R12.1): the driver and record checked, the pass taken back. */
	static final String CHECKS = "\"driverChecked\": true, \"passReturned\": true";

	static final String CHECKED = "{" + CHECKS + "}";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	Gate gate;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser guard;

	StaffUser manager;

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("停车场小区").id();
		guard = fixtures.staff(Role.GUARD, community);
		manager = fixtures.staff(Role.MANAGER, community);
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(TARIFF.formatted(community))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk()).andExpect(jsonPath("$.firstPeriodFee").value(5.00));
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

	long enter(String plate) throws Exception {
		String body = post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "%s", "goodsChecked": true}""".formatted(community, plate))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	static int receiptSeq(String number) {
		return Integer.parseInt(number.substring(number.indexOf('-') + 1));
	}

	/**
	 * The browser journey's numbers through the API: 10:00 to 12:10 costs 5.00 + 3 × 2.00
	 * = 11.00 (checked by hand in TariffTests), paid in cash with change and a receipt;
	 * the next paying exit takes the next receipt number.
	 */
	@Test
	void aVisitorPaysTheTariffsFeeWithAGapFreeReceipt() throws Exception {
		long stay = enter("粤A12345");
		long other = enter("粤B55555");
		clock.advance(Duration.ofMinutes(130));
		mvc.perform(get("/api/carpark/stays/" + stay + "/quote").with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fee").value(11.00))
			.andExpect(jsonPath("$.minutes").value(130))
			.andExpect(jsonPath("$.card").value("NONE"));
		String first = post(guard, "/api/carpark/stays/" + stay + "/exit", """
				{"driverChecked": true, "passReturned": true, "method": "CASH", "tendered": 20.00}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.status").value("LEFT"))
			.andExpect(jsonPath("$.stay.fee").value(11.00))
			.andExpect(jsonPath("$.receipt.amount").value(11.00))
			.andExpect(jsonPath("$.receipt.change").value(9.00))
			.andExpect(jsonPath("$.receipt.purpose").value("PARKING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = post(guard, "/api/carpark/exits", """
				{"communityId": %d, "plate": "粤b 55555", "method": "ONLINE", %s}""".formatted(community, CHECKS))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receipt.amount").value(11.00))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String n1 = JsonPath.read(first, "$.receipt.number");
		String n2 = JsonPath.read(second, "$.receipt.number");
		assertThat(receiptSeq(n2)).isEqualTo(receiptSeq(n1) + 1);
		mvc.perform(get("/api/carpark/stays/" + stay).with(user(guard)))
			.andExpect(jsonPath("$.receiptNumber").value(n1))
			.andExpect(jsonPath("$.actions").isEmpty());
		mvc.perform(get("/api/carpark/stays/" + stay + "/history").with(user(guard)))
			.andExpect(jsonPath("$.length()").value(2));
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ? and stay_id in (?, ?)")
			.params(community, stay, other)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	/**
	 * R12.2: a stay within the free minutes, a policy-free vehicle: nothing charged, the
	 * reason noted.
	 */
	@Test
	void freeExitsChargeNothingAndSayWhy() throws Exception {
		long shortStay = enter("粤C10001");
		long police = enter("粤C10002");
		clock.advance(Duration.ofMinutes(15));
		post(guard, "/api/carpark/stays/" + shortStay + "/exit", CHECKED).andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.freeReason").value("SHORT_STAY"))
			.andExpect(jsonPath("$.stay.fee").value(0))
			.andExpect(jsonPath("$.receipt").doesNotExist());
		clock.advance(Duration.ofHours(3));
		post(guard, "/api/carpark/stays/" + police + "/exit", "{\"free\": \"POLICY\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("freeNote"));
		post(guard, "/api/carpark/stays/" + police + "/exit", "{\"free\": \"APPROVED\", \"freeNote\": \"来访领导\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("approvedBy"));
		post(guard, "/api/carpark/stays/" + police + "/exit",
				"{\"free\": \"POLICY\", \"freeNote\": \"执行任务警车\", " + CHECKS + "}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.freeReason").value("POLICY"))
			.andExpect(jsonPath("$.stay.freeNote").value("执行任务警车"))
			.andExpect(jsonPath("$.receipt").doesNotExist());
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ?")
			.param(community)
			.query(Long.class)
			.single()).isZero();
	}

	/** R12.1: a plate inside cannot enter again, however it is typed. */
	@Test
	void aPlateCannotBeInsideTwice() throws Exception {
		long stay = enter("粤A77777");
		post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "粤a 77777", "goodsChecked": true}""".formatted(community))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/carpark/stays").param("communityId", String.valueOf(community)).with(user(guard)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].id").value(stay));
		// once it has left it may come back
		post(guard, "/api/carpark/stays/" + stay + "/exit", CHECKED).andExpect(status().isOk());
		enter("粤A77777");
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "粤A12399"}""".formatted(community)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("goodsChecked"));
		post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "no plate!", "goodsChecked": true}""".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plate"));
		post(guard, "/api/carpark/stays",
				"""
						{"communityId": %d, "plate": "粤A12399", "goodsChecked": true, "damageNote": "左前门凹陷"}"""
					.formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("damageTold"));
		post(guard, "/api/carpark/stays", "{\"plate\": \"粤A12399\", \"goodsChecked\": true}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communityId"));
		post(guard, "/api/carpark/stays", "{\"communityId\": \"x\"}").andExpect(status().isBadRequest());
		long stay = enter("粤A12399");
		clock.advance(Duration.ofHours(2));
		post(guard, "/api/carpark/stays/" + stay + "/exit", "{\"free\": \"NOPE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("free"));
		post(guard, "/api/carpark/stays/" + stay + "/exit", CHECKED).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("method"));
		post(guard, "/api/carpark/stays/" + stay + "/exit",
				"{\"method\": \"CASH\", \"tendered\": 1.00, " + CHECKS + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tendered"));
		mvc.perform(get("/api/carpark/stays/" + stay).with(user(guard)))
			.andExpect(jsonPath("$.status").value("INSIDE"));
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(TARIFF.formatted(community).replace("\"periodFee\": 2.00", "\"periodFee\": -2.001"))
			.with(csrf())
			.with(user(manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("periodFee")));
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(TARIFF.formatted(community).replace("\"nightEnd\": \"07:00\",", ""))
			.with(csrf())
			.with(user(manager)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("nightEnd")));
		mvc.perform(get("/api/carpark/tariff").param("communityId", String.valueOf(community)).with(user(guard)))
			.andExpect(jsonPath("$.periodFee").value(2.00))
			.andExpect(jsonPath("$.nightEnd").value("07:00:00"));
	}

	/**
	 * Two guards press "exit" for one vehicle at the same moment: the stay is locked, one
	 * exit charges, the other is refused as already left; one fee, one receipt.
	 */
	@Test
	void concurrentExitsOfOneVehicleChargeOnce() throws Exception {
		long stay = as(guard,
				() -> gate.enter(community, new EnterVehicle("粤D88888", true, null, false, null, null)).id());
		clock.advance(Duration.ofHours(3));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			results.add(pool.submit(() -> {
				start.await();
				return as(guard, () -> {
					try {
						gate.exit(stay, new ExitVehicle(null, true, true, null, null, null, PaymentMethod.ONLINE, null,
								null, null));
						return "paid";
					}
					catch (RuntimeException ex) {
						return ex.getClass().getSimpleName();
					}
				});
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> f : results) {
			outcomes.add(f.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce("paid");
		assertThat(outcomes).filteredOn(o -> !o.equals("paid")).containsOnly("RuleViolationException");
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ? and stay_id = ?")
			.params(community, stay)
			.query(Long.class)
			.single()).isEqualTo(1);
		// the same request key sent again returns the first exit, charging nothing more
		long again = as(guard,
				() -> gate.enter(community, new EnterVehicle("粤D88889", true, null, false, null, null)).id());
		clock.advance(Duration.ofHours(1));
		ExitVehicle keyed = new ExitVehicle(null, true, true, null, null, null, PaymentMethod.CASH,
				new BigDecimal("10.00"), "retry-1", null);
		ExitResult firstTry = as(guard, () -> gate.exit(again, keyed));
		ExitResult retry = as(guard, () -> gate.exit(again, keyed));
		assertThat(firstTry.receipt()).isNotNull();
		assertThat(retry.stay().receiptNumber()).isEqualTo(firstTry.receipt().number());
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ? and stay_id = ?")
			.params(community, again)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/** The phone page: the entry form, the exit page with the fee, the receipt. */
	@Test
	void theGatePageEntersAndLetsOutWithAReceipt() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("guanjia.community", community);
		mvc.perform(get("/carpark").session(session).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"plate\"")));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/entries")
			.session(session)
			.param("plate", "粤E20260")
			.with(csrf())
			.with(user(guard))).andExpect(status().is3xxRedirection());
		// refused without the goods check: nothing entered
		mvc.perform(get("/api/carpark/stays").param("communityId", String.valueOf(community)).with(user(guard)))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/entries")
			.session(session)
			.param("plate", "粤E20260")
			.param("goodsChecked", "true")
			.with(csrf())
			.with(user(guard))).andExpect(status().is3xxRedirection());
		long stay = as(guard, () -> gate.insideByPlate(community, "粤E20260").orElseThrow().id());
		clock.advance(Duration.ofMinutes(130));
		mvc.perform(get("/carpark/exit").param("plate", "粤E20260").session(session).with(user(guard)))
			.andExpect(redirectedUrl("/carpark/stays/" + stay + "/exit"));
		mvc.perform(get("/carpark/stays/" + stay + "/exit").session(session).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("11.00")));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/stays/" + stay + "/exit")
			.session(session)
			.param("driverChecked", "true")
			.param("passReturned", "true")
			.param("method", "CASH")
			.param("tendered", "50")
			.param("requestKey", "page-1")
			.with(csrf())
			.with(user(guard))).andExpect(redirectedUrl("/carpark/stays/" + stay));
		mvc.perform(get("/carpark/stays/" + stay).session(session).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(as(guard, () -> gate.get(stay).receiptNumber()))));
	}

	/**
	 * R12.1, seed 001 item 5 (核對車牌號碼、駕駛人員姓名、相貌與檔案記錄,回收車輛出入證): a guard's exit without the
	 * driver and record checked, or without the pass taken back, is refused naming the
	 * field, by the API (by stay and by plate) and by the page; nothing is charged and
	 * the stay is still inside. With both it leaves, and the stay says so.
	 */
	@Test
	void anExitNeedsTheDriverCheckedAndThePassTakenBack() throws Exception {
		long stay = enter("粤A31415");
		clock.advance(Duration.ofMinutes(130));
		post(guard, "/api/carpark/stays/" + stay + "/exit", """
				{"passReturned": true, "method": "CASH", "tendered": 20}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("driverChecked"))
			.andExpect(jsonPath("$.errors[0].code").value("carpark.exit.driverUnchecked"));
		post(guard, "/api/carpark/stays/" + stay + "/exit", """
				{"driverChecked": true, "method": "CASH", "tendered": 20}""").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("passReturned"))
			.andExpect(jsonPath("$.errors[0].code").value("carpark.exit.passNotReturned"));
		post(guard, "/api/carpark/exits", """
				{"communityId": %d, "plate": "粤A31415", "method": "ONLINE"}""".formatted(community))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.contains("driverChecked", "passReturned")));
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("guanjia.community", community);
		mvc.perform(get("/carpark/stays/" + stay + "/exit").session(session).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"driverChecked\"")))
			.andExpect(content().string(Matchers.containsString("name=\"passReturned\"")));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/stays/" + stay + "/exit")
			.session(session)
			.param("driverChecked", "true")
			.param("method", "CASH")
			.param("tendered", "50")
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/stays/" + stay + "/exit"))
			.andExpect(flash().attribute("error", Matchers.containsString("出入证")));
		mvc.perform(get("/api/carpark/stays/" + stay).with(user(guard)))
			.andExpect(jsonPath("$.status").value("INSIDE"))
			.andExpect(jsonPath("$.passHanded").value(true));
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ?")
			.param(community)
			.query(Long.class)
			.single()).isZero();
		post(guard, "/api/carpark/stays/" + stay + "/exit", """
				{"driverChecked": true, "passReturned": true, "method": "CASH", "tendered": 20}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stay.status").value("LEFT"))
			.andExpect(jsonPath("$.stay.driverChecked").value(true))
			.andExpect(jsonPath("$.stay.passReturned").value(true))
			.andExpect(jsonPath("$.stay.exitSource").value("GATE"));
	}

	/** Another community's guard and manager can touch nothing; the stay is unchanged. */
	@Test
	void anotherCommunitysStaffCanTouchNothing() throws Exception {
		long stay = enter("粤F12121");
		long other = fixtures.community("别的小区").id();
		StaffUser outsider = fixtures.staff(Role.GUARD, other);
		StaffUser outsideLead = fixtures.staff(Role.SHIFT_LEAD, other);
		StaffUser outsideManager = fixtures.staff(Role.MANAGER, other);
		clock.advance(Duration.ofHours(2));
		for (StaffUser who : new StaffUser[] { outsider, outsideLead, outsideManager }) {
			for (String url : new String[] { "/api/carpark/stays/" + stay, "/api/carpark/stays/" + stay + "/history",
					"/api/carpark/stays/" + stay + "/quote", "/carpark/stays/" + stay,
					"/carpark/stays/" + stay + "/exit" }) {
				mvc.perform(get(url).with(user(who))).andExpect(status().is(Matchers.oneOf(403, 404)));
			}
			mvc.perform(get("/api/carpark/stays").param("communityId", String.valueOf(community)).with(user(who)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/carpark/tariff").param("communityId", String.valueOf(community)).with(user(who)))
				.andExpect(status().isForbidden());
			post(who, "/api/carpark/stays", """
					{"communityId": %d, "plate": "粤F00001", "goodsChecked": true}""".formatted(community))
				.andExpect(status().isForbidden());
			post(who, "/api/carpark/exits", """
					{"communityId": %d, "plate": "粤F12121", "method": "CASH", "tendered": 50}""".formatted(community))
				.andExpect(status().isForbidden());
			for (String step : new String[] { "exit", "hold", "cancel", "force-out", "abandon" }) {
				post(who, "/api/carpark/stays/" + stay + "/" + step,
						"{\"method\": \"CASH\", \"tendered\": 50, \"reason\": \"SUSPICIOUS\", \"note\": \"x\"}")
					.andExpect(status().is(Matchers.oneOf(403, 404)));
			}
			mvc.perform(MockMvcRequestBuilders.post("/carpark/stays/" + stay + "/exit")
				.param("method", "CASH")
				.param("tendered", "50")
				.with(csrf())
				.with(user(who))).andExpect(status().is(Matchers.oneOf(403, 404)));
			mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
				.content(TARIFF.formatted(community).replace("5.00", "50.00"))
				.with(csrf())
				.with(user(who))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/carpark/stays/" + stay).with(user(guard)))
			.andExpect(jsonPath("$.status").value("INSIDE"))
			.andExpect(jsonPath("$.actions", Matchers.hasItem("EXIT")));
		mvc.perform(get("/api/carpark/tariff").param("communityId", String.valueOf(community)).with(user(guard)))
			.andExpect(jsonPath("$.firstPeriodFee").value(5.00));
		assertThat(jdbc.sql("select count(*) from parking_fee where community_id = ?")
			.param(community)
			.query(Long.class)
			.single()).isZero();
	}

	/** Every gate operation is in the OpenAPI document with its body. */
	@Test
	void theGateIsInTheOpenApiDocument() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user(Fixtures.ROOT)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/carpark/stays'].post.requestBody").exists())
			.andExpect(jsonPath("$.paths['/api/carpark/stays/{id}/exit'].post.requestBody").exists())
			.andExpect(jsonPath("$.paths['/api/carpark/exits'].post.requestBody").exists())
			.andExpect(jsonPath("$.paths['/api/carpark/tariff'].put.requestBody").exists())
			.andExpect(jsonPath("$.paths['/api/carpark/camera-events'].post.requestBody").exists())
			.andExpect(jsonPath("$.components.schemas.CameraEvent.properties.confidence").exists());
	}

}
