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
import org.openqa.selenium.By;
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
		String[][] pages = { { "/billing/runs", "runs" }, { "/billing/standards", "standards" },
				{ "/billing/settings", "settings" }, { "/meters", "meters" }, { "/arrears", "arrears" },
				{ "/fees/reports", "reports" }, { "/billing/notices/" + unit.id(), "notice" },
				{ "/arrears/units/" + unit.id(), "arrears-unit" }, { "/cashier/close", "close" } };
		for (String lang : new String[] { "zh_CN", "en" }) {
			for (String[] page : pages) {
				browser.open(page[0] + (page[0].contains("?") ? "&" : "?") + "lang=" + lang);
				browser.visible(By.tagName("h1"));
				long overflow = (Long) ((JavascriptExecutor) browser.driver())
					.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
				browser.screenshot("fees-" + page[1] + "-" + lang);
				assertThat(overflow).as(page[0] + " wider than the phone (" + lang + ")").isLessThanOrEqualTo(0);
			}
		}
		assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("Daily income handover");
	}

}
