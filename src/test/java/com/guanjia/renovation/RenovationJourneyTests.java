package com.guanjia.renovation;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.guanjia.cashier.Deposits;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RoundWork;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import com.guanjia.support.MutableClock;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 "done means", in the browser: a renovation that removes a wall is refused its
 * permit without the housing authority's approval (R9.2) and permitted once it is
 * uploaded and checked; a worker's pass is printed with its QR code (R9.3); the day's
 * site check finds a violation, the owner is told with a deadline and it is rectified
 * (R9.5); the bathroom's closed-water test stands 48 hours and passes (R9.6); engineering
 * accepts the work and the deposit is refunded through the cashier (R9.7).
 */
@BrowserTest
class RenovationJourneyTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	Renovations renovations;

	@Autowired
	SiteChecks checks;

	@Autowired
	RoundWork rounds;

	@Autowired
	Deposits deposits;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void aStructuralRenovationFromRefusalToTheRefundedDeposit(Browser browser) throws Exception {
		long community = fixtures.community("装修旅程花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "5").id(), "1", "0802", "110.00").id();
		Person owner = people.owner(community, unit, "赵敏");
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		StaffUser butler = fixtures.staff(Role.BUTLER, community);
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		long id = as(supervisor, () -> {
			RenovationDetails d = renovations.apply(community,
					new ApplyRenovation(unit, ApplicantKind.OWNER, owner.partyId(), null, null, null,
							"拆除客厅与餐厅之间的墙体，卫生间重做防水", true, "好家装饰", "李工", "13800138000", LocalDate.of(2026, 11, 30),
							LocalDate.of(2027, 1, 31),
							List.of(new ApplyRenovation.NewWorker("王建军", PeopleFixtures.idNumber(), null)), null));
			for (DocumentKind kind : List.of(DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL, DocumentKind.PLUMBING,
					DocumentKind.AGREEMENT, DocumentKind.PLEDGE)) {
				renovations.upload(d.renovation().id(), kind, null, kind + ".pdf", RenovationApi.PDF);
			}
			return d.renovation().id();
		});
		Path approval = Files.createTempFile("approval", ".pdf");
		Files.write(approval, RenovationApi.PDF);

		browser.login(supervisor.getUsername(), Fixtures.PASSWORD);
		browser.open("/renovations/" + id);
		// R9.2: no permit without the approval.
		click(browser, browser.visible(By.id("do-permit")));
		browser.waitForText(By.id("error"), "批准书");
		new Select(browser.visible(By.id("upload-kind"))).selectByValue("STRUCTURAL_APPROVAL");
		browser.visible(By.id("upload-file")).sendKeys(approval.toAbsolutePath().toString());
		click(browser, browser.visible(By.id("do-upload")));
		click(browser, browser.visible(By.id("do-check-approval")));
		browser.waitForText(By.id("approval-state"), "已核验");
		click(browser, browser.visible(By.id("do-permit")));
		browser.waitForText(By.id("renovation-status"), "施工中");

		// R9.3: the worker's pass, printable with its QR code.
		click(browser, browser.visible(By.id("do-issue-pass")));
		click(browser, browser.visible(By.cssSelector("#passes a")));
		browser.waitForText(By.id("pass-number"), "LS" + id);
		assertThat(browser.driver().findElements(By.cssSelector("img[src$='qr.png']"))).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("[data-print]"))).isNotEmpty();

		// R9.5: the butler's site check fails the structure item; the violation is
		// followed.
		long round = as(supervisor, () -> checks.checks(id)).stream()
			.filter(c -> c.kind() == SiteCheckKind.SITE)
			.findFirst()
			.orElseThrow()
			.roundId();
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			answers.add(new ItemAnswer(i, i == 2 ? Outcome.FAIL : Outcome.PASS, i == 2 ? "正在拆除承重墙，已制止" : null));
		}
		as(butler, () -> rounds.visit(round, 1, new RecordVisit(answers, null, false, List.of())));
		browser.open("/renovations/" + id);
		browser.waitUntil(d -> {
			if (d.findElements(By.cssSelector("#violation-list li")).isEmpty()) {
				d.navigate().refresh();
				return false;
			}
			return true;
		});
		WebElement deadline = browser.visible(By.cssSelector("#violation-list input[name=deadline]"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2026-12-02T18:00';", deadline);
		browser.visible(By.cssSelector("#violation-list input[name=ownerTold]")).sendKeys("电话告知业主赵敏");
		click(browser, browser.visible(By.cssSelector("#violation-list form button")));
		browser.waitForText(By.id("violation-list"), "整改中");
		browser.visible(By.cssSelector("#violation-list input[name=note]")).sendKeys("墙体已恢复");
		click(browser, browser.visible(By.cssSelector("#violation-list form button.btn-outline-success")));
		browser.waitForText(By.id("violation-list"), "已整改");

		// R9.6: the bathroom's water test stands 48 hours, the unit below checked.
		new Select(browser.visible(By.cssSelector("#water-form select"))).selectByValue("BATHROOM");
		click(browser, browser.visible(By.cssSelector("#water-form button")));
		browser.waitForText(By.id("water-tests"), "进行中");
		clock.set(TestClockConfiguration.START.plus(Duration.ofHours(49)));
		browser.open("/renovations/" + id);
		click(browser, browser.visible(By.cssSelector("#water-tests input[name=belowChecked]")));
		click(browser, browser.visible(By.cssSelector("#water-tests button[value=true]")));
		browser.waitForText(By.id("water-tests"), "卫生间 合格");
		assertThat(browser.visible(By.id("water-tests")).getText()).as("the result in words, not its code")
			.doesNotContain("PASSED");

		// R9.7: a photo, the checklist confirmed item by item, accepted; the deposit
		// taken,
		// its refund asked for, approved and paid.
		Path photo = Files.createTempFile("living", ".png");
		Files.write(photo, RenovationApi.PNG);
		browser.visible(By.id("photo-file")).sendKeys(photo.toAbsolutePath().toString());
		click(browser, browser.visible(By.id("do-photograph")));
		browser.waitForText(By.id("documents"), photo.getFileName().toString());
		click(browser, browser.visible(By.id("do-accept")));
		browser.waitForText(By.id("error"), "验收清单");
		for (WebElement box : browser.driver().findElements(By.cssSelector("#acceptance-checklist input"))) {
			click(browser, box);
		}
		click(browser, browser.visible(By.id("do-accept")));
		browser.waitForText(By.id("renovation-status"), "已验收");
		long deposit = as(supervisor, () -> renovations.get(id)).renovation().depositId();
		as(teller,
				() -> deposits.take(deposit, PaymentMethod.CASH, new BigDecimal("2000"), UUID.randomUUID().toString()));
		browser.open("/renovations/" + id);
		click(browser, browser.visible(By.id("do-refund")));
		browser.waitForText(By.id("renovation-status"), "押金退还中");
		as(finance, () -> deposits.approveRefund(deposit));
		as(teller, () -> deposits.payRefund(deposit, PaymentMethod.CASH));
		browser.waitUntil(d -> {
			d.navigate().refresh();
			return d.findElement(By.id("renovation-status")).getText().contains("已结案");
		});
		String history = browser.visible(By.id("history")).getText();
		assertThat(history).contains("核验", "发放", "验收");
		browser.screenshot("renovation-closed");
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

}
