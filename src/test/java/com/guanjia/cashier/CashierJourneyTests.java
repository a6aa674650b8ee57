package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.billing.BillingRuns;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cashier's day (issue 4 "done means", R6.3, R6.6; issue 10 "done means"): find a
 * unit by its owner's name, pay its two open months in cash with change, print the
 * receipt with the amount in capitals and close the day, in headless Chromium.
 */
@BrowserTest
class CashierJourneyTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Autowired
	com.guanjia.residents.UnitOccupancy occupancy;

	StaffUser teller;

	@BeforeEach
	void setUp() {
		long community = fixtures.community("收银演示小区").id();
		long building = fixtures.building(community, "5").id();
		// 89.50 m² at 1.50 ¥: 134.25 a month, October and November open
		var unit = fees.unit(community, building, "801", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		as(Fixtures.ROOT,
				() -> occupancy.registerOwner(community,
						new com.guanjia.residents.OwnerCommand(
								unit.id(), null, com.guanjia.residents.PartyCommand.person("孙付款",
										com.guanjia.residents.People.idCard(), com.guanjia.residents.People.mobile()),
								null, null)));
		fees.unit(community, building, "802", "120.00", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		for (YearMonth m : new YearMonth[] { YearMonth.of(2026, 10), YearMonth.of(2026, 11) }) {
			as(finance, () -> runs.commit(runs.preview(community, m, 1).run().id()));
		}
		teller = fixtures.staff(Role.CASHIER, community);
	}

	@Test
	void aCashierFindsAUnitPaysTwoMonthsInCashPrintsTheReceiptAndClosesTheDay(Browser browser) {
		browser.login(teller.getUsername(), Fixtures.PASSWORD);
		browser.visible(By.id("nav-fees")).click();
		browser.visible(By.linkText("收银台")).click();
		// issue 10 item 17: the cashier finds the unit by its owner's name
		browser.visible(By.id("cashier-q")).sendKeys("孙付款");
		browser.waitForText(By.id("found"), "5-1-801");
		browser.visible(By.partialLinkText("5-1-801")).click();

		browser.waitForText(By.id("unit-label"), "5-1-801");
		browser.visible(By.id("select-all")).click();
		browser.waitForText(By.id("selected-total"), "268.50");
		browser.visible(By.id("tendered")).sendKeys("300");
		// 300.00 − 268.50 = 31.50, shown before the payment is taken
		browser.waitForText(By.id("change-preview"), "31.50");
		browser.screenshot("cashier-unit");
		browser.visible(By.id("pay")).click();

		// the community's first receipt of 2026, the whole number (not only its prefix)
		browser.waitForText(By.id("receipt-number"), "2026-");
		assertThat(browser.visible(By.id("receipt-number")).getText().strip()).isEqualTo("2026-000001");
		assertThat(browser.visible(By.id("receipt-total")).getText()).isEqualTo("268.50");
		assertThat(browser.visible(By.id("receipt-change")).getText()).isEqualTo("31.50");
		// issue 10 item 16: the amount in capitals, the payer and the cashier by name
		assertThat(browser.visible(By.id("receipt-capitals")).getText()).isEqualTo("贰佰陆拾捌元伍角整");
		assertThat(browser.visible(By.id("receipt-payer")).getText()).isEqualTo("孙付款");
		assertThat(browser.visible(By.id("receipt-cashier")).getText()).isEqualTo(teller.displayName());
		browser.screenshot("cashier-receipt");
		browser.visible(By.id("print")).click();

		browser.visible(By.id("nav-fees")).click();
		browser.visible(By.linkText("日结")).click();
		browser.waitForText(By.id("total-cash"), "268.50");
		assertThat(browser.visible(By.id("receipt-count")).getText()).isEqualTo("1");
		browser.visible(By.id("close-day")).click();
		browser.visible(By.id("closed-badge"));
		browser.screenshot("cashier-close");
		browser.size(390, 844).openPage("/cashier/close", "日收入情况交接表");
		browser.visible(By.id("closed-badge"));
		browser.screenshot("cashier-close-phone");
	}

}
