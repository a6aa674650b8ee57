package com.guanjia.goods;

import static org.assertj.core.api.Assertions.assertThat;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 "done means" (R10.2; seed 002 "持放行条交门岗安护员核对无误后出小区"): the desk writes a pass
 * for a tenant moving a fridge out and records the owner's call; the guard, on a 390×844
 * phone, types the pass number, sees what may leave, marks it used; a second scan of the
 * same pass is refused. No page is wider than the phone.
 */
@BrowserTest
class GoodsReleaseOnAPhoneTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Test
	void theGuardChecksAGoodsPassMarksItUsedAndASecondScanIsRefused(Browser browser) {
		long community = fixtures.community(Fixtures.unique("放行苑")).id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		people.owner(community, unit, "王建国");
		Person tenant = people.tenant(community, unit, "李租户");
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		StaffUser guard = fixtures.staff(Role.GUARD, community);

		// The desk: the tenant's pass, confirmed by the owner's call.
		browser.login(agent.getUsername(), Fixtures.PASSWORD);
		browser.openPage("/goods/new", "办理物品放行");
		browser.visible(By.id("unit")).sendKeys("3-2-1502");
		click(browser, browser.visible(By.id("unit-next")));
		browser.waitForText(By.id("pass-unit"), "3-2-1502");
		click(browser, browser.visible(By.id("kind-TENANT")));
		browser.visible(By.id("requesterIdCard")).sendKeys(tenant.idCard());
		browser.visible(By.id("description-0")).sendKeys("冰箱");
		browser.visible(By.id("quantity-0")).sendKeys("1");
		browser.visible(By.id("description-1")).sendKeys("纸箱");
		browser.visible(By.id("quantity-1")).sendKeys("6");
		browser.visible(By.id("plate")).sendKeys("粤B12345");
		click(browser, browser.visible(By.id("pass-save")));
		browser.waitForText(By.id("pass-status"), "待业主确认");
		assertThat(browser.visible(By.id("pass-consent")).getText()).contains("尚未确认");
		new Select(browser.visible(By.id("consentMethod"))).selectByValue("CALL");
		new Select(browser.visible(By.id("ownerPartyId"))).selectByVisibleText("王建国");
		browser.visible(By.id("consentNote")).sendKeys("业主电话同意");
		click(browser, browser.visible(By.id("do-confirm")));
		browser.waitForText(By.id("pass-status"), "已确认，待放行");
		assertThat(browser.visible(By.id("pass-consent")).getText()).contains("王建国", "电话确认");
		String number = browser.visible(By.id("pass-number")).getText();
		assertThat(number).startsWith("FX");

		// The gate, on a phone.
		browser.driver().manage().deleteAllCookies();
		browser.size(390, 844).login(guard.getUsername(), Fixtures.PASSWORD);
		browser.openPage("/goods/gate", "物品放行查验");
		browser.visible(By.id("pass-no")).sendKeys(number);
		click(browser, browser.visible(By.id("do-check")));
		browser.waitForText(By.id("gate-verdict"), "核对无误可放行");
		assertThat(browser.visible(By.id("pass-goods")).getText()).contains("冰箱 × 1", "纸箱 × 6");
		assertThat(browser.visible(By.id("pass-plate")).getText()).isEqualTo("粤B12345");
		fitsThePhone(browser, "check");
		click(browser, browser.visible(By.id("do-release")));
		browser.waitForText(By.id("flash"), "已放行：" + number);
		browser.waitForText(By.id("gate-verdict"), "放行条已使用，不得再次放行");
		assertThat(browser.driver().findElements(By.id("do-release"))).isEmpty();
		fitsThePhone(browser, "released");

		// A second scan of the same pass.
		browser.openPage("/goods/gate", "物品放行查验");
		browser.visible(By.id("pass-no")).sendKeys(number.toLowerCase());
		click(browser, browser.visible(By.id("do-check")));
		browser.waitForText(By.id("gate-verdict"), "放行条已使用，不得再次放行");
		assertThat(browser.driver().findElements(By.id("do-release"))).isEmpty();
		browser.visible(By.id("refuse-reason")).sendKeys("重复使用放行条");
		click(browser, browser.visible(By.id("do-refuse")));
		browser.waitForText(By.id("flash"), "已记录拒绝放行：" + number);
		fitsThePhone(browser, "refused");
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

	private static void fitsThePhone(Browser browser, String name) {
		long overflow = (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		browser.screenshot("goods-phone-" + name);
		assertThat(overflow).as(name + " is wider than the phone").isLessThanOrEqualTo(0);
	}

}
