package com.guanjia.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Browser;
import com.guanjia.support.BrowserTest;
import com.guanjia.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 item 12: the console works under its Content-Security-Policy, which allows no
 * inline script — the behaviours moved to static scripts still work (the community
 * switch, the indicators chart drawn by ECharts, htmx fragments) and the browser reports
 * nothing refused on the pages a manager uses, Swagger UI included.
 */
@BrowserTest
class ConsoleUnderContentSecurityPolicyTests {

	@Autowired
	Fixtures fixtures;

	StaffUser manager;

	long second;

	@BeforeEach
	void setUp() {
		long first = fixtures.community("内容安全甲").id();
		second = fixtures.community("内容安全乙").id();
		manager = fixtures.staff(Role.MANAGER, first, second);
	}

	@Test
	void theConsoleWorksAndNothingIsRefused(Browser browser) {
		browser.login(manager.getUsername(), Fixtures.PASSWORD);
		List<String> refused = new ArrayList<>(browser.consoleErrors());

		// The community switch submits on change (data-submit-on-change, no onchange).
		browser.openPage("/units", "房屋");
		WebElement switcher = browser.visible(By.name("communityId"));
		new Select(switcher).selectByValue(String.valueOf(second));
		browser.waitUntil(ExpectedConditions.stalenessOf(switcher)::apply);
		assertThat(new Select(browser.visible(By.name("communityId"))).getFirstSelectedOption().getAttribute("value"))
			.as("the community chosen on the server")
			.isEqualTo(String.valueOf(second));
		assertThat(browser.driver().getCurrentUrl()).endsWith("/units");
		refused.addAll(browser.consoleErrors());

		// ECharts draws the chart from the page's JSON data block.
		browser.openPage("/indicators", "服务指标");
		browser.visible(By.cssSelector("#chart-age canvas"));
		refused.addAll(browser.consoleErrors());

		// Each page by its own heading: an error page would pass a wait for any body.
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/", "您好，" + manager.displayName());
		pages.put("/work-orders/new", "新建工单");
		pages.put("/desk", "前台接待（来访/来电）");
		pages.put("/deadline-settings", "时限与工作日历");
		pages.put("/notifications", "通知");
		pages.forEach((page, heading) -> {
			browser.openPage(page, heading);
			refused.addAll(browser.consoleErrors());
		});
		browser.open("/swagger-ui/index.html");
		browser.visible(By.cssSelector(".swagger-ui .info"));
		refused.addAll(browser.consoleErrors());
		assertThat(refused).as("console errors (Content-Security-Policy refusals)")
			.filteredOn(message -> !message.contains("/favicon.ico"))
			.isEmpty();
	}

}
