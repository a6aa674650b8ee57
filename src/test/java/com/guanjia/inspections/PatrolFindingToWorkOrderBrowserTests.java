package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.WorkOrderFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 "done means" (items 5 and 14; R11.3, R3.6): in the browser, a butler's patrol
 * finding becomes a work order of its own kind reported by the butler — no reporter to
 * type — and the engineering lead assigns it and prints its dispatch sheet (seed 001
 * 3.5.1: "由工程部長或班長分配工作任務，簽發《派工單》"). The real return visit, nothing pre-set, is walked in
 * RepairJourneyTests.
 */
@BrowserTest
class PatrolFindingToWorkOrderBrowserTests {

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	RoundWork work;

	@Autowired
	RoundQueries rounds;

	@Autowired
	FindingActions findings;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aButlersFindingBecomesAWorkOrderTheEngineeringLeadAssignsAndPrints(Browser browser) {
		Estate e = inspections.estate("巡查派工花园");
		Instant now = TestClockConfiguration.START;
		RoundId round = inspections.round(e, Fixtures.unique("p"), now.minusSeconds(600), now.plusSeconds(3600),
				e.butler().staffId());
		RoundView walked = Fixtures.as(e.butler(), () -> rounds.get(round.value()));
		for (int p = 1; p <= walked.visits().size(); p++) {
			int position = p;
			VisitView v = walked.visits().get(p - 1);
			Fixtures
				.as(e.butler(),
						() -> work.visit(round.value(), position, new RecordVisit(
								position == 1 ? InspectionFixtures.answers(v, 8) : InspectionFixtures.answers(v), null,
								true, List.of())));
		}
		FindingView lamp = Fixtures.as(e.supervisor(), () -> findings.list(e.communityId(), true, round.value(), null))
			.stream()
			.filter(f -> f.item().equals("照明灯具"))
			.findFirst()
			.orElseThrow();
		long engineering = orders.department(e.communityId(), "ENGINEERING");
		StaffUser lead = orders.staffIn(Role.SUPERVISOR, e.communityId(), "ENGINEERING");
		StaffUser technician = orders.staffIn(Role.TECHNICIAN, e.communityId(), "ENGINEERING");
		jdbc.sql("update department set lead_staff_id = ? where community_id = ? and id = ?")
			.params(lead.staffId(), e.communityId(), engineering)
			.update();

		// The butler turns the finding into a work order: nothing to type.
		browser.login(e.butler().getUsername(), Fixtures.PASSWORD);
		browser.open("/inspections/findings/" + lamp.id());
		click(browser, browser.visible(By.id("do-order")));
		browser.waitForText(By.id("finding-order"), "WO-");
		click(browser, browser.visible(By.cssSelector("#finding-order a")));
		browser.waitForText(By.id("wo-status"), "已受理");
		String page = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(page).contains("巡查发现", e.butler().displayName(), "1栋大堂");
		// The desk does not assign work in a public place.
		assertThat(browser.driver().findElements(By.id("open-DISPATCH"))).isEmpty();

		// The engineering lead assigns it and prints the dispatch sheet.
		browser.driver().manage().deleteAllCookies();
		browser.login(lead.getUsername(), Fixtures.PASSWORD);
		String number = lampOrderNumber(lamp.id());
		browser.open("/work-orders/" + lampOrderId(lamp.id()));
		click(browser, browser.visible(By.id("open-DISPATCH")));
		browser.waitUntil(d -> d.findElement(By.id("step-DISPATCH")).getAttribute("class").contains("show")
				&& !d.findElement(By.id("step-DISPATCH")).getAttribute("class").contains("collapsing"));
		new Select(browser.visible(By.cssSelector("#form-DISPATCH select[name=technicianId]")))
			.selectByValue(String.valueOf(technician.staffId()));
		click(browser, browser.visible(By.id("do-DISPATCH")));
		browser.waitForText(By.id("wo-status"), "已派单");
		click(browser, browser.visible(By.id("dispatch-sheet-link")));
		browser.waitForText(By.id("sheet-issued-by"), lead.displayName());
		String sheet = browser.visible(By.id("dispatch-sheet")).getText();
		assertThat(sheet).contains("工程部派工单", number, technician.displayName(), "验收人签字");
		browser.screenshot("dispatch-sheet");
	}

	private String lampOrderNumber(long findingId) {
		return Fixtures.as(Fixtures.ROOT, () -> findings.get(findingId)).workOrderNumber();
	}

	private long lampOrderId(long findingId) {
		return Fixtures.as(Fixtures.ROOT, () -> findings.get(findingId)).workOrderId();
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

}
