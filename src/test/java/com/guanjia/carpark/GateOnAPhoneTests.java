package com.guanjia.carpark;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import com.guanjia.cashier.PaymentMethod;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 "done means", on a 390×844 phone: a visitor enters and leaves 2 h 10 min later
 * paying the tariff's 11.00 with a receipt; a monthly card holder leaves free; a car
 * showing another plate's card is held and released by the shift lead with the licence,
 * the ID and the signed statement uploaded, paying as a visitor; the shift log is handed
 * over and its fees match the shift's receipts. No page is wider than the phone.
 */
@BrowserTest
class GateOnAPhoneTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	CarparkSettings settings;

	@Autowired
	ParkingCards cards;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aShiftAtTheGateOnAPhone(Browser browser) throws IOException {
		long community = fixtures.community("手机车场花园").id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		StaffUser guard = fixtures.staff(Role.GUARD, community);
		StaffUser lead = fixtures.staff(Role.SHIFT_LEAD, community);
		as(manager,
				() -> settings.define(community,
						new TariffCommand(15, 60, new BigDecimal("5.00"), 30, new BigDecimal("2.00"),
								new BigDecimal("30.00"), LocalTime.of(22, 0), LocalTime.of(7, 0),
								new BigDecimal("1.00"), new BigDecimal("300.00"), "中价〔2026〕65号")));
		as(cashier, () -> cards.issue(community, new IssueCard(CardKind.MONTHLY, "粤M11111", "陈先生", null, null, null, 1,
				PaymentMethod.CASH, new BigDecimal("300"), null)));
		String otherCard = as(cashier,
				() -> cards
					.issue(community,
							new IssueCard(CardKind.MONTHLY, "粤M22222", "林女士", null, null, null, 1, PaymentMethod.CASH,
									new BigDecimal("300"), null))
					.card()
					.number());
		Path photo = Files.createTempFile("licence", ".png");
		Files.write(photo, GateOnAPhoneTests.png());

		browser.size(390, 844).login(guard.getUsername(), Fixtures.PASSWORD);
		browser.openPage("/carpark/shifts", "停车场值班交接班登记表");
		browser.visible(By.id("shiftName")).sendKeys("白班");
		browser.visible(By.id("post")).sendKeys("东门岗");
		click(browser, "#do-open");
		browser.waitForText(By.id("shift-status"), "值班中");
		String shiftUrl = browser.driver().getCurrentUrl();

		browser.openPage("/carpark", "车场岗亭");
		fitsThePhone(browser, "gate");
		for (String plate : new String[] { "粤M10001", "粤M11111", "粤M33333" }) {
			browser.visible(By.id("plate")).sendKeys(plate);
			click(browser, "label[for=goodsChecked]");
			click(browser, "#do-enter");
			browser.waitForText(By.id("flash"), plate);
		}
		browser.waitForText(By.id("inside"), "粤M33333");

		clock.advance(Duration.ofMinutes(130));

		// The visitor: 2 h 10 min, 11.00, cash, a receipt.
		exitPage(browser, "粤M10001");
		assertThat(browser.visible(By.id("exit-fee")).getText()).isEqualTo("11.00");
		fitsThePhone(browser, "exit");
		click(browser, "label[for=driverChecked]");
		click(browser, "label[for=passReturned]");
		new Select(browser.visible(By.id("method"))).selectByValue("CASH");
		browser.visible(By.id("tendered")).sendKeys("20");
		click(browser, "#do-exit");
		browser.waitForText(By.id("stay-receipt"), "2026-");
		assertThat(browser.visible(By.id("stay-fee")).getText()).isEqualTo("11.00");
		browser.waitForText(By.id("flash"), "9.00");

		// The monthly card: free.
		exitPage(browser, "粤M11111");
		assertThat(browser.visible(By.id("exit-fee")).getText()).isEqualTo("0.00");
		browser.visible(By.id("exit-free"));
		click(browser, "label[for=driverChecked]");
		// R12.1: without the pass taken back the page refuses and says why
		click(browser, "#do-exit");
		browser.waitForText(By.id("error"), "出入证");
		click(browser, "label[for=driverChecked]");
		click(browser, "label[for=passReturned]");
		click(browser, "#do-exit");
		browser.waitForText(By.id("stay-status"), "已离场");
		assertThat(browser.visible(By.id("stay-receipt")).getText()).isEqualTo("-");

		// Another plate's card: held.
		exitPage(browser, "粤M33333");
		browser.visible(By.id("cardNumber")).sendKeys(otherCard);
		click(browser, "#do-check-card");
		browser.visible(By.id("must-hold"));
		click(browser, "#do-exit");
		browser.waitForText(By.id("held-status"), "扣留");
		String heldUrl = browser.driver().getCurrentUrl();

		// The shift lead checks the documents and releases it.
		browser.driver().manage().deleteAllCookies();
		browser.login(lead.getUsername(), Fixtures.PASSWORD);
		browser.open(heldUrl.substring(heldUrl.indexOf("/carpark")));
		for (String kind : new String[] { "VEHICLE_LICENCE", "ID_CARD", "STATEMENT" }) {
			new Select(browser.visible(By.id("doc-kind"))).selectByValue(kind);
			browser.visible(By.id("doc-file")).sendKeys(photo.toAbsolutePath().toString());
			WebElement upload = browser.visible(By.id("do-upload"));
			click(browser, "#do-upload");
			browser.waitUntil(ExpectedConditions.stalenessOf(upload));
		}
		browser.waitUntil(d -> d.findElements(By.id("missing")).isEmpty());
		fitsThePhone(browser, "held");
		assertThat(browser.visible(By.id("release-fee")).getText()).isEqualTo("11.00");
		browser.visible(By.id("ownerName")).sendKeys("李四");
		click(browser, "label[for=driverIsOwner]");
		click(browser, "label[for=passReturned]");
		browser.visible(By.id("release-tendered")).sendKeys("11");
		click(browser, "#do-release");
		browser.waitForText(By.id("held-status"), "已放行");
		assertThat(browser.visible(By.id("held-fee")).getText()).contains("11.00", "2026-");

		// The guard hands the shift over: 22.00 written down, 22.00 in receipts.
		clock.advance(Duration.ofMinutes(5));
		browser.driver().manage().deleteAllCookies();
		browser.login(guard.getUsername(), Fixtures.PASSWORD);
		browser.open(shiftUrl.substring(shiftUrl.indexOf("/carpark")));
		browser.visible(By.id("handedOverBy")).sendKeys("张三");
		browser.visible(By.id("takenOverBy")).sendKeys("王五");
		browser.visible(By.id("events")).sendKeys("扣留粤M33333，班长核验证件后放行");
		for (String[] f : new String[][] { { "radios", "2" }, { "keys", "3" }, { "batons", "2" }, { "torches", "2" },
				{ "fees", "22.00" }, { "tickets", "3" } }) {
			browser.visible(By.id(f[0])).sendKeys(f[1]);
		}
		fitsThePhone(browser, "shift");
		click(browser, "#do-close");
		browser.waitForText(By.id("shift-status"), "已交班");
		assertThat(browser.visible(By.id("shift-receipts")).getText()).contains("2", "22.00");
		assertThat(browser.visible(By.id("shift-difference")).getAttribute("class")).contains("text-success");
		// R12.3: the hold is recorded with the shift
		assertThat(browser.visible(By.id("shift-holds")).getText()).contains("粤M33333", "已放行");
		// nothing refused or broken on the way (the browser asks for a favicon the app
		// has not)
		assertThat(browser.consoleErrors()).filteredOn(e -> !e.contains("favicon.ico")).isEmpty();
	}

	private static void exitPage(Browser browser, String plate) {
		browser.openPage("/carpark", "车场岗亭");
		browser.visible(By.id("exit-plate")).sendKeys(plate);
		click(browser, "#do-find");
		browser.waitForText(By.tagName("h1"), plate);
	}

	private static void click(Browser browser, String css) {
		WebElement element = browser.visible(By.cssSelector(css));
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	private static void fitsThePhone(Browser browser, String name) {
		long overflow = (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		browser.screenshot("carpark-phone-" + name);
		assertThat(overflow).as(name + " is wider than the phone").isLessThanOrEqualTo(0);
	}

	static byte[] png() throws IOException {
		var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
