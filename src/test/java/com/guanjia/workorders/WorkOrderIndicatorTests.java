package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R4.5, R5.1, R16.1, R3.8: the indicators of November 2026 computed over a hand-made set
 * of orders, steps and visits whose figures were worked out by hand (see the comments).
 */
@GuanjiaTest
class WorkOrderIndicatorTests {

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

	StaffUser supervisor;

	final AtomicInteger seq = new AtomicInteger();

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		engineering = orders.department(community, "ENGINEERING");
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		// A: repair, closed on time. B: repair, closed late, escalated once.
		long a = order("IN_UNIT_REPAIR", "CLOSED", "2026-11-05T02:00:00Z", "2026-11-06T02:00:00Z",
				"2026-11-06T03:00:00Z", "2026-11-08T02:00:00Z");
		long b = order("IN_UNIT_REPAIR", "CLOSED", "2026-11-10T02:00:00Z", "2026-11-15T02:00:00Z",
				"2026-11-15T03:00:00Z", "2026-11-13T02:00:00Z");
		escalation(b, "2026-11-13T02:00:00Z");
		// C: complaint handled on time. D: complaint still open, escalated twice. I:
		// complaint completed late, not closed.
		long c = order("COMPLAINT", "CLOSED", "2026-11-12T02:00:00Z", "2026-11-13T02:00:00Z", "2026-11-13T03:00:00Z",
				"2026-11-14T02:00:00Z");
		long d = order("COMPLAINT", "DISPATCHED", "2026-11-20T02:00:00Z", null, null, "2026-11-22T02:00:00Z");
		escalation(d, "2026-11-22T02:00:00Z");
		escalation(d, "2026-11-23T02:00:00Z");
		order("COMPLAINT", "COMPLETED", "2026-11-28T10:00:00Z", "2026-11-29T02:00:00Z", null, "2026-11-28T12:00:00Z");
		// E: enquiry from October, still open. F: suggestion from October, closed in
		// November (no due time).
		order("ENQUIRY", "DISPATCHED", "2026-10-20T02:00:00Z", null, null, null);
		order("SUGGESTION", "CLOSED", "2026-10-25T02:00:00Z", "2026-11-02T02:00:00Z", "2026-11-02T02:00:00Z", null);
		// G: help request six hours old. H: a cancelled repair.
		order("HELP", "RECEIVED", "2026-11-29T20:00:00Z", null, null, "2026-11-30T20:00:00Z");
		order("IN_UNIT_REPAIR", "CANCELLED", "2026-11-27T02:00:00Z", null, null, null);
		// Visits due in November: A done (5, satisfied), B not done, C done (3, not
		// satisfied). One due in December.
		visit(a, "2026-11-08T02:00:00Z", "2026-11-07T02:00:00Z", true, 5);
		visit(b, "2026-11-17T03:00:00Z", null, null, null);
		visit(c, "2026-11-15T03:00:00Z", "2026-11-16T02:00:00Z", false, 3);
		visit(d, "2026-12-02T02:00:00Z", "2026-12-01T02:00:00Z", true, 1);
	}

	long order(String kind, String status, String created, @Nullable String completed, @Nullable String closed,
			@Nullable String due) {
		return jdbc.sql("""
				insert into work_order (community_id, number, kind, status, description, created_at, created_by,
				  completed_at, closed_at, due_at, department_id, technician_id, technician_name)
				values (?, ?, ?, ?, 'x', ?, 'test', ?, ?, ?, ?, 901, '李师傅') returning id""")
			.params(community, "T-" + community + "-" + seq.incrementAndGet(), kind, status, ts(created), ts(completed),
					ts(closed), ts(due), engineering)
			.query(Long.class)
			.single();
	}

	void escalation(long order, String at) {
		jdbc.sql("""
				insert into work_order_step (community_id, work_order_id, occurred_at, actor, action, to_status)
				values (?, ?, ?, 'system', 'ESCALATE', 'DISPATCHED')""").params(community, order, ts(at)).update();
	}

	void visit(long order, String due, @Nullable String done, @Nullable Boolean satisfied, @Nullable Integer score) {
		jdbc.sql("""
				insert into return_visit (community_id, work_order_id, round, due_at, done_at, satisfied, score)
				values (?, ?, 1, ?, ?, ?, ?)""").params(community, order, ts(due), ts(done), satisfied, score).update();
	}

	static @Nullable OffsetDateTime ts(@Nullable String s) {
		return s == null ? null : OffsetDateTime.ofInstant(Instant.parse(s), ZoneOffset.UTC);
	}

	@Test
	void theFiguresOfNovemberMatchTheHandCount() {
		IndicatorReport r = Fixtures.as(supervisor, () -> indicators.month(community, YearMonth.of(2026, 11)));
		assertThat(r.received()).isEqualTo(7); // A B C D G H I
		assertThat(r.receivedByKind()).containsEntry(WorkOrderKind.IN_UNIT_REPAIR, 3L)
			.containsEntry(WorkOrderKind.COMPLAINT, 3L)
			.containsEntry(WorkOrderKind.HELP, 1L);
		assertThat(r.closed()).isEqualTo(4); // A B C F
		assertThat(r.closedOnTime()).isEqualTo(3); // A C F
		assertThat(r.complaintsReceived()).isEqualTo(3);
		assertThat(r.complaintsHandled()).isEqualTo(1);
		assertThat(r.complaintHandlingRate()).isEqualByComparingTo("33.3");
		assertThat(r.complaintsCompleted()).isEqualTo(2); // C on time, I late
		assertThat(r.complaintTimeliness()).isEqualByComparingTo("50.0");
		assertThat(r.visitsDue()).isEqualTo(3);
		assertThat(r.visitsDone()).isEqualTo(2);
		assertThat(r.returnVisitRate()).isEqualByComparingTo("66.7");
		assertThat(r.complaintReturnVisitRate()).isEqualByComparingTo("100.0");
		assertThat(r.satisfactionAverage()).isEqualByComparingTo(new BigDecimal("4.00"));
		assertThat(r.dissatisfied()).isEqualTo(1);
		assertThat(r.openAtStart()).isEqualTo(2); // E F
		assertThat(r.openAtEnd()).isEqualTo(4); // D E G I
		assertThat(r.openByAge()).extracting(IndicatorReport.AgeBucket::count).containsExactly(1L, 1L, 0L, 1L, 1L);
		assertThat(r.breachesByDepartment()).singleElement().satisfies(b -> {
			assertThat(b.id()).isEqualTo(engineering);
			assertThat(b.count()).isEqualTo(3);
		});
		assertThat(r.breachesByPerson()).singleElement().satisfies(b -> {
			assertThat(b.name()).isEqualTo("李师傅");
			assertThat(b.count()).isEqualTo(3);
		});
	}

	@Test
	void theSupervisorSeesThePageAndTheApiAndAnAgentDoesNot() throws Exception {
		mvc.perform(get("/api/work-order-indicators").param("communityId", String.valueOf(community))
			.param("month", "2026-11")
			.with(user(supervisor)))
			.andExpect(jsonPath("$.received").value(7))
			.andExpect(jsonPath("$.complaintHandlingRate").value(33.3));
		mvc.perform(get("/indicators").param("month", "2026-11").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("echarts.min.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("33.3%")));
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/api/work-order-indicators").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(status().isForbidden());
	}

}
