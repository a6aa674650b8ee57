package com.guanjia.carpark;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.List;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.RegisteredVehicle;
import com.guanjia.residents.RegisteredVehicles;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The monthly space check with the vehicles parked (R1.2; issue 14 item 8): the guard's
 * walk on the phone page and the API, the vehicles inside by the entry log, compared with
 * the cards and the vehicle registry ({@link RegisteredVehicles}: no cap, no phone, the
 * driver masked); each kind found in a hand-made car park; bad input answered 400 or the
 * form again, nothing saved; another community's staff touching nothing.
 */
@GuanjiaTest
class SpaceWalkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ParkingManagement parking;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	HouseholdRegistry households;

	@Autowired
	RegisteredVehicles registered;

	@Autowired
	ParkingCards cards;

	@Autowired
	Gate gate;

	long community;

	StaffUser guard;

	StaffUser manager;

	StaffUser cashier;

	long u1;

	long u2;

	long u3;

	long s1;

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("巡查花园").id();
		guard = fixtures.staff(Role.GUARD, community);
		manager = fixtures.staff(Role.MANAGER, community);
		cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(GateTests.TARIFF.formatted(community))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk());
		long building = fixtures.building(community, "1").id();
		u1 = fixtures.unit(community, building, "1", "0101", "89.50").id();
		u2 = fixtures.unit(community, building, "1", "0102", "89.50").id();
		u3 = fixtures.unit(community, building, "1", "0103", "89.50").id();
		as(Fixtures.ROOT, () -> {
			s1 = parking.create(community, new ParkingCommand("B2-001", null, ParkingState.RENTED, u1)).id();
			parking.create(community, new ParkingCommand("B2-002", null, ParkingState.SOLD, u2));
			parking.create(community, new ParkingCommand("B2-003", null, ParkingState.RENTED, u3));
			parking.create(community, new ParkingCommand("B2-004", null, ParkingState.VACANT, null));
			long owner = occupancy
				.registerOwner(community, new OwnerCommand(u1, null,
						PartyCommand.person("陈志强", com.guanjia.residents.People.idCard(), "13800138000"), null, null))
				.partyId();
			households.registerVehicle(community, new VehicleCommand(u1, owner, "粤B30001", "比亚迪", "白"));
			households.registerVehicle(community, new VehicleCommand(u2, null, "粤B30002", null, null));
			households.registerVehicle(community, new VehicleCommand(u3, null, "粤B30003", null, null));
			households.registerVehicle(community, new VehicleCommand(u3, null, "粤B30004", null, null));
		});
		as(cashier, () -> {
			cards.issue(community, new IssueCard(CardKind.FIXED_SPACE, "粤B30001", "陈志强", u1, s1, null, 3,
					PaymentMethod.CASH, new BigDecimal("900"), null));
			cards.issue(community, new IssueCard(CardKind.MONTHLY, "粤B30005", "林女士", null, null, null, 1,
					PaymentMethod.CASH, new BigDecimal("300"), null));
			long cancelled = cards
				.issue(community,
						new IssueCard(CardKind.MONTHLY, "粤B30006", "黄先生", null, null, null, 3, PaymentMethod.CASH,
								new BigDecimal("900"), null))
				.card()
				.id();
			cards.cancel(cancelled, "退租");
		});
		// January: the monthly card of 粤B30005 ran out on 2026-12-29
		clock.advance(Duration.ofDays(36));
		as(guard, () -> {
			gate.enter(community, new EnterVehicle("粤B38888", true, null, false, null, null));
			gate.enter(community, new EnterVehicle("粤B30006", true, null, false, null, null));
		});
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

	ResultActions observe(StaffUser who, String space, String plate) throws Exception {
		return post(who, "/api/carpark/space-observations", """
				{"communityId": %d, "spaceCode": %s, "plate": "%s"}""".formatted(community,
				space == null ? "null" : "\"" + space + "\"", plate));
	}

	long observations() {
		return jdbc.sql("select count(*) from space_observation where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

	/**
	 * The hand-made car park of January: each kind of parked mismatch found, the rightful
	 * vehicles not, the findings listed with the space check's own.
	 */
	@Test
	void theSpaceCheckComparesTheVehiclesParkedWithCardsAndRegistry() throws Exception {
		observe(guard, "B2-001", "粤B30001").andExpect(status().isCreated())
			.andExpect(jsonPath("$.spaceCode").value("B2-001"))
			.andExpect(jsonPath("$.observedOn").value("2027-01-05"));
		observe(guard, "b2-002", "粤b 30002").andExpect(status().isCreated())
			.andExpect(jsonPath("$.plate").value("粤B30002"));
		observe(guard, "B2-002", "粤B30003").andExpect(status().isCreated());
		observe(guard, "B2-003", "粤B30004").andExpect(status().isCreated());
		observe(guard, "B2-004", "粤B39999").andExpect(status().isCreated());
		observe(guard, null, "粤B30005").andExpect(status().isCreated());
		observe(guard, "B2-004", "粤B38888").andExpect(status().isCreated());
		post(manager, "/api/carpark/space-check", "{\"communityId\": %d, \"month\": \"2027-01\"}".formatted(community))
			.andExpect(status().isOk());
		mvc.perform(get("/api/carpark/space-check").param("communityId", String.valueOf(community))
			.param("month", "2027-01")
			.with(user(manager)))
			.andExpect(jsonPath("$[?(@.kind == 'CAR_IN_OTHERS_SPACE')].subject")
				.value(Matchers.contains("space:B2-002 plate:粤B30003")))
			.andExpect(
					jsonPath("$[?(@.kind == 'SPACE_WITHOUT_CARD')].subject").value(Matchers.contains("space:B2-003")))
			.andExpect(jsonPath("$[?(@.kind == 'UNKNOWN_PLATE')].subject").value(Matchers.contains("plate:粤B39999")))
			.andExpect(jsonPath("$[?(@.kind == 'CARD_EXPIRED')].subject")
				.value(Matchers.containsInAnyOrder("plate:粤B30005", "plate:粤B30006")));
		mvc.perform(get("/carpark/space-check").param("month", "2027-01").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("车辆停在他人车位")))
			.andExpect(content().string(Matchers.containsString("本月巡查记录 7 条")));
	}

	/**
	 * The registry's API for the car park: any number of plates, normalized, without
	 * PEOPLE_READ's personal data — the driver masked; nothing for a role outside the car
	 * park and the registry, or for another community.
	 */
	@Test
	void theRegistryAnswersTheCarParkWithTheDriverMasked() throws Exception {
		List<String> many = new java.util.ArrayList<>();
		for (int i = 0; i < 1200; i++) {
			many.add("粤C%05d".formatted(i));
		}
		many.add("粤b 30001");
		many.add("not a plate");
		many.add("粤B30004");
		List<RegisteredVehicle> found = as(guard, () -> registered.ofPlates(community, many));
		assertThat(found).extracting(RegisteredVehicle::plate).containsExactly("粤B30001", "粤B30004");
		assertThat(found.get(0).driver()).isEqualTo("陈**");
		assertThat(found.get(0).describe())
			.isEqualTo("1-1-0101 陈** 比亚迪 白".replace("1-1-0101", found.get(0).unitLabel()));
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		assertThatThrownBy(() -> as(technician, () -> registered.ofPlates(community, List.of("粤B30001"))))
			.isInstanceOf(AccessDeniedException.class);
		long other = fixtures.community("别处").id();
		StaffUser outsider = fixtures.staff(Role.GUARD, other);
		assertThatThrownBy(() -> as(outsider, () -> registered.ofPlates(community, List.of("粤B30001"))))
			.isInstanceOf(AccessDeniedException.class);
		// the exit page's record shows the masked driver, not the name
		long stay = as(guard, () -> gate.enter(community, new EnterVehicle("粤B30001", true, null, false, null, null)))
			.id();
		mvc.perform(get("/api/carpark/stays/" + stay + "/quote").with(user(guard)))
			.andExpect(jsonPath("$.registered[0]").value(Matchers.containsString("陈**")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("陈志强"))));
	}

	/** The phone page: the walk form, a space it does not know, the day's list. */
	@Test
	void theWalkPageRecordsAndRefusesBadInputWithTheFormAgain() throws Exception {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("guanjia.community", community);
		mvc.perform(get("/carpark").session(session).with(user(guard)))
			.andExpect(content().string(Matchers.containsString("href=\"/carpark/walk\"")));
		mvc.perform(get("/carpark/walk").session(session).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"spaceCode\"")))
			.andExpect(content().string(Matchers.containsString("id=\"seen-none\"")));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/walk")
			.session(session)
			.param("spaceCode", "Z9-999")
			.param("plate", "粤B30001")
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/walk"))
			.andExpect(flash().attribute("error", Matchers.containsString("Z9-999")));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/walk")
			.session(session)
			.param("spaceCode", "B2-001")
			.param("plate", "no plate")
			.with(csrf())
			.with(user(guard))).andExpect(redirectedUrl("/carpark/walk")).andExpect(flash().attributeExists("error"));
		assertThat(observations()).isZero();
		mvc.perform(MockMvcRequestBuilders.post("/carpark/walk")
			.session(session)
			.param("spaceCode", "B2-001")
			.param("plate", "粤B30001")
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/walk"))
			.andExpect(flash().attribute("flash", Matchers.containsString("B2-001")));
		mvc.perform(get("/carpark/walk").session(session).with(user(guard)))
			.andExpect(content().string(Matchers.containsString("粤B30001")));
		assertThat(observations()).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		observe(guard, "Z9-999", "粤B30001").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("spaceCode"));
		observe(guard, "B2-001", "no plate").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plate"));
		observe(guard, "B2-001".repeat(5), "粤B30001").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("spaceCode"));
		post(guard, "/api/carpark/space-observations", "{\"plate\": \"粤B30001\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communityId"));
		post(guard, "/api/carpark/space-observations", "{\"communityId\": \"x\"}").andExpect(status().isBadRequest());
		mvc.perform(get("/api/carpark/space-observations").param("communityId", String.valueOf(community))
			.param("month", "Jan")
			.with(user(guard))).andExpect(status().isBadRequest());
		assertThat(observations()).isZero();
	}

	/** Another community's guard and manager see and write nothing of this walk. */
	@Test
	void anotherCommunitysStaffCanTouchNothing() throws Exception {
		observe(guard, "B2-001", "粤B30001").andExpect(status().isCreated());
		long other = fixtures.community("别的巡查小区").id();
		for (StaffUser who : new StaffUser[] { fixtures.staff(Role.GUARD, other),
				fixtures.staff(Role.MANAGER, other) }) {
			observe(who, "B2-001", "粤B30009").andExpect(status().isForbidden());
			mvc.perform(get("/api/carpark/space-observations").param("communityId", String.valueOf(community))
				.with(user(who))).andExpect(status().isForbidden());
			MockHttpSession session = new MockHttpSession();
			session.setAttribute("guanjia.community", community);
			mvc.perform(MockMvcRequestBuilders.post("/carpark/walk")
				.session(session)
				.param("spaceCode", "B2-001")
				.param("plate", "粤B30009")
				.with(csrf())
				.with(user(who))).andExpect(status().is(Matchers.oneOf(302, 403)));
		}
		assertThat(observations()).isEqualTo(1);
		mvc.perform(get("/api/carpark/space-observations").param("communityId", String.valueOf(community))
			.with(user(guard)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].plate").value("粤B30001"));
	}

	/**
	 * A plate misread on the walk is struck out with its reason, never rewritten: the
	 * next space check no longer finds it; the guard may strike only today's readings
	 * (the manager any day), once, with a reason; another community's guard finds
	 * nothing.
	 */
	@Test
	void aWrongReadingStruckOutLeavesTheNextSpaceCheck() throws Exception {
		String created = observe(guard, "B2-004", "粤B39998").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();
		String run = "{\"communityId\": %d, \"month\": \"2027-01\"}".formatted(community);
		post(manager, "/api/carpark/space-check", run).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.subject == 'plate:粤B39998')].status").value(Matchers.contains("OPEN")));
		String strike = "/api/carpark/space-observations/" + id + "/strike";
		post(guard, strike, "{\"reason\": \"  \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(guard, strike, "{\"reason\": \"%s\"}".formatted("看".repeat(201))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		StaffUser outsider = fixtures.staff(Role.GUARD, fixtures.community("别处巡查").id());
		post(outsider, strike, "{\"reason\": \"看错\"}").andExpect(status().isNotFound());
		post(guard, strike, "{\"reason\": \"车牌看错，实为粤B30004\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.struck.reason").value("车牌看错，实为粤B30004"))
			.andExpect(jsonPath("$.plate").value("粤B39998"));
		post(guard, strike, "{\"reason\": \"再划一次\"}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("carpark.walk.alreadyStruck"));
		post(manager, "/api/carpark/space-check", run).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.subject == 'plate:粤B39998')].status").value(Matchers.contains("CLEARED")));
		assertThat(jdbc.sql("select plate from space_observation where community_id = ? and id = ?")
			.params(community, id)
			.query(String.class)
			.single()).as("the reading itself is never rewritten").isEqualTo("粤B39998");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("guanjia.community", community);
		mvc.perform(get("/carpark/walk").session(session).with(user(guard)))
			.andExpect(content().string(Matchers.containsString("<del>B2-004 粤B39998</del>")))
			.andExpect(content().string(Matchers.containsString("已划掉：车牌看错，实为粤B30004")));

		// yesterday's reading: the guard is told to ask the manager, who may strike it
		String older = observe(guard, null, "粤B39997").andReturn().getResponse().getContentAsString();
		long olderId = ((Number) com.jayway.jsonpath.JsonPath.read(older, "$.id")).longValue();
		clock.advance(Duration.ofDays(1));
		mvc.perform(MockMvcRequestBuilders.post("/carpark/walk/" + olderId + "/strike")
			.session(session)
			.param("reason", "看错")
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/walk"))
			.andExpect(flash().attribute("error", Matchers.containsString("只能划掉当天的巡查记录")));
		post(manager, "/api/carpark/space-observations/" + olderId + "/strike", "{\"reason\": \"看错\"}")
			.andExpect(status().isOk());
	}

}
