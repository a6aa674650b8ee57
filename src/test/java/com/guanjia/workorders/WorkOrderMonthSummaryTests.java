package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R3.8, R5.3: the month-end summary of November 2026 over hand-made orders, by kind and
 * by department, adding up to the indicators' totals; the unfinished orders carried to
 * December; the printable page and the workbook; supervisors only, each community its
 * own.
 */
@GuanjiaTest
class WorkOrderMonthSummaryTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderIndicators indicators;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long community;

	long engineering;

	long cleaning;

	StaffUser supervisor;

	final AtomicInteger seq = new AtomicInteger();

	@BeforeEach
	void setUp() {
		community = fixtures.community("汇总花园").id();
		engineering = orders.department(community, "ENGINEERING");
		cleaning = orders.department(community, "CLEANING");
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		// E1 from October, still open. E2 from October, closed on time in November. E3
		// closed late.
		order("E1", "IN_UNIT_REPAIR", "DISPATCHED", engineering, "2026-10-20T02:00:00Z", null, null,
				"2026-10-23T02:00:00Z");
		long e2 = order("E2", "IN_UNIT_REPAIR", "CLOSED", engineering, "2026-10-25T02:00:00Z", "2026-11-02T02:00:00Z",
				"2026-11-03T02:00:00Z", "2026-11-05T02:00:00Z");
		order("E3", "IN_UNIT_REPAIR", "CLOSED", engineering, "2026-11-05T02:00:00Z", "2026-11-09T02:00:00Z",
				"2026-11-10T02:00:00Z", "2026-11-08T02:00:00Z");
		// C1 help done the same day; C2 public repair still being worked; N1 a complaint
		// not yet dispatched.
		order("C1", "HELP", "CLOSED", cleaning, "2026-11-10T02:00:00Z", "2026-11-10T05:00:00Z", "2026-11-10T06:00:00Z",
				"2026-11-11T02:00:00Z");
		order("C2", "PUBLIC_REPAIR", "ACCEPTED", cleaning, "2026-11-20T02:00:00Z", null, null, "2026-11-23T02:00:00Z");
		order("N1", "COMPLAINT", "RECEIVED", null, "2026-11-28T02:00:00Z", null, null, "2026-11-30T02:00:00Z");
		// Outside November: one of September closed in October, one taken in on 1
		// December.
		order("Z", "IN_UNIT_REPAIR", "CLOSED", engineering, "2026-09-01T02:00:00Z", "2026-09-30T02:00:00Z",
				"2026-10-01T02:00:00Z", null);
		order("X", "HELP", "RECEIVED", cleaning, "2026-12-01T02:00:00Z", null, null, null);
		jdbc.sql("""
				insert into return_visit (community_id, work_order_id, round, due_at, done_at, satisfied, score)
				values (?, ?, 1, ?, ?, true, 4)""")
			.params(community, e2, ts("2026-11-05T02:00:00Z"), ts("2026-11-05T03:00:00Z"))
			.update();
	}

	long order(String name, String kind, String status, @Nullable Long department, String created,
			@Nullable String completed, @Nullable String closed, @Nullable String due) {
		return jdbc.sql("""
				insert into work_order (community_id, number, kind, status, description, created_at, created_by,
				  completed_at, closed_at, due_at, department_id, technician_name)
				values (?, ?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?) returning id""")
			.params(community, number(name), kind, status, "描述" + name, ts(created), ts(completed), ts(closed), ts(due),
					department, department == null ? null : "王师傅")
			.query(Long.class)
			.single();
	}

	String number(String name) {
		return "S" + community + "-" + name;
	}

	static @Nullable OffsetDateTime ts(@Nullable String s) {
		return s == null ? null : OffsetDateTime.ofInstant(Instant.parse(s), ZoneOffset.UTC);
	}

	@Test
	void byKindAndDepartmentAddUpToTheIndicatorsAndTheUnfinishedRollOver() {
		MonthSummary s = Fixtures.as(supervisor, () -> indicators.monthSummary(community, YearMonth.of(2026, 11)));
		IndicatorReport r = s.report();
		assertThat(r.openAtStart()).isEqualTo(2); // E1 E2
		assertThat(r.received()).isEqualTo(4); // E3 C1 C2 N1
		assertThat(r.closed()).isEqualTo(3); // E2 E3 C1
		assertThat(r.closedOnTime()).isEqualTo(2); // E2 C1
		assertThat(r.openAtEnd()).isEqualTo(3); // E1 C2 N1
		assertThat(s.onTimeRate()).isEqualByComparingTo("66.7");
		assertThat(s.byKind()).extracting(MonthSummary.Row::kind)
			.containsExactly(WorkOrderKind.IN_UNIT_REPAIR, WorkOrderKind.PUBLIC_REPAIR, WorkOrderKind.COMPLAINT,
					WorkOrderKind.HELP);
		assertThat(s.byKind().get(0)).satisfies(k -> {
			assertThat(List.of(k.carriedIn(), k.received(), k.closed(), k.closedOnTime(), k.carriedOut()))
				.containsExactly(2L, 1L, 2L, 1L, 1L);
			assertThat(k.onTimeRate()).isEqualByComparingTo("50.0");
		});
		assertThat(s.byDepartment()).extracting(MonthSummary.Row::department).containsExactly("保洁部", "工程部", null);
		assertThat(s.byDepartment().get(0)).satisfies(
				d -> assertThat(List.of(d.carriedIn(), d.received(), d.closed(), d.closedOnTime(), d.carriedOut()))
					.containsExactly(0L, 2L, 1L, 1L, 1L));
		for (List<MonthSummary.Row> rows : List.of(s.byKind(), s.byDepartment())) {
			assertThat(sum(rows, MonthSummary.Row::carriedIn)).isEqualTo(r.openAtStart());
			assertThat(sum(rows, MonthSummary.Row::received)).isEqualTo(r.received());
			assertThat(sum(rows, MonthSummary.Row::closed)).isEqualTo(r.closed());
			assertThat(sum(rows, MonthSummary.Row::closedOnTime)).isEqualTo(r.closedOnTime());
			assertThat(sum(rows, MonthSummary.Row::carriedOut)).isEqualTo(r.openAtEnd());
		}
		assertThat(s.carriedOver()).extracting(MonthSummary.CarriedOrder::number)
			.containsExactly(number("E1"), number("C2"), number("N1"));
		assertThat(s.carriedOverCut()).isFalse();
	}

	static long sum(List<MonthSummary.Row> rows, ToLongFunction<MonthSummary.Row> f) {
		return rows.stream().mapToLong(f).sum();
	}

	@Test
	void thePrintablePageAndTheWorkbook() throws Exception {
		mvc.perform(get("/work-orders/month-summary").param("month", "2026-11").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("汇总花园 · 2026年11月")))
			.andExpect(content().string(containsString("未派单")))
			.andExpect(content().string(containsString("工程部")))
			.andExpect(content().string(containsString("66.7%")))
			.andExpect(content().string(containsString(number("E1"))))
			.andExpect(content().string(containsString(number("N1"))))
			.andExpect(content().string(not(containsString(number("E3")))))
			.andExpect(content().string(containsString("data-print")));
		mvc.perform(
				get("/work-orders/month-summary").param("month", "2026-11").param("lang", "en").with(user(supervisor)))
			.andExpect(content().string(containsString("Unfinished orders carried over to next month")))
			.andExpect(content().string(containsString("11/2026")));
		byte[] xlsx = mvc
			.perform(get("/work-orders/month-summary/export").param("month", "2026-11").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XlsxExport.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(wb.getNumberOfSheets()).isEqualTo(4);
			Sheet figures = wb.getSheet("汇总");
			assertThat(figures.getRow(3).getCell(0).getStringCellValue()).isEqualTo("本月受理");
			assertThat(figures.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(4.0);
			Sheet kinds = wb.getSheet("按类型");
			assertThat(kinds.getLastRowNum()).isEqualTo(5); // header, four kinds, total
			assertThat(kinds.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(kinds.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(4.0);
			Sheet carried = wb.getSheet("结转工单");
			assertThat(carried.getLastRowNum()).isEqualTo(3);
			assertThat(carried.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number("E1"));
		}
		mvc.perform(get("/work-orders/month-summary").param("month", "11月").with(user(supervisor)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void agentsAreRefusedAndAnotherCommunitySeesOnlyItsOwn() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/work-orders/month-summary").with(user(agent))).andExpect(status().isForbidden());
		mvc.perform(get("/work-orders/month-summary/export").with(user(agent))).andExpect(status().isForbidden());
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, fixtures.community("别的花园").id());
		mvc.perform(get("/work-orders/month-summary").param("month", "2026-11").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(number("E1")))))
			.andExpect(content().string(containsString("没有结转下月的工单")));
		mvc.perform(
				post("/community").with(user(stranger)).with(csrf()).param("communityId", String.valueOf(community)))
			.andExpect(status().isForbidden());
	}

}
