package com.guanjia.platform;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentUpload;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.arrears.Dunning;
import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.carpark.ShiftLogs;
import com.guanjia.carpark.ShiftLogs.OpenShift;
import com.guanjia.cashier.Cashier;
import com.guanjia.cashier.PaymentCommand;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.goods.GoodsItem;
import com.guanjia.goods.GoodsPasses;
import com.guanjia.goods.RequestPass;
import com.guanjia.goods.RequesterKind;
import com.guanjia.carpark.EnterVehicle;
import com.guanjia.carpark.Gate;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.keys.KeyCommands.LogMail;
import com.guanjia.keys.MailDesk;
import com.guanjia.keys.MailKind;
import com.guanjia.movein.ApplicantKind;
import com.guanjia.movein.MoveInCommands.OpenMoveIn;
import com.guanjia.movein.MoveIns;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 19: every time a page shows is in the community's zone (the dunning log
 * once showed UTC) — the modules' pages beyond the desk and the work orders
 * ({@code PageTimesInCommunityZoneTests}). A community in Los Angeles acts at the test
 * clock's start, 2026-11-30 02:00 UTC: 2026-11-29 18:00 there, 10:00 in Shanghai (the
 * zone the code once fell back to) and 02:00 in UTC (the JVM's default here). Each page
 * shows 18:00 and neither other hour.
 */
@GuanjiaTest
class PageTimesAcrossModulesTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	CommunityManagement communities;

	@Autowired
	BillingRuns runs;

	@Autowired
	Dunning dunning;

	@Autowired
	MailDesk mail;

	@Autowired
	Gate gate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ShiftLogs shifts;

	@Autowired
	GoodsPasses passes;

	@Autowired
	PeopleFixtures people;

	@Autowired
	Ledger ledger;

	@Autowired
	Cashier cashier;

	@Autowired
	UnitDocuments documents;

	@Autowired
	MoveIns moveIns;

	@Test
	void theModulesPagesShowTheCommunitysLocalTime() throws Exception {
		long community = as(Fixtures.ROOT, () -> communities.create(new CommunityCommand(Fixtures.unique("LA"),
				"Palm Court", "1 Test Road", "America/Los_Angeles", new BigDecimal("1.50"))))
			.id();
		long building = fixtures.building(community, "1").id();
		long unit = fees.unit(community, building, "101", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1)).id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		StaffUser guard = fixtures.staff(Role.GUARD, community);

		// the dunning log (arrears): a reminder of an overdue October bill
		as(manager, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
		as(manager, () -> dunning.record(unit, "REMINDER", "SMS", "短信提醒", null));
		// a letter logged at the desk
		long letter = as(manager, () -> mail.log(community, new LogMail(unit, MailKind.LETTER, "Ms Lee", null, null)))
			.id();
		// a car that entered at the gate
		long stay = as(guard, () -> gate.enter(community, new EnterVehicle("粤B12345", true, null, false, null, null)))
			.id();
		// a shift opened at the car park
		long shift = as(guard, () -> shifts.open(community, new OpenShift("中班", "1号岗", null))).id();
		// a goods pass for a tenant, valid this evening
		long tenant = people.tenant(community, unit, "Ms Lee").partyId();
		long pass = as(manager,
				() -> passes.request(community,
						new RequestPass(unit, RequesterKind.TENANT, tenant, null, null, List.of(new GoodsItem("冰箱", 1)),
								null, LocalDateTime.parse("2026-11-29T19:00"), LocalDateTime.parse("2026-11-29T23:00"),
								null)))
			.id();
		// a move-in case opened for the owner of an unsold flat
		long flat = fees.unit(community, building, "102", "90.00", UnitState.UNSOLD, null).id();
		long owner = people.owner(community, flat, "Mr Chen").partyId();
		long moveIn = as(manager, () -> moveIns.open(community, new OpenMoveIn(flat, ApplicantKind.OWNER, owner, null)))
			.id();
		// a notice to the manager
		jdbc.sql("""
				insert into notification (community_id, event_key, recipient_staff_id, message_key, args, created_at)
				values (?, ?, ?, 'notifications.title', '{}', ?)""")
			.params(community, Fixtures.unique("zone"), manager.staffId(),
					OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC))
			.update();

		assertLocal(manager, "/arrears/units/" + unit);
		assertLocal(manager, "/audit?communityId=" + community);
		assertLocal(manager, "/mail/" + letter);
		assertLocal(manager, "/notifications");
		assertLocal(guard, "/carpark/stays/" + stay);
		assertLocal(guard, "/carpark/shifts/" + shift);
		assertLocal(manager, "/goods/passes/" + pass);
		assertLocal(manager, "/move-ins/" + moveIn);
		// the receipt of a payment taken now is of the local business day, the 29th
		StaffUser teller = fixtures.staff(Role.CASHIER, community);
		List<Long> lines = as(teller, () -> ledger.lines(unit, true)).stream().map(Line::id).toList();
		long receipt = as(teller, () -> cashier.pay(new PaymentCommand(unit, lines, PaymentMethod.CASH,
				new BigDecimal("200"), null, null, Fixtures.unique("pay"))))
			.id();
		String text = mvc.perform(get("/cashier/receipts/" + receipt).with(user(teller)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(text).contains("2026-11-29").doesNotContain("2026-11-30");
		// the dates of the unit's fee entries and archive documents are local dates too
		as(manager, () -> documents.upload(unit, new DocumentUpload(DocumentType.PURCHASE_CONTRACT, "合同", "c.pdf",
				"%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII))));
		for (String page : List.of("/units/" + unit + "/fees", "/units/" + unit + "/log")) {
			String panel = mvc.perform(get(page).with(user(manager))).andReturn().getResponse().getContentAsString();
			assertThat(panel).as(page).contains("2026-11-29").doesNotContain("2026-11-30");
		}
	}

	private void assertLocal(StaffUser who, String page) throws Exception {
		String html = mvc.perform(get(page).with(user(who))).andReturn().getResponse().getContentAsString();
		String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
		assertThat(text).as(page).contains("18:00").doesNotContain("02:00").doesNotContain("10:00");
	}

}
