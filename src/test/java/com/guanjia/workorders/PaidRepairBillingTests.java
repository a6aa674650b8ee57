package com.guanjia.workorders;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 10 item 8 (R3.4, R6.2): a signed in-unit repair's charges (the paid-service list,
 * adjusted by agreement) become the unit's bill line PAID_REPAIR once — however often the
 * closing is delivered — payable at the cashier with a receipt; nobody types them again.
 */
@GuanjiaTest
class PaidRepairBillingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	@Autowired
	PaidRepairBilling billing;

	long community;

	long unit;

	long engineering;

	StaffUser agent;

	StaffUser technician;

	StaffUser teller;

	@BeforeEach
	void setUp() {
		community = fixtures.community("有偿维修小区").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		engineering = orders.department(community, "ENGINEERING");
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		teller = fixtures.staff(Role.CASHIER, community);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	List<Line> repairLines() {
		return as(teller, () -> ledger.lines(unit, true)).stream()
			.filter(l -> l.item() == ChargeItem.PAID_REPAIR)
			.toList();
	}

	@Test
	void aSignedRepairsChargesBecomeOneBillLinePaidAtTheCashier() throws Exception {
		String json = post(agent, "/api/work-orders",
				"""
						{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterName": "张三",
						 "reporterPhone": "138 1234 5678", "description": "厨房水龙头漏水", "category": "SANITARY"}"""
					.formatted(community, unit))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		post(agent, "/api/work-orders/" + id + "/dispatch",
				"{\"departmentId\": %d, \"technicianId\": %d}".formatted(engineering, technician.staffId()))
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/acceptance", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/arrival", "").andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/proposal", "{\"solution\": \"更换阀芯\", \"residentConsents\": true}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/charges", "{\"priceCode\": \"FAUCET\", \"quantity\": 1}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/charges", "{\"priceCode\": \"LABOUR_HOUR\", \"quantity\": 0.5}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/adjustment", "{\"amount\": -5, \"reason\": \"协商优惠\"}")
			.andExpect(status().isOk());
		post(technician, "/api/work-orders/" + id + "/completion", "{\"result\": \"已更换阀芯\"}")
			.andExpect(status().isOk());
		// completed but not signed: nothing is billed yet
		assertThat(repairLines()).isEmpty();
		String code = jdbc.sql("select confirmation_code from work_order where id = ?")
			.param(id)
			.query(String.class)
			.single();
		String number = JsonPath.read(post(technician, "/api/work-orders/" + id + "/sign-off",
				"{\"name\": \"张三\", \"code\": \"%s\"}".formatted(code))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.number");

		// 35.00 from the price list − 5.00 agreed = 30.00, one line naming the order
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(repairLines()).hasSize(1));
		Line line = repairLines().get(0);
		assertThat(line.amount()).isEqualTo(Money.of("30.00"));
		assertThat(line.detail()).startsWith(number);
		// the closing delivered again bills nothing more
		billing.bill(new WorkOrderClosed(community, id, number, WorkOrderKind.IN_UNIT_REPAIR, "SANITARY", false, false,
				java.time.Instant.now(), null, 1));
		assertThat(repairLines()).hasSize(1);

		// the cashier takes it with a receipt
		ReceiptView receipt = as(teller, () -> cashier.pay(new PaymentCommand(unit, List.of(line.id()),
				PaymentMethod.CASH, new BigDecimal("30"), null, null, UUID.randomUUID().toString())));
		assertThat(receipt.amount()).isEqualTo(Money.of("30.00"));
		assertThat(receipt.items()).extracting(ReceiptView.Item::item).containsExactly(ChargeItem.PAID_REPAIR);
		assertThat(repairLines()).isEmpty();
	}

}
