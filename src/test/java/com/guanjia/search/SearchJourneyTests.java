package com.guanjia.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.People;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The desk's journey (issue 2 "done means"): sign in, type a name fragment into the
 * navigation bar's search box, open the unit from the results and see its owner in the
 * residents panel (loaded by htmx), the phone masked.
 */
@BrowserTest
class SearchJourneyTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitOccupancy occupancy;

	StaffUser cashier;

	String phone;

	@BeforeEach
	void setUp() {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		phone = People.mobile("5678");
		Fixtures.as(Fixtures.ROOT, () -> occupancy.registerOwner(community,
				new OwnerCommand(unit, null, PartyCommand.person("王建国", People.idCard(), phone), null, null)));
		cashier = fixtures.staff(Role.CASHIER, community);
	}

	@Test
	void aCashierSearchesANameAndOpensTheUnit(Browser browser) {
		browser.login(cashier.getUsername(), Fixtures.PASSWORD);
		browser.visible(By.id("nav-search")).sendKeys("建国", Keys.ENTER);
		browser.waitForText(By.id("search-residents"), "王建国");
		assertThat(browser.visible(By.id("search-residents")).getText()).contains(phone.substring(0, 3) + "****5678")
			.doesNotContain(phone);

		browser.visible(By.linkText("3-2-1502 业主")).click();
		browser.waitForText(By.id("unit-label"), "3-2-1502");
		browser.waitForText(By.id("residents-panel"), "王建国");
		assertThat(browser.visible(By.id("residents-panel")).getText()).doesNotContain(phone);
		browser.waitForText(By.id("archive-panel"), "登记业主：王建国");
	}

}
