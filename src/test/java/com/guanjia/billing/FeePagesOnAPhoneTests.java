package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fee pages on a phone (390 px wide), in Chinese and in English: nothing wider than
 * the screen, headings in the chosen language. Screenshots land in target/browser for a
 * look.
 */
@BrowserTest
class FeePagesOnAPhoneTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Test
	void feePagesFitAPhoneInBothLanguages(Browser browser) {
		long community = fixtures.community("手机小区").id();
		long building = fixtures.building(community, "3").id();
		UnitView unit = fees.unit(community, building, "301", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		as(manager, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 5), 1).run().id()));
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		browser.size(390, 844).login(finance.getUsername(), Fixtures.PASSWORD);
		String arrearsUnit = "/arrears/units/" + unit.id();
		// path, screenshot name, heading in Chinese, heading in English: each page's own
		// heading, so a 500, 403 or 404 page (whose heading says so) fails the test.
		String[][] pages = { { "/billing/runs", "runs", "计费", "Billing runs" },
				{ "/billing/standards", "standards", "收费标准", "Charge standards" },
				{ "/billing/settings", "settings", "收费设置", "Fee settings" },
				{ "/meters", "meters", "抄表", "Meter readings" }, { "/arrears", "arrears", "催缴", "Arrears" },
				{ "/fees/reports", "reports", "收费报表", "Fee reports" },
				{ "/billing/notices/" + unit.id(), "notice", "缴费通知单", "Payment notice" },
				{ arrearsUnit, "arrears-unit", "催缴 " + unit.label(), "Arrears " + unit.label() },
				{ "/cashier/close", "close", "日收入情况交接表", "Daily income handover" } };
		for (String lang : new String[] { "zh_CN", "en" }) {
			for (String[] page : pages) {
				browser.openPage(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + lang,
						lang.equals("en") ? page[3] : page[2]);
				long overflow = (Long) ((JavascriptExecutor) browser.driver())
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				browser.screenshot("fees-" + page[1] + "-" + lang);
				assertThat(overflow).as(page[0] + " wider than the phone (" + lang + ")").isLessThanOrEqualTo(0);
			}
		}
	}

}
