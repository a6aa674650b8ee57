package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.imageio.ImageIO;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.Money;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderFixtures;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderWorkflow;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12 "done means" (R8.1–R8.5; seed 002 "为业主办理入住服务规程" ①–⑦), in headless Chromium at
 * a phone's 390×844: a proxy's complete move-in with two defects. The front-desk agent
 * opens the case for the owner's proxy; checking the papers is refused, naming the
 * authorisation, until it is uploaded; the engineer fills the acceptance sheet on the
 * phone with two defects (a photo each) and the base readings; the agent turns both
 * defects into work orders in one action; after the repairs the second acceptance is
 * booked, found right and signed by the owner on the signature pad; the agent fills the
 * registration form, records the agreements, registers the unit's key and resident card
 * in the key register and issues them; the cashier takes the open fee at the cashier's
 * page; the case completes — and the unit's page shows it occupied with its handover date
 * and an archive the completeness check finds nothing missing in.
 * <p>
 * Every step a butler, agent, engineer or cashier takes is taken on the page. Only the
 * technician's work on the two handover-defect work orders (dispatch, accept, arrive,
 * complete) goes through {@link WorkOrderWorkflow}: the repair itself is not this
 * journey's point, and RepairJourneyTests walks a work order on the page; the acceptance
 * follows the orders' completion through its event listener, as in production. The fee is
 * a one-off charge put on the unit beforehand through {@link Ledger} (finance's work). No
 * page is wider than the phone; the screenshots are under {@code target/browser}.
 */
@BrowserTest
class ProxyMoveInOnAPhoneTests {

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	PeopleFixtures people;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	HouseAcceptances acceptances;

	@Autowired
	Ledger ledger;

	@TempDir
	Path files;

	@Test
	void aProxysMoveInWithTwoDefectsEndsWithTheUnitOccupiedAndItsArchiveComplete(Browser browser) throws Exception {
		long community = fixtures.community(Fixtures.unique("入伙花园")).id();
		UnitView unit = fees.unit(community, fixtures.building(community, "7").id(), "1201", "88.00", UnitState.UNSOLD,
				null);
		String label = unit.label();
		people.owner(community, unit.id(), "周海");
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		StaffUser engineer = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		Fixtures.as(fixtures.staff(Role.FINANCE, community),
				() -> ledger.charge(unit.id(), ChargeItem.RENOVATION_GARBAGE, Money.of("30.00"), "装修垃圾清运费"));
		Path pdf = file("paper.pdf", "%PDF-1.4\n%scan\n".getBytes(StandardCharsets.US_ASCII));
		Path photo = file("defect.png", png());

		// ① The agent opens the case for the owner's proxy.
		browser.size(390, 844).login(agent.getUsername(), Fixtures.PASSWORD);
		browser.openPage("/move-ins", "入伙办理");
		browser.visible(By.id("open-unit")).sendKeys(label);
		// htmx swaps the owners' list in: the owner is chosen once it is the unit's only
		// one.
		browser.waitUntil(d -> {
			try {
				return new Select(d.findElement(By.id("open-owner"))).getFirstSelectedOption()
					.getText()
					.startsWith("周海");
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return false;
			}
		});
		new Select(browser.visible(By.id("open-kind"))).selectByValue("PROXY");
		browser.visible(By.id("open-proxy")).sendKeys("吴代办");
		fitsThePhone(browser, "open");
		click(browser, browser.visible(By.id("do-open")));
		browser.heading(label + " 验明资料");
		String casePath = new java.net.URI(browser.driver().getCurrentUrl()).getPath();
		assertThat(browser.visible(By.tagName("main")).getText()).contains("周海", "代办", "吴代办");

		// Every paper but the authorisation: the check is refused, naming it.
		for (String type : List.of("ID_COPY", "MOVE_IN_NOTICE", "PURCHASE_CONTRACT", "PROXY_ID_COPY")) {
			upload(browser, label, type, type.equals("PROXY_ID_COPY") ? photo : pdf);
		}
		click(browser, browser.visible(By.id("do-CHECK_DOCUMENTS")));
		browser.heading(label + " 验明资料");
		assertThat(browser.visible(By.id("error")).getText()).isEqualTo("资料不全，缺少：委托书");
		assertThat(browser.visible(By.id("paper-AUTHORIZATION")).getText()).startsWith("✗");
		fitsThePhone(browser, "documents-refused");
		upload(browser, label, "AUTHORIZATION", pdf);
		assertThat(browser.visible(By.id("paper-AUTHORIZATION")).getText()).startsWith("✓");
		click(browser, browser.visible(By.id("do-CHECK_DOCUMENTS")));
		browser.heading(label + " 办理中");
		assertThat(browser.visible(By.id("flash")).getText()).isEqualTo("已保存");

		// ⑤ The acceptance is started from the case; the engineer fills the sheet.
		click(browser, browser.visible(By.id("do-START_ACCEPTANCE")));
		String sheet = "房屋质量验收登记表 · " + label;
		browser.heading(sheet + " 验收中");
		String acceptancePath = new java.net.URI(browser.driver().getCurrentUrl()).getPath();
		switchTo(browser, engineer);
		browser.openPage(acceptancePath, sheet + " 验收中");
		fitsThePhone(browser, "acceptance-sheet");
		assertThat(itemForms(browser)).hasSize(AcceptanceSheet.ROOMS.size() * AcceptanceSheet.ITEMS.size());
		// The two defects are recorded line by line with their photo; the rest of each
		// room
		// passes in one step per room (本房间其余项目合格), which never overwrites a defect.
		for (String room : AcceptanceSheet.ROOMS) {
			int position = room.equals("客厅") ? 1 : room.equals("卫生间") ? 5 : 0;
			if (position > 0) {
				WebElement form = itemForms(browser).stream()
					.filter(f -> f.findElement(By.name("room")).getAttribute("value").equals(room)
							&& f.findElement(By.name("position"))
								.getAttribute("value")
								.equals(String.valueOf(position)))
					.findFirst()
					.orElseThrow();
				new Select(form.findElement(By.name("outcome"))).selectByValue("FAIL");
				form.findElement(By.name("note")).sendKeys(position == 1 ? "墙面开裂" : "地漏堵塞");
				form.findElement(By.name("photos")).sendKeys(photo.toString());
				submit(browser, form.findElement(By.cssSelector("button[type=submit]")), sheet + " 验收中");
				fitsThePhone(browser, "acceptance-defect-" + room);
			}
			submit(browser, browser.visible(By.id("pass-room-" + room)), sheet + " 验收中");
			assertThat(browser.driver().findElements(By.id("pass-room-" + room))).isEmpty();
		}
		fitsThePhone(browser, "acceptance-rooms-passed");
		assertThat(browser.driver().findElements(By.cssSelector("select[name=outcome] option[selected]")))
			.extracting(o -> o.getAttribute("value"))
			.hasSize(AcceptanceSheet.ROOMS.size() * AcceptanceSheet.ITEMS.size())
			.containsOnly("PASS", "FAIL")
			.filteredOn("FAIL"::equals)
			.hasSize(2);
		assertThat(browser.driver().findElements(By.cssSelector("img[alt=defect]"))).hasSize(2);
		WebElement readings = browser.visible(By.cssSelector("form[action$='/readings']"));
		readings.findElement(By.name("waterCode")).sendKeys("W-7-1201");
		readings.findElement(By.name("water")).sendKeys("3.2");
		readings.findElement(By.name("electricityCode")).sendKeys("E-7-1201");
		readings.findElement(By.name("electricity")).sendKeys("12.5");
		readings.findElement(By.name("gasCode")).sendKeys("G-7-1201");
		readings.findElement(By.name("gas")).sendKeys("0.8");
		readings.findElement(By.name("confirmedBy")).sendKeys("周海");
		submit(browser, readings.findElement(By.cssSelector("button[type=submit]")), sheet + " 验收中");
		assertThat(browser.visible(By.id("readings")).getText()).contains("W-7-1201: 3.2", "E-7-1201: 12.5", "周海");
		submit(browser, browser.visible(By.id("do-FINISH")), sheet + " 有质量问题");
		fitsThePhone(browser, "acceptance-defects");

		// Both defects become work orders in one action (the service centre's part).
		switchTo(browser, agent);
		browser.openPage(acceptancePath, sheet + " 有质量问题");
		submit(browser, browser.visible(By.id("do-ORDER_DEFECTS")), sheet + " 整改中");
		List<WebElement> orderLinks = browser.driver().findElements(By.cssSelector("main a[href*='/work-orders/']"));
		assertThat(orderLinks).hasSize(2);
		fitsThePhone(browser, "acceptance-ordered");

		// The engineer repairs both (through the work-order service: see the Javadoc).
		long acceptanceId = Long.parseLong(acceptancePath.substring(acceptancePath.lastIndexOf('/') + 1));
		List<Long> workOrders = Fixtures.as(agent, () -> acceptances.get(acceptanceId))
			.items()
			.stream()
			.filter(l -> l.workOrderId() != null)
			.map(AcceptanceView.Line::workOrderId)
			.toList();
		assertThat(workOrders).hasSize(2);
		for (long id : workOrders) {
			WorkOrderId order = WorkOrderId.of(id);
			Fixtures.as(agent,
					() -> workflow.dispatch(order, new WorkOrderCommands.Dispatch(null, engineer.staffId(), null)));
			Fixtures.as(engineer, () -> workflow.accept(order));
			Fixtures.as(engineer, () -> workflow.arrive(order));
			Fixtures.as(engineer, () -> workflow.complete(order, new WorkOrderCommands.Complete("已修复", null, null)));
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(15))
			.until(() -> Fixtures.as(agent, () -> acceptances.get(acceptanceId)).status() == AcceptanceStatus.REPAIRED);

		// The second acceptance: booked with the owner, each defect found right, signed.
		browser.openPage(acceptancePath, sheet + " 已整改待复验");
		assertThat(browser.visible(By.tagName("main")).getText()).contains("墙面开裂", "地漏堵塞");
		WebElement at = browser.visible(By.cssSelector("input[name=at]"));
		String tomorrow = TestClockConfiguration.START.plus(Duration.ofDays(1))
			.atZone(ZoneId.of("Asia/Shanghai"))
			.format(LOCAL);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", at, tomorrow);
		submit(browser, at.findElement(By.xpath("ancestor::form//button[@type='submit']")), sheet + " 已预约复验");
		List<WebElement> fixed = browser.driver().findElements(By.cssSelector("input[name=fixed]"));
		assertThat(fixed).hasSize(2);
		fixed.forEach(box -> click(browser, box));
		fitsThePhone(browser, "acceptance-recheck");
		submit(browser, fixed.get(0).findElement(By.xpath("ancestor::form//button[@type='submit']")),
				sheet + " 验收合格待签字");
		browser.visible(By.cssSelector("input[name=name]")).sendKeys("周海");
		WebElement pad = browser.visible(By.id("signature-pad"));
		scrollTo(browser, pad);
		new Actions(browser.driver()).moveToElement(pad, -80, 0)
			.clickAndHold()
			.moveByOffset(40, 30)
			.moveByOffset(40, -40)
			.moveByOffset(60, 20)
			.release()
			.perform();
		fitsThePhone(browser, "acceptance-sign");
		submit(browser, pad.findElement(By.xpath("ancestor::form//button[@type='submit']")), sheet + " 业主已签字");
		assertThat(browser.visible(By.id("signed")).getText()).contains("周海");

		// Back on the case: ⑤ is done by itself; ② the form and the agreements.
		browser.openPage(casePath, label + " 办理中");
		assertThat(browser.visible(By.id("accepted")).getText()).isEqualTo("✓");
		WebElement register = browser.visible(By.id("form-REGISTER"));
		register.findElement(By.name("emergencyName")).sendKeys("周母");
		register.findElement(By.name("emergencyPhone")).sendKeys("13900002222");
		register.findElement(By.name("memberName")).sendKeys("周小海");
		submit(browser, browser.visible(By.id("do-REGISTER")), label + " 办理中");
		browser.driver()
			.findElements(By.cssSelector("#form-SIGN_AGREEMENTS input[name=agreements]"))
			.forEach(box -> click(browser, box));
		submit(browser, browser.visible(By.id("do-SIGN_AGREEMENTS")), label + " 办理中");
		assertThat(browser.visible(By.id("agreements-signed")).getText()).contains("✓");

		// ③ The unit's key and resident card are registered and issued from the register.
		browser.openPage("/keys", "钥匙与卡登记");
		registerKey(browser, label, "UNIT_KEY", "K-7-1201-1", "柜C-1");
		registerKey(browser, label, "RESIDENT_CARD", "C-7-1201-1", "柜C-1");
		browser.openPage(casePath, label + " 办理中");
		browser.driver()
			.findElements(By.cssSelector("#form-HAND_OUT input[name=itemIds]"))
			.forEach(box -> click(browser, box));
		click(browser, browser.visible(By.id("hb-resident")));
		click(browser, browser.visible(By.id("hb-renovation")));
		fitsThePhone(browser, "case-hand-out");
		submit(browser, browser.visible(By.id("do-HAND_OUT")), label + " 办理中");
		assertThat(browser.visible(By.id("handed-out")).getText()).contains("K-7-1201-1", "C-7-1201-1");

		// ④ The fee is owed: settling is refused until the cashier has taken it.
		assertThat(browser.visible(By.id("owed")).getText()).isEqualTo("30.00");
		submit(browser, browser.visible(By.id("do-SETTLE_FEES")), label + " 办理中");
		assertThat(browser.visible(By.id("error")).getText()).contains("30.00");
		switchTo(browser, cashier);
		browser.openPage("/cashier", "收银台");
		browser.visible(By.id("cashier-q")).sendKeys(label);
		browser.waitForText(By.id("found"), label);
		click(browser, browser.visible(By.partialLinkText(label)));
		browser.heading("收银台 " + label);
		click(browser, browser.visible(By.id("select-all")));
		browser.waitForText(By.id("selected-total"), "30.00");
		browser.visible(By.id("tendered")).sendKeys("50");
		browser.waitForText(By.id("change-preview"), "20.00");
		fitsThePhone(browser, "cashier");
		submit(browser, browser.visible(By.id("pay")), "收款收据");
		assertThat(browser.visible(By.id("receipt-total")).getText()).isEqualTo("30.00");
		fitsThePhone(browser, "receipt");

		// The case completes: the unit is handed over today and occupied.
		switchTo(browser, agent);
		browser.openPage(casePath, label + " 办理中");
		submit(browser, browser.visible(By.id("do-SETTLE_FEES")), label + " 办理中");
		assertThat(browser.visible(By.id("fees-done")).getText()).contains("✓");
		assertThat(browser.visible(By.id("nothing-missing")).getText()).isNotBlank();
		LocalDate today = LocalDate.ofInstant(TestClockConfiguration.START, ZoneId.of("Asia/Shanghai"));
		assertThat(browser.visible(By.id("handover-date")).getAttribute("value")).isEqualTo(today.toString());
		fitsThePhone(browser, "case-complete");
		// ⑥ custody is offered, not wanted: the owner moves in.
		WebElement custody = browser.visible(By.id("do-CUSTODY"));
		assertThat(custody.getAttribute("href")).endsWith("/custody?unit=" + label);
		scrollTo(browser, custody);
		fitsThePhone(browser, "case-custody-offered");
		submit(browser, browser.visible(By.id("do-COMPLETE")), label + " 已入伙");
		assertThat(browser.visible(By.id("case-handover")).getText()).isEqualTo(today.toString());
		assertThat(browser.driver().findElements(By.id("custody"))).isEmpty();
		fitsThePhone(browser, "case-completed");

		// The unit: occupied, its handover date, nothing missing from its archive.
		browser.openPage("/units/" + unit.id(), "房屋 " + label);
		assertThat(browser.visible(By.id("unit-state")).getText()).isEqualTo("自住");
		assertThat(browser.visible(By.id("unit-handover")).getText()).isEqualTo(today.toString());
		browser.waitForText(By.id("archive-complete"), "档案齐全。");
		assertThat(browser.driver().findElements(By.id("archive-missing"))).isEmpty();
		assertThat(browser.visible(By.id("archive-check")).getText()).contains("委托书", "房屋质量验收登记表");
		scrollTo(browser, browser.visible(By.id("archive-check")));
		fitsThePhone(browser, "unit");
	}

	private void upload(Browser browser, String label, String type, Path file) {
		new Select(browser.visible(By.id("attach-type"))).selectByValue(type);
		browser.visible(By.id("attach-file")).sendKeys(file.toString());
		submit(browser, browser.visible(By.id("do-ATTACH")), label + " 验明资料");
		assertThat(browser.visible(By.id("flash")).getText()).isEqualTo("资料已归档");
	}

	private static void registerKey(Browser browser, String label, String kind, String code, String place) {
		browser.visible(By.id("unitLabel")).sendKeys(label);
		new Select(browser.visible(By.id("kind"))).selectByValue(kind);
		browser.visible(By.id("code")).sendKeys(code);
		browser.visible(By.id("place")).sendKeys(place);
		click(browser, browser.visible(By.id("register-save")));
		browser.waitForText(By.id("key-number"), code);
		assertThat(browser.visible(By.id("key-status")).getText()).isEqualTo("在库");
		fitsThePhone(browser, "key-" + kind);
		browser.openPage("/keys", "钥匙与卡登记");
	}

	private static List<WebElement> itemForms(Browser browser) {
		return browser.driver().findElements(By.cssSelector("form[action$='/items']"));
	}

	private static void switchTo(Browser browser, StaffUser who) {
		browser.driver().manage().deleteAllCookies();
		browser.login(who.getUsername(), Fixtures.PASSWORD);
	}

	/** Clicks a submit button and waits for the next page and its own heading. */
	private static void submit(Browser browser, WebElement button, String heading) {
		WebElement page = browser.driver().findElement(By.tagName("html"));
		click(browser, button);
		browser.waitUntil(ExpectedConditions.stalenessOf(page)::apply);
		browser.heading(heading);
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'});" + " arguments[0].click();", element);
	}

	private static void scrollTo(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				element);
	}

	private static void fitsThePhone(Browser browser, String name) {
		long overflow = (Long) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		browser.screenshot("movein-phone-" + name);
		assertThat(overflow).as(name + " is wider than the phone").isLessThanOrEqualTo(0);
	}

	private Path file(String name, byte[] content) throws IOException {
		return Files.write(files.resolve(name), content);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 60; x++) {
			image.setRGB(x, x / 2, 0xffffff);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
