package com.guanjia.platform;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.guanjia.billing.BillingRuns;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 19: codes never appear in the Chinese UI — no price or warranty codes
 * (LABOUR_HOUR, ROOF_WATERPROOF…), no minute or month counts written as "(60m)". The
 * pages that show prices, tariffs, standards and deadlines are rendered in Chinese and
 * their visible text (tags and attribute values removed) is searched for an upper-case
 * code or a number with a bare unit letter.
 */
@GuanjiaTest
class NoCodesOnChinesePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Test
	void pricesTariffsStandardsAndDeadlinesAreInWords() throws Exception {
		long community = fixtures.community("价目小区").id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		for (String page : new String[] { "/work-order-settings", "/work-orders/new", "/deadline-settings",
				"/billing/standards", "/carpark/settings" }) {
			String html = mvc.perform(get(page).locale(Locale.SIMPLIFIED_CHINESE).with(user(manager)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String text = visibleText(html);
			assertThat(text).as(page).doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
			assertThat(text).as(page)
				.doesNotContainPattern("\\b(LOCK|FAUCET|SEALANT|STRUCTURE|LEAK|SANITARY|OTHER)\\b");
			assertThat(text).as(page).doesNotContainPattern("\\(\\d+\\s*[mhd]\\)");
		}
	}

	@Test
	void aBillLinesNoteIsInWordsOnTheNoticeAndAtTheCashier() throws Exception {
		// A custodial unit handed over on 17 October pays 70% of 15 of October's 31 days:
		// the run writes the note "15/31d 70%".
		long community = fixtures.community("账单小区").id();
		long unit = fees
			.unit(community, fixtures.building(community, "1").id(), "101", "80.00", UnitState.CUSTODIAL,
					LocalDate.of(2026, 10, 17))
			.id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		as(manager, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
		for (var visit : List.of(Map.entry(manager, "/billing/notices/" + unit),
				Map.entry(teller, "/cashier/units/" + unit))) {
			String text = visibleText(
					mvc.perform(get(visit.getValue()).locale(Locale.SIMPLIFIED_CHINESE).with(user(visit.getKey())))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString());
			assertThat(text).as(visit.getValue())
				.contains("按 15/31 天计，按 70% 计收")
				.doesNotContainPattern("\\d+/\\d+d\\b")
				.doesNotContain("tiered");
		}
	}

	/** What a reader sees: no scripts, styles, tags or attribute values. */
	static String visibleText(String html) {
		return html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<[^>]*>", " ");
	}

}
