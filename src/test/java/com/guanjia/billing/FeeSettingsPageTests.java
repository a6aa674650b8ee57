package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.RoundingMode;
import java.time.LocalDate;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R6.1, R6.2, R6.4 in the console: the community's fee rules, dated charge standards with
 * price tiers and their history, one-off charges from the unit's fee panel; mistakes by
 * field with nothing saved; cashiers and other communities refused.
 */
@GuanjiaTest
class FeeSettingsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	ChargeStandards standards;

	@Autowired
	Ledger ledger;

	long community;

	StaffUser finance;

	UnitView unit;

	@BeforeEach
	void setUp() {
		community = fixtures.community("设置小区").id();
		long building = fixtures.building(community, "8").id();
		finance = fixtures.staff(Role.FINANCE, community);
		unit = fees.unit(community, building, "801", "100.00", UnitState.OCCUPIED, LocalDate.of(2024, 1, 1));
	}

	/**
	 * Issue 10 item 12: the defaults that are no seed numbers (bill due in 15 days,
	 * second approval above ¥500, the spike factor 3×) are shown as the company's
	 * choices; the custodial limits are the seed's, per month of the custody period by
	 * default (R7.2).
	 */
	@Test
	void theCompanysChoicesAreMarkedAsSuchOnTheSettingsPage() throws Exception {
		mvc.perform(get("/billing/settings").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("公司自定（来源文件未规定），默认 15 天")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("公司自定（来源文件未规定），默认 500.00 元")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("公司自定（来源文件未规定），默认 3×")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("按托管期内每月计")));
	}

	@Test
	void financeChangesTheFeeRulesAndMistakesAreNamedByField() throws Exception {
		mvc.perform(get("/billing/settings").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("托管房的物业管理费按 70% 收取")))
			.andExpect(content().string(containsString("不收取滞纳金")))
			.andExpect(content().string(containsString("冲销超过 500.00 元须由第二人审批")));
		mvc.perform(post("/billing/settings").with(user(finance))
			.with(csrf())
			.param("roundingMode", "HALF_EVEN")
			.param("custodialPercent", "120")
			.param("dueDays", "20")
			.param("lateFeeBasis", "DAY")
			.param("lateFeePercent", "15")
			.param("reversalApprovalThreshold", "300"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("百分比须在 0 到 100 之间")))
			.andExpect(content().string(containsString("滞纳金比例须在 0% 到 10% 之间")));
		mvc.perform(post("/billing/settings").with(user(finance))
			.with(csrf())
			.param("roundingMode", "HALF_EVEN")
			.param("custodialPercent", "60")
			.param("dueDays", "十五")
			.param("lateFeeBasis", "DAY")
			.param("lateFeePercent", "0.05")
			.param("reversalApprovalThreshold", "300"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")));
		mvc.perform(post("/billing/settings").with(user(finance))
			.with(csrf())
			.param("roundingMode", "HALF_EVEN")
			.param("custodialPercent", "60")
			.param("dueDays", "20")
			.param("lateFeeBasis", "DAY")
			.param("lateFeePercent", "0.05")
			.param("reversalApprovalThreshold", "300.005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最多两位小数")));
		assertThat(Fixtures.as(finance, () -> standards.settings(community))).isEqualTo(BillingSettings.DEFAULTS);

		mvc.perform(post("/billing/settings").with(user(finance))
			.with(csrf())
			.param("roundingMode", "HALF_EVEN")
			.param("custodialPercent", "60")
			.param("dueDays", "20")
			.param("lateFeeBasis", "DAY")
			.param("lateFeePercent", "0.05")
			.param("reversalApprovalThreshold", "300"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "收费设置已保存"));
		BillingSettings saved = Fixtures.as(finance, () -> standards.settings(community));
		assertThat(saved.roundingMode()).isEqualTo(RoundingMode.HALF_EVEN);
		assertThat(saved.lateFeeRate()).isEqualByComparingTo("0.0005");
		assertThat(saved.reversalApprovalThreshold()).isEqualTo(Money.of("300"));
		mvc.perform(get("/billing/settings").with(user(finance)))
			.andExpect(content().string(containsString("滞纳金每天按欠费的 0.05% 计收")))
			.andExpect(content().string(containsString("出账后 20 天内缴纳")));
	}

	@Test
	void aNewRateFromADateKeepsTheHistoryAndTiersAreForMeteredItems() throws Exception {
		mvc.perform(get("/billing/standards").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2026-12-01\"")))
			.andExpect(content().string(containsString("执行中")));
		mvc.perform(post("/billing/standards").with(user(finance))
			.with(csrf())
			.param("item", "MANAGEMENT")
			.param("effectiveFrom", "2027-01-01")
			.param("rate", "1.80")
			.param("note", "业主大会决议"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "物业管理费 新标准 1.80 已保存，自 2027-01-01 起执行"));
		mvc.perform(get("/billing/standards").with(user(finance)))
			.andExpect(content().string(containsString("待生效")))
			.andExpect(content().string(containsString("2000-01-01")))
			.andExpect(content().string(containsString("1.80")));
		mvc.perform(post("/billing/standards").with(user(finance))
			.with(csrf())
			.param("item", "WATER")
			.param("effectiveFrom", "2027-01-01")
			.param("rate", "3.50")
			.param("tiers[0].upTo", "10")
			.param("tiers[0].price", "3.50")
			.param("tiers[1].upTo", "")
			.param("tiers[1].price", "5.25")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/billing/standards").with(user(finance)))
			.andExpect(content().string(containsString("10 以内 3.50")))
			.andExpect(content().string(containsString("以上 5.25")));

		int before = Fixtures.as(finance, () -> standards.list(community)).size();
		mvc.perform(post("/billing/standards").with(user(finance))
			.with(csrf())
			.param("item", "MANAGEMENT")
			.param("effectiveFrom", "2027-01-01")
			.param("rate", "2.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该项目在这一天已有收费标准")));
		mvc.perform(post("/billing/standards").with(user(finance))
			.with(csrf())
			.param("item", "LIFT_LIGHT")
			.param("effectiveFrom", "")
			.param("rate", "-1")
			.param("tiers[0].upTo", "5")
			.param("tiers[0].price", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("单价不能为负数")))
			.andExpect(content().string(containsString("只有按表计费的项目可设阶梯价")));
		mvc.perform(post("/billing/standards").with(user(finance))
			.with(csrf())
			.param("item", "ELECTRICITY")
			.param("effectiveFrom", "2027-02-01")
			.param("rate", "0.6")
			.param("tiers[0].upTo", "200")
			.param("tiers[0].price", "0.6")
			.param("tiers[1].upTo", "100")
			.param("tiers[1].price", "0.7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阶梯价无效")));
		assertThat(Fixtures.as(finance, () -> standards.list(community))).hasSize(before);
	}

	@Test
	void aOneOffChargeFromTheUnitsFeePanel() throws Exception {
		mvc.perform(get("/units/" + unit.id() + "/fees").with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("录入一次性费用")))
			.andExpect(content().string(containsString("装修垃圾清运费")));
		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(finance))
			.with(csrf())
			.header("HX-Request", "true")
			.param("item", "")
			.param("amount", "12.345")
			.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("最多两位小数")))
			.andExpect(content().string(containsString("id=\"charge-details\" open=\"open\"")));
		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(finance))
			.with(csrf())
			.header("HX-Request", "true")
			.param("item", "RENOVATION_GARBAGE")
			.param("amount", "-5")
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("金额须大于 0")))
			.andExpect(content().string(containsString("必填")));
		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(finance))
			.with(csrf())
			.header("HX-Request", "true")
			.param("item", "MANAGEMENT")
			.param("amount", "5")
			.param("reason", "补收"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该项目由计费批次生成，不能手工录入")));
		assertThat(Fixtures.as(finance, () -> ledger.entries(unit.id()))).isEmpty();

		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(finance))
			.with(csrf())
			.header("HX-Request", "true")
			.param("item", "RENOVATION_GARBAGE")
			.param("amount", "200")
			.param("reason", "装修垃圾清运 3 车"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已记入应收：装修垃圾清运费 200.00 元")))
			.andExpect(content().string(containsString("id=\"fees-owed\">200.00")))
			.andExpect(content().string(not(containsString("is-invalid"))));
		assertThat(Fixtures.as(finance, () -> ledger.balance(unit.id())).owed()).isEqualTo(Money.of("200"));
	}

	@Test
	void cashiersReadAndOtherCommunitiesAreRefused() throws Exception {
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/billing/settings").with(user(cashier)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"settings-form\""))));
		mvc.perform(get("/billing/standards").with(user(cashier)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"standard-form\""))));
		mvc.perform(get("/units/" + unit.id() + "/fees").with(user(cashier)))
			.andExpect(content().string(not(containsString("id=\"charge-form\""))));
		mvc.perform(post("/billing/settings").with(user(cashier))
			.with(csrf())
			.param("roundingMode", "DOWN")
			.param("custodialPercent", "70")
			.param("dueDays", "15")
			.param("lateFeeBasis", "OFF")
			.param("lateFeePercent", "0")
			.param("reversalApprovalThreshold", "500")).andExpect(status().isForbidden());
		mvc.perform(post("/billing/standards").with(user(cashier))
			.with(csrf())
			.param("item", "MANAGEMENT")
			.param("effectiveFrom", "2027-03-01")
			.param("rate", "9")).andExpect(status().isForbidden());
		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(cashier))
			.with(csrf())
			.param("item", "PAID_REPAIR")
			.param("amount", "50")
			.param("reason", "换锁")).andExpect(status().isForbidden());
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/billing/settings").with(user(agent))).andExpect(status().isForbidden());

		StaffUser stranger = fixtures.staff(Role.FINANCE, fixtures.community("外区").id());
		mvc.perform(post("/units/" + unit.id() + "/charges").with(user(stranger))
			.with(csrf())
			.param("item", "PAID_REPAIR")
			.param("amount", "50")
			.param("reason", "换锁")).andExpect(status().isNotFound());
		mvc.perform(get("/units/" + unit.id() + "/fees").with(user(stranger))).andExpect(status().isNotFound());
		assertThat(Fixtures.as(finance, () -> ledger.entries(unit.id()))).isEmpty();
		assertThat(Fixtures.as(finance, () -> standards.settings(community)).roundingMode())
			.isEqualTo(RoundingMode.HALF_UP);
	}

}
