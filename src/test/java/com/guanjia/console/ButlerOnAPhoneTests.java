package com.guanjia.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A butler (管家) in the field works on a phone (issue 2 item 8, R1.1): sign in at 390 px,
 * open the navigation, search for a unit by a fragment of its number, open it; the unit
 * list, the search results and the unit page (with its panels) are never wider than the
 * screen. Screenshots land in target/browser for a look.
 */
@BrowserTest
class ButlerOnAPhoneTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitOccupancy occupancy;

	@Test
	void aButlerSignsInOnAPhoneSearchesAndOpensAUnitWithoutSidewaysScrolling(Browser browser) {
		long community = fixtures.community("手机花园").id();
		long building = fixtures.building(community, "3").id();
		long unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		fixtures.unit(community, building, "1", "0101", "120.00");
		Fixtures.as(Fixtures.ROOT, () -> occupancy.registerOwner(community, new OwnerCommand(unit, null,
				PartyCommand.person("欧阳建国", "11010519491231002X", "13912345678"), null, LocalDate.of(2020, 6, 17))));
		StaffUser butler = fixtures.staff(Role.BUTLER, community);

		browser.size(390, 844).login(butler.getUsername(), Fixtures.PASSWORD);
		browser.heading("您好，" + butler.displayName());
		fitsThePhone(browser, "home");

		browser.openPage("/units", "房屋");
		browser.waitForText(By.id("results"), "3-1-0101");
		fitsThePhone(browser, "units");

		// On a phone the search box sits in the collapsed navigation.
		browser.visible(By.cssSelector(".navbar-toggler")).click();
		WebElement search = browser.visible(By.id("nav-search"));
		search.sendKeys("2-150");
		search.sendKeys(Keys.ENTER);
		browser.waitForText(By.id("search-units"), "3-2-1502");
		fitsThePhone(browser, "search");
		// People found by a name fragment, with their masked phone and units, fit too.
		browser.openPage("/search?q=" + URLEncoder.encode("建国", StandardCharsets.UTF_8), "搜索");
		browser.waitForText(By.id("search-residents"), "欧阳建国");
		fitsThePhone(browser, "search-people");
		browser.openPage("/search?q=2-150", "搜索");
		browser.waitForText(By.id("search-units"), "3-2-1502");

		browser.driver().findElement(By.partialLinkText("3-2-1502")).click();
		browser.waitForText(By.id("unit-label"), "3-2-1502");
		browser.waitForText(By.id("unit-residents"), "欧阳建国");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/units/" + unit);
		fitsThePhone(browser, "unit");
	}

	private static void fitsThePhone(Browser browser, String name) {
		long overflow = (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		browser.screenshot("butler-phone-" + name);
		assertThat(overflow).as(name + " is wider than the phone").isLessThanOrEqualTo(0);
	}

}
