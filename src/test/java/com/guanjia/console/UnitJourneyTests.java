package com.guanjia.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journeys a manager makes every day (issue 2 "done means": login → search → open a
 * unit; R1.1): sign in on the login page, find a unit by a fragment of its number, either
 * with the navigation bar's search box or in the unit list (htmx swaps the results), and
 * open it; there, charge a one-off fee from the unit's fee panel (R6.2).
 */
@BrowserTest
class UnitJourneyTests {

	@Autowired
	Fixtures fixtures;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		long community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		fixtures.unit(community, building, "2", "1502", "89.50");
		fixtures.unit(community, building, "1", "0101", "120.00");
		manager = fixtures.staff(Role.MANAGER, community);
	}

	@Test
	void aManagerSignsInSearchesForAUnitOpensItAndChargesAOneOffFee(Browser browser) {
		browser.login(manager.getUsername(), Fixtures.PASSWORD);

		WebElement search = browser.visible(By.id("nav-search"));
		search.sendKeys("2-150");
		search.sendKeys(Keys.ENTER);
		browser.waitForText(By.id("search-units"), "3-2-1502");
		assertThat(browser.driver().findElement(By.id("search-units")).getText()).doesNotContain("3-1-0101");

		browser.driver().findElement(By.partialLinkText("3-2-1502")).click();
		browser.waitForText(By.id("unit-label"), "3-2-1502");
		assertThat(browser.driver().getCurrentUrl()).matches(".*/units/\\d+$");

		// R6.2: the renovation garbage removal charged from the unit's fee panel (htmx
		// swaps the panel); a mistake comes back beside its field first.
		browser.visible(By.cssSelector("#charge-details summary")).click();
		new Select(browser.visible(By.id("charge-item"))).selectByValue("RENOVATION_GARBAGE");
		browser.visible(By.id("charge-amount")).sendKeys("八十");
		browser.visible(By.id("charge-save")).click();
		browser.waitForText(By.cssSelector("#charge-form .invalid-feedback"), "请输入数字");
		WebElement amount = browser.visible(By.id("charge-amount"));
		amount.clear();
		amount.sendKeys("80");
		browser.visible(By.id("charge-reason")).sendKeys("装修垃圾清运 2 车");
		browser.visible(By.id("charge-save")).click();
		browser.waitForText(By.id("charge-saved"), "已记入应收：装修垃圾清运费 80.00 元");
		assertThat(browser.visible(By.id("fees-owed")).getText()).isEqualTo("80.00");
	}

	@Test
	void aManagerSignsInFiltersTheUnitListAndOpensAUnit(Browser browser) {
		browser.login(manager.getUsername(), Fixtures.PASSWORD);
		browser.heading("您好，" + manager.displayName());

		browser.visible(By.linkText("房产")).click();
		browser.visible(By.linkText("房屋")).click();
		WebElement filter = browser.visible(By.id("q"));
		browser.waitForText(By.id("results"), "3-1-0101");

		filter.sendKeys("1502");
		browser.waitUntil(d -> !d.findElement(By.id("results")).getText().contains("3-1-0101"));
		assertThat(browser.driver().getCurrentUrl()).as("htmx pushed the filter into the URL").contains("q=1502");

		browser.visible(By.linkText("3-2-1502")).click();
		browser.waitForText(By.id("unit-label"), "3-2-1502");
		assertThat(browser.driver().getTitle()).isEqualTo("3-2-1502");
	}

}
