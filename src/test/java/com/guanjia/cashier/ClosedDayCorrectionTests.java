package com.guanjia.cashier;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.People;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: correcting a closed day by a red reversal (红冲), invoices recorded from the
 * tax system, the printed receipt (item 16), the cashier's desk (item 17) and the
 * reminder before the business day ends (item 9; R6.3, R6.6, seed 004).
 */
@GuanjiaTest
class ClosedDayCorrectionTests {

	@Autowired
	Cashier cashier;

	@Autowired
	DailyCloses closes;

	@Autowired
	BillingRuns runs;

	@Autowired
	Ledger ledger;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	long community;

	String communityName;

	StaffUser teller;

	StaffUser supervisor;

	StaffUser finance;

	UnitView unit;

	String mobile;

	@BeforeEach
	void setUp() {
		communityName = "红冲小区" + UUID.randomUUID().toString().substring(0, 4);
		community = fixtures.community(communityName).id();
		long building = fixtures.building(community, "8").id();
		teller = fixtures.staff(Role.CASHIER, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		finance = fixtures.staff(Role.FINANCE, community);
		// 89.50 m² at 1.50: 134.25 a month, October and November
		unit = fees.unit(community, building, "801", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 6, 17));
		mobile = People.mobile();
		as(Fixtures.ROOT, () -> occupancy.registerOwner(community,
				new OwnerCommand(unit.id(), null, PartyCommand.person("钱业主", People.idCard(), mobile), null, null)));
		for (YearMonth m : new YearMonth[] { YearMonth.of(2026, 10), YearMonth.of(2026, 11) }) {
			as(finance, () -> runs.commit(runs.preview(community, m, 1).run().id()));
		}
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ReceiptView payBoth() {
		List<Long> lines = as(teller, () -> ledger.lines(unit.id(), true)).stream().map(Line::id).toList();
		return as(teller, () -> cashier.pay(new PaymentCommand(unit.id(), lines, PaymentMethod.CASH,
				new BigDecimal("300"), null, null, UUID.randomUUID().toString())));
	}

	/**
	 * Decision "correcting a closed day": a receipt of a closed day is never voided; a
	 * red receipt on the next open day names it, after a second person's approval.
	 */
	@Test
	void aReceiptOfAClosedDayIsCorrectedByARedReversalOnTheNextOpenDay() throws Exception {
		ReceiptView original = payBoth();
		DailyCloseView closed = as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		assertThat(closed.total()).isEqualTo(Money.of("268.50"));
		// the same day: the cashier's drawer is closed, nothing can be corrected into it
		assertThatThrownBy(() -> as(teller, () -> cashier.requestVoid(original.id(), "收错房号"))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("cashier.dayClosed"));

		clock.set(Instant.parse("2026-12-01T02:00:00Z"));
		as(teller, () -> cashier.requestVoid(original.id(), "收错房号"));
		mvc.perform(get("/cashier/receipts/" + original.id()).with(user(supervisor)))
			.andExpect(content().string(containsString("批准红冲")));
		assertThatThrownBy(() -> as(teller, () -> cashier.approveVoid(original.id())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		ReceiptView corrected = as(supervisor, () -> cashier.approveVoid(original.id()));
		assertThat(corrected.isVoid()).isFalse();
		assertThat(corrected.voidStatus()).isEqualTo(VoidStatus.REVERSED);
		assertThat(corrected.reversedBy()).isNotNull();
		// the red receipt: the next number, today, the negative amount, naming the
		// original
		ReceiptView red = as(teller, () -> cashier.receiptsOfUnit(unit.id())).get(0);
		assertThat(red.number()).isEqualTo(corrected.reversedBy());
		assertThat(red.reverses()).isEqualTo(original.number());
		assertThat(red.amount()).isEqualTo(Money.of("-268.50"));
		assertThat(red.businessDay()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(red.amountInCapitals()).isEqualTo("负贰佰陆拾捌元伍角整");
		assertThat(red.items()).hasSize(2);
		// the bills are open again; the closed day stands; today's drawer gives the money
		// back
		assertThat(as(teller, () -> ledger.lines(unit.id(), true))).hasSize(2);
		assertThat(as(finance, () -> closes.get(closed.id())).total()).isEqualTo(Money.of("268.50"));
		DailyCloseView today = as(teller, () -> closes.today(community));
		assertThat(today.cash()).isEqualTo(Money.of("-268.50"));
		assertThat(today.reversals()).isEqualTo(1);
		// a red receipt is not corrected again
		assertThatThrownBy(() -> as(teller, () -> cashier.requestVoid(red.id(), "再冲"))).isInstanceOfSatisfying(
				RuleViolationException.class, ex -> assertThat(ex.code()).isEqualTo("receipt.redNotCorrectable"));
		mvc.perform(get("/cashier/receipts/" + original.id()).with(user(teller)))
			.andExpect(content().string(containsString("已由 " + red.number() + " 红冲")));
	}

	/**
	 * Decision "invoices": the tax system issues them; the number and date are recorded
	 * for a receipt (typed or imported from .xlsx) and the close shows the ranges.
	 */
	@Test
	void invoiceNumbersAreRecordedTypedOrImportedAndTheCloseShowsTheirRanges() throws Exception {
		ReceiptView first = payBoth();
		String api = "/api/receipts/" + first.id() + "/invoices";
		mvc.perform(post(api).with(user(teller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\": \"00012345\", \"issuedOn\": \"2026-11-30\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invoices[0].number").value("00012345"));
		mvc.perform(post(api).with(user(teller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\": \"00012345\", \"issuedOn\": \"2026-11-30\"}")).andExpect(status().isConflict());
		mvc.perform(post(api).with(user(teller))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\": \"00012399\", \"issuedOn\": \"2026-12-30\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
		StaffUser stranger = fixtures.staff(Role.CASHIER, fixtures.community("别处").id());
		mvc.perform(post(api).with(user(stranger))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"number\": \"00012398\", \"issuedOn\": \"2026-11-30\"}")).andExpect(status().isNotFound());

		// the tax system's sheet: one bad row and nothing is recorded; then two invoices
		byte[] bad = sheet(new String[][] { { first.number(), "00012346", "2026-11-30" },
				{ "2026-999999", "00012347", "2026-11-30" } });
		mvc.perform(multipart("/api/invoices/import").file(new MockMultipartFile("file", "fp.xlsx", null, bad))
			.param("communityId", String.valueOf(community))
			.with(user(teller))).andExpect(status().isBadRequest());
		assertThat(as(teller, () -> cashier.receipt(first.id())).invoices()).hasSize(1);
		byte[] good = sheet(new String[][] { { first.number(), "00012346", "2026-11-30" },
				{ first.number(), "00012347", "2026-11-30" } });
		mvc.perform(multipart("/api/invoices/import").file(new MockMultipartFile("file", "fp.xlsx", null, good))
			.param("communityId", String.valueOf(community))
			.with(user(teller))).andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(2));
		DailyCloseView close = as(teller,
				() -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.BANK, null)));
		assertThat(close.invoices()).isEqualTo(3);
		assertThat(close.invoiceRange()).isEqualTo("00012345–00012347");
		// finance opens the close to check it line by line before confirming
		mvc.perform(get("/cashier/closes/" + close.id()).with(user(finance)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.number())))
			.andExpect(content().string(containsString("00012345, 00012346, 00012347")))
			.andExpect(content().string(containsString("id=\"confirm-close\"")));
		mvc.perform(get("/cashier/closes/" + close.id()).with(user(stranger))).andExpect(status().isNotFound());
	}

	static byte[] sheet(String[][] rows) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet s = book.createSheet();
			var header = s.createRow(0);
			header.createCell(0).setCellValue("收据编号");
			header.createCell(1).setCellValue("发票号码");
			header.createCell(2).setCellValue("开票日期");
			for (int i = 0; i < rows.length; i++) {
				var row = s.createRow(i + 1);
				for (int c = 0; c < rows[i].length; c++) {
					row.createCell(c).setCellValue(rows[i][c]);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Item 16: the receipt names 收款单位 (the company and the community), the payer, the
	 * amount in capitals, the cashier by name and has signature lines.
	 */
	@Test
	void theReceiptNamesPayeePayerCashierAndTheAmountInCapitals() throws Exception {
		ReceiptView r = payBoth();
		assertThat(r.amountInCapitals()).isEqualTo("贰佰陆拾捌元伍角整");
		assertThat(r.payers()).containsExactly("钱业主");
		assertThat(r.cashierName()).isEqualTo(teller.displayName());
		mvc.perform(get("/cashier/receipts/" + r.id()).with(user(teller)))
			.andExpect(content().string(containsString("管家物业服务有限公司 " + communityName)))
			.andExpect(content().string(containsString("钱业主")))
			.andExpect(content().string(containsString("贰佰陆拾捌元伍角整")))
			.andExpect(content().string(containsString(teller.displayName())))
			.andExpect(content().string(containsString("收款人（签字）")))
			.andExpect(content().string(containsString("交款人（签字）")));
	}

	/**
	 * Item 17: the cashier finds a unit by the owner's name or phone digits and sees the
	 * owner; once the day is closed the page says so instead of offering to take money.
	 */
	@Test
	void theCashierFindsAUnitByTheOwner_aClosedDayIsSaidNotFailedAfterSubmit() throws Exception {
		mvc.perform(get("/cashier").param("q", "钱业主").with(user(teller)))
			.andExpect(content().string(containsString("8-1-801")));
		mvc.perform(get("/cashier").param("q", mobile.substring(mobile.length() - 4)).with(user(teller)))
			.andExpect(content().string(containsString("8-1-801")))
			.andExpect(content().string(containsString("钱业主")));
		mvc.perform(get("/cashier/units/" + unit.id()).with(user(teller)))
			.andExpect(content().string(containsString("id=\"pay\"")))
			.andExpect(content().string(containsString("钱业主")));
		as(teller, () -> closes.close(community, new CloseCommand(DailyCloseView.HandedTo.FINANCE, null)));
		mvc.perform(get("/cashier/units/" + unit.id()).with(user(teller)))
			.andExpect(content().string(containsString("今日已日结")))
			.andExpect(content().string(not(containsString("id=\"pay\""))));
	}

	/**
	 * Item 9, seed 004 "每工作日結束前半小時": on a working day ending 17:30 (the standard
	 * calendar) the cashiers are reminded from 17:00, once however often it is checked.
	 */
	@Test
	void theCashiersAreRemindedHalfAnHourBeforeTheBusinessDayEnds() throws Exception {
		// Monday 30 November 2026, 16:59 and 17:00 in Shanghai
		assertThat(closes.remindIfDue(community, Instant.parse("2026-11-30T08:59:00Z"))).isFalse();
		assertThat(closes.remindIfDue(community, Instant.parse("2026-11-30T09:00:00Z"))).isTrue();
		assertThat(closes.remindIfDue(community, Instant.parse("2026-11-30T09:10:00Z"))).isFalse();
		// Saturday 5 December is no working day
		assertThat(closes.remindIfDue(community, Instant.parse("2026-12-05T09:00:00Z"))).isFalse();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> mvc.perform(get("/api/notifications").with(user(teller)))
				.andExpect(jsonPath("$[*].text", hasItem(containsString("今日营业将于 17:30 结束")))));
	}

}
