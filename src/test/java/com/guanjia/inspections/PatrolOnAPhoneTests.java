package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11 "done means", on a 390×844 phone: a butler walks a round of five checkpoints,
 * fails the lobby's lamp with a photo and turns it into a work order in one action, fails
 * the garden's road as a cleaning lapse for the contractor; the supervisor then sees the
 * finding, the order, the rectification and a late round on the patrol page. No page is
 * wider than the phone.
 */
@BrowserTest
class PatrolOnAPhoneTests {

	@Autowired
	InspectionFixtures inspections;

	@Test
	void aButlerWalksARoundOnAPhoneAndTheSupervisorSeesWhatCameOfIt(Browser browser) throws IOException {
		Estate e = inspections.estate("手机巡查花园");
		Instant now = TestClockConfiguration.START;
		RoundId round = inspections.round(e, Fixtures.unique("p"), now.minusSeconds(600), now.plusSeconds(3600),
				e.butler().staffId());
		RoundId late = inspections.round(e, Fixtures.unique("p"), now.minusSeconds(3 * 3600), now.minusSeconds(3600),
				e.butler().staffId());
		Path photo = Files.createTempFile("lamp", ".png");
		Files.write(photo, InspectionFixtures.png(1200, 900));

		browser.size(390, 844).login(e.butler().getUsername(), Fixtures.PASSWORD);
		browser.openPage("/inspections", "今日巡查");
		fitsThePhone(browser, "today");
		click(browser, "#my-rounds #round-" + round.value());
		browser.waitForText(By.id("round-status"), "待巡查");
		fitsThePhone(browser, "round");

		for (int position = 1; position <= 5; position++) {
			click(browser, "#checkpoint-" + position);
			browser.visible(By.id("visit-form"));
			int items = browser.driver().findElements(By.cssSelector("#visit-form .card[id^=item-]")).size();
			for (int item = 1; item <= items; item++) {
				boolean fail = position == 1 && item == 8 || position == 3 && item == 1;
				click(browser, "label[for=o-" + item + "-" + (fail ? "FAIL" : "PASS") + "]");
			}
			if (position == 1) {
				browser.visible(By.id("note-8")).sendKeys("大堂吊灯不亮");
				browser.driver().findElement(By.id("photos-8")).sendKeys(photo.toAbsolutePath().toString());
				fitsThePhone(browser, "checkpoint");
			}
			if (position == 3) {
				browser.visible(By.id("note-1")).sendKeys("落叶未清扫");
			}
			click(browser, "#visit-save");
			browser.waitForText(By.id("flash"), "已记录检查点");
		}
		browser.waitForText(By.id("round-status"), "已完成");

		// The lamp: a work order in one action.
		click(browser, browser.visible(By.partialLinkText("照明灯具")));
		click(browser, "#do-order");
		browser.waitForText(By.id("finding-order"), "WO-");
		String order = browser.visible(By.cssSelector("#finding-order a")).getText();
		fitsThePhone(browser, "finding");

		// The road: a rectification for the cleaning contractor, due tomorrow.
		browser.open("/inspections/rounds/" + round.value());
		click(browser, browser.visible(By.partialLinkText("道路（路面）清洁")));
		WebElement deadline = browser.visible(By.id("deadline"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-12-01T10:00';", deadline);
		click(browser, "#do-contractor");
		browser.waitForText(By.id("finding-rectification"), "洁美保洁公司");

		// The supervisor's page.
		browser.driver().manage().deleteAllCookies();
		browser.login(e.supervisor().getUsername(), Fixtures.PASSWORD);
		browser.openPage("/inspections", "今日巡查");
		browser.waitForText(By.id("open-findings"), "照明灯具");
		String findings = browser.visible(By.id("open-findings")).getText();
		assertThat(findings).contains("1栋大堂 · 照明灯具", order, "中心花园 · 道路（路面）清洁", "洁美保洁公司");
		assertThat(browser.visible(By.id("open-rectifications")).getText()).contains("洁美保洁公司", "整改中");
		WebElement lateCard = browser.visible(By.cssSelector("#late-rounds #round-" + late.value()));
		assertThat(lateCard.getText()).contains("迟巡", "待巡查");
		fitsThePhone(browser, "supervisor");
	}

	private static void click(Browser browser, String css) {
		click(browser, browser.visible(By.cssSelector(css)));
	}

	private static void click(Browser browser, WebElement element) {
		// Bootstrap scrolls smoothly, so a native click may land while the page still
		// moves.
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

	private static void fitsThePhone(Browser browser, String name) {
		long overflow = (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		browser.screenshot("patrol-phone-" + name);
		assertThat(overflow).as(name + " is wider than the phone").isLessThanOrEqualTo(0);
	}

}
