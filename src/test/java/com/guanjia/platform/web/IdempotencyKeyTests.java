package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9 item 16: an {@code Idempotency-Key} sent again with the same body answers the
 * first result; sent with a different body it is refused with 422
 * ({@code idempotency.keyReused}, naming the key) and nothing new is written — for every
 * endpoint that honours the key (they all claim it through
 * {@code platform.db.IdempotencyKeys}).
 */
@GuanjiaTest
class IdempotencyKeyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	long community;

	UnitView unit;

	StaffUser cashier;

	@BeforeEach
	void setUp() {
		community = fixtures.community("幂等小区").id();
		unit = fixtures.unit(community, fixtures.building(community, "7").id(), "1", "701", "88.00");
		cashier = fixtures.staff(Role.CASHIER, community);
	}

	@Test
	void aPaymentRetriedWithItsBodyReturnsTheFirstReceipt_anotherAmountUnderTheKeyIs422AndWritesNothing()
			throws Exception {
		String key = Fixtures.unique("pay-");
		String body = """
				{"unitId": %d, "method": "TRANSFER", "prepayment": 100.00}""".formatted(unit.id());
		String number = number(send(cashier, "/api/payments", key, body).andExpect(status().isCreated()));
		// the same body again (its amount written 100 instead of 100.00): the first
		// receipt
		send(cashier, "/api/payments", key, body.replace("100.00", "100")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(number));
		long entries = ledgerEntries();
		send(cashier, "/api/payments", key, body.replace("100.00", "200.00"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency.keyReused"))
			.andExpect(jsonPath("$.detail").value(containsString(key)));
		assertThat(payments(key)).isEqualTo(1);
		assertThat(ledgerEntries()).isEqualTo(entries);
		assertThat(jdbc.sql("select sum(amount) from payment where community_id = ?")
			.param(community)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("100.00");
	}

	@Test
	void aDepositRetriedWithAnotherAmountTenderedIs422_withItsBodyTheFirstReceipt() throws Exception {
		long deposit = deposit();
		String key = Fixtures.unique("dep-");
		String path = "/api/deposits/" + deposit + "/payment";
		String number = number(
				send(cashier, path, key, "{\"method\": \"CASH\", \"tendered\": 2000.00}").andExpect(status().isOk()));
		send(cashier, path, key, "{\"method\": \"CASH\", \"tendered\": 2500.00}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency.keyReused"));
		send(cashier, path, key, "{\"method\": \"CARD\"}").andExpect(status().isUnprocessableContent());
		send(cashier, path, key, "{\"method\": \"CASH\", \"tendered\": 2000}").andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number));
		assertThat(payments(key)).isEqualTo(1);
		assertThat(jdbc.sql("select tendered from payment where community_id = ? and idempotency_key = ?")
			.params(community, key)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("2000.00");
	}

	@Test
	void aWorkOrderAndADeskRecordUnderAUsedKeyWithAnotherBodyAre422() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		String key = Fixtures.unique("wo-");
		String order = """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "张三",
				 "reporterPhone": "138 1234 5678", "description": "厨房水龙头漏水"}""".formatted(community, unit.id());
		long id = id(send(agent, "/api/work-orders", key, order).andExpect(status().isCreated()));
		assertThat(id(send(agent, "/api/work-orders", key, order).andExpect(status().isCreated()))).isEqualTo(id);
		send(agent, "/api/work-orders", key, order.replace("厨房水龙头漏水", "卫生间漏水"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency.keyReused"));
		assertThat(count("work_order")).isEqualTo(1);

		String record = """
				{"communityId": %d, "channel": "PHONE", "callerName": "王", "callerPhone": "13900005555",
				 "question": "电梯异响"}""".formatted(community);
		long first = id(send(agent, "/api/reception-records", key, record).andExpect(status().isCreated()));
		assertThat(id(send(agent, "/api/reception-records", key, record).andExpect(status().isCreated())))
			.isEqualTo(first);
		send(agent, "/api/reception-records", key, record.replace("电梯异响", "楼道灯不亮"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("idempotency.keyReused"));
		assertThat(count("reception_record")).isEqualTo(1);
	}

	private long deposit() throws Exception {
		long id = id(mvc
			.perform(post("/api/deposits").with(user(cashier)).contentType(MediaType.APPLICATION_JSON).content("""
					{"unitId": %d, "purpose": "装修押金", "amount": 2000.00}""".formatted(unit.id())))
			.andExpect(status().isCreated()));
		mvc.perform(post("/api/deposits/" + id + "/approval").with(user(fixtures.staff(Role.ADMIN))));
		return id;
	}

	private ResultActions send(StaffUser who, String path, String key, String body) throws Exception {
		return mvc.perform(post(path).with(user(who))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private long payments(String key) {
		return jdbc.sql("select count(*) from payment where community_id = ? and idempotency_key = ?")
			.params(community, key)
			.query(Long.class)
			.single();
	}

	private long ledgerEntries() {
		return jdbc.sql("select count(*) from ledger_entry where community_id = ? and unit_id = ?")
			.params(community, unit.id())
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

	private static String number(ResultActions answer) throws Exception {
		return FuzzEstate.JSON.readTree(answer.andReturn().getResponse().getContentAsString())
			.path("number")
			.asString();
	}

	private static long id(ResultActions answer) throws Exception {
		return FuzzEstate.JSON.readTree(answer.andReturn().getResponse().getContentAsString()).path("id").asLong();
	}

}
