package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.MeterView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10, "what an API client could not do": a deposit, a daily close and a meter can
 * be read by id, and the reversal requests waiting for approval listed — each inside the
 * caller's communities (another community's staff get 404, or 403 for a list).
 */
@GuanjiaTest
class MissingReadsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Deposits deposits;

	@Autowired
	DailyCloses closes;

	@Autowired
	Ledger ledger;

	@Autowired
	MeterManagement meters;

	long community;

	UnitView unit;

	StaffUser cashier;

	StaffUser finance;

	StaffUser stranger;

	@BeforeEach
	void setUp() {
		community = fixtures.community("读取小区").id();
		unit = fixtures.unit(community, fixtures.building(community, "4").id(), "1", "0401", "90.00");
		cashier = fixtures.staff(Role.CASHIER, community);
		finance = fixtures.staff(Role.FINANCE, community);
		stranger = fixtures.staff(Role.FINANCE, fixtures.community("外人小区").id());
	}

	@Test
	void aDepositIsReadById() throws Exception {
		DepositView deposit = as(cashier, () -> deposits.request(unit.id(), "装修押金", new BigDecimal("2000")));
		mvc.perform(get("/api/deposits/" + deposit.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.purpose").value("装修押金"))
			.andExpect(jsonPath("$.unitId").value(unit.id()));
		mvc.perform(get("/api/units/" + unit.id() + "/deposits").with(user(finance)))
			.andExpect(jsonPath("$[*].id", hasItem((int) deposit.id())));
		mvc.perform(get("/api/deposits/" + deposit.id()).with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void aDailyCloseIsReadById() throws Exception {
		DailyCloseView close = as(cashier,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		mvc.perform(get("/api/daily-closes/" + close.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cashier").value(cashier.getUsername()))
			.andExpect(jsonPath("$.businessDay").value(close.businessDay().toString()));
		mvc.perform(get("/api/daily-closes/" + close.id()).with(user(stranger))).andExpect(status().isNotFound());
	}

	@Test
	void theReversalRequestsWaitingForApprovalAreListed() throws Exception {
		// Above the community's ¥500 threshold a reversal waits for a second person
		// (R6.4).
		LedgerViews.Line line = as(finance,
				() -> ledger.charge(unit.id(), ChargeItem.RENOVATION_GARBAGE, Money.of("800.00"), "装修垃圾清运"));
		long entry = as(finance, () -> ledger.entries(unit.id())).stream()
			.filter(e -> line.id() == (e.billLineId() == null ? -1 : e.billLineId()))
			.findFirst()
			.orElseThrow()
			.id();
		LedgerViews.ReversalRequest request = as(finance, () -> ledger.requestReversal(entry, "重复收费"));
		mvc.perform(get("/api/reversal-requests").param("communityId", String.valueOf(community)).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) request.id())))
			.andExpect(jsonPath("$[0].reason").value("重复收费"));
		mvc.perform(get("/api/reversal-requests").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());

		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		as(supervisor, () -> ledger.approveReversal(request.id()));
		mvc.perform(get("/api/reversal-requests").param("communityId", String.valueOf(community)).with(user(finance)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) request.id()))));
	}

	@Test
	void aMeterIsReadById() throws Exception {
		MeterView meter = as(finance, () -> meters.register(community,
				new MeterCommand(MeterKind.WATER, "W-0401-" + unit.id(), unit.id(), null)));
		mvc.perform(get("/api/meters/" + meter.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(meter.code()))
			.andExpect(jsonPath("$.unitId").value(unit.id()));
		mvc.perform(get("/api/meters/" + meter.id()).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/meters/" + meter.id()).with(user(cashier))).andExpect(status().isForbidden());
	}

}
