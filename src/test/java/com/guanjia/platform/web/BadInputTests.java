package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input never answers 500 (issue 9 item 16): each request the probe found answering
 * 500 now answers 4xx naming the field, and nothing is saved. A NUL character in text is
 * refused (400, {@code validation.nul}), not stripped: nothing is saved different from
 * what was sent.
 */
@GuanjiaTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	long community;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("坏输入小区").id();
		unit = fixtures.unit(community, fixtures.building(community, "9").id(), "1", "901", "88.00");
	}

	@Test
	void aNulInAJsonTextFieldIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		send(post("/api/buildings").contentType(MediaType.APPLICATION_JSON).content("""
				{"communityId": %d, "code": "N1", "name": "坏\\u0000楼", "floors": 6}""".formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.nul"));
		// inside a list too
		send(post("/api/residents").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"communityId": %d, "kind": "PERSON", "name": "王五", "phones": ["138\\u00000013800"]}"""
				.formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("phones.[0]"));
		assertThat(jdbc.sql("select count(*) from building where community_id = ? and code = 'N1'")
			.param(community)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aNulInASearchOrFilterParameterIsRefusedNamingIt() throws Exception {
		for (String path : List.of("/api/residents", "/api/units", "/api/vehicles")) {
			send(get(path).param("communityId", Long.toString(community)).param("q", "a\u0000b"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("q"))
				.andExpect(jsonPath("$.errors[0].code").value("validation.nul"));
		}
		send(get("/api/search").param("q", "\u0000")).andExpect(status().isBadRequest());
		// the console's search: a page, not a 500
		mvc.perform(get("/residents").param("q", "a\u0000b").with(user(Fixtures.ROOT)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anEncodedNulInThePathAnswersProblemDetails() throws Exception {
		send(get(URI.create("/api/units/%00"))).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("error.requestRejected"));
	}

	@Test
	void aChargeWithoutItemOrAmountAndADiscountWithoutAmountAreRefused() throws Exception {
		send(post("/api/units/" + unit.id() + "/charges").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"装修垃圾清运\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("item", "amount")));
		send(post("/api/units/" + unit.id() + "/charges").contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"RENOVATION_GARBAGE\", \"amount\": 1e20, \"reason\": \"清运\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.money.range"));
		JsonNode line = json(send(post("/api/units/" + unit.id() + "/charges").contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"RENOVATION_GARBAGE\", \"amount\": 35.00, \"reason\": \"清运\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse());
		send(post("/api/bill-lines/" + line.path("id").asLong() + "/discounts").contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
		assertThat(jdbc.sql("select count(*) from ledger_entry where unit_id = ?")
			.param(unit.id())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPrepaymentOf1e20IsRefusedNamingIt() throws Exception {
		send(post("/api/payments").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "method": "TRANSFER", "prepayment": 1e20, "idempotencyKey": "%s"}"""
				.formatted(unit.id(), Fixtures.unique("pre"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("prepayment"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.money.range"));
	}

	@Test
	void malformedJsonIsABadRequestOnEveryKindOfPath() throws Exception {
		for (String path : List.of("/api/buildings", "/api/units/" + unit.id() + "/charges", "/api/payments",
				"/api/deposits", "/api/work-orders", "/api/reception-records", "/api/meters")) {
			for (String body : List.of("{", "{\"a\":", "[]", "\"text\"", "{\"x\": 1,}")) {
				send(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").exists());
			}
		}
	}

	@Test
	void aValueTheDatabaseCannotHoldIsABadRequest() throws Exception {
		// The spike factor's column holds numeric(6,2); no check before it names the
		// range.
		send(put("/api/meter-settings").param("communityId", Long.toString(community))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"spikeFactor": 1e7, "historyMonths": 6, "custodialWaterLimit": 5,
					 "custodialElectricityLimit": 20}""")).andExpect(status().isBadRequest());
		send(put("/api/meter-settings").param("communityId", Long.toString(community))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"spikeFactor": 3, "historyMonths": 6, "custodialWaterLimit": 9223372036854775807,
					 "custodialElectricityLimit": 20}""")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("custodialWaterLimit"));
	}

	@Test
	void consoleReportsWithoutARequiredParameterAnswer400() throws Exception {
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		for (String path : List.of("/fees/reports/collection.xlsx", "/fees/reports/income.xlsx")) {
			mvc.perform(get(path).with(user(finance))).andExpect(status().isBadRequest());
			mvc.perform(get(path).param("from", "2026-11").with(user(finance))).andExpect(status().isBadRequest());
		}
	}

	/**
	 * Six concurrent retries of one deposit payment under one Idempotency-Key: one
	 * payment, every answer the first receipt. The key sent again for another deposit is
	 * refused 422 ({@code idempotency.keyReused}, was {@code payment.keyReused}) and that
	 * deposit stays unpaid.
	 */
	@Test
	void sixConcurrentRetriesOfADepositPaymentReturnTheFirstReceipt() throws Exception {
		long deposit = deposit("装修押金");
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		String key = Fixtures.unique("dep-");
		String body = "{\"method\": \"CASH\", \"tendered\": 2000.00}";
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 6; i++) {
				Callable<MockHttpServletResponse> retry = () -> {
					start.await();
					return mvc
						.perform(post("/api/deposits/" + deposit + "/payment").with(user(cashier))
							.header("Idempotency-Key", key)
							.contentType(MediaType.APPLICATION_JSON)
							.content(body))
						.andReturn()
						.getResponse();
				};
				answers.add(pool.submit(retry));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<MockHttpServletResponse> answer : answers) {
				MockHttpServletResponse response = answer.get();
				assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
				numbers.add(json(response).path("number").asString());
			}
			assertThat(numbers).hasSize(6).containsOnly(numbers.get(0));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from payment where community_id = ? and idempotency_key = ?")
			.params(community, key)
			.query(Integer.class)
			.single()).isEqualTo(1);

		long another = deposit("车位押金");
		String before = json(send(get("/api/deposits/" + another)).andReturn().getResponse()).path("status").asString();
		mvc.perform(post("/api/deposits/" + another + "/payment").with(user(cashier))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency.keyReused"));
		send(get("/api/deposits/" + another)).andExpect(jsonPath("$.status").value(before))
			.andExpect(jsonPath("$.paymentId").doesNotExist());
	}

	private long deposit(String purpose) throws Exception {
		long id = json(send(post("/api/deposits").contentType(MediaType.APPLICATION_JSON).content("""
				{"unitId": %d, "purpose": "%s", "amount": 2000.00}""".formatted(unit.id(), purpose)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()).path("id").asLong();
		StaffUser approver = fixtures.staff(Role.ADMIN);
		mvc.perform(post("/api/deposits/" + id + "/approval").with(user(approver)));
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(user(Fixtures.ROOT)));
	}

	private static JsonNode json(MockHttpServletResponse response) throws Exception {
		return FuzzEstate.JSON.readTree(response.getContentAsString());
	}

}
