package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.DeadlineState;
import com.guanjia.scheduling.DeadlineView;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Issue 10 item 3 (R4.3). Seed 002, 投诉处理内部工作程序: "相关部门直接责任人第一时间与客户取得联系，进一步明确事由后迅速协调处理并跟踪落实
 * …并在当天将投诉处理结果通报投诉住户；通报可采用电话或上门当面告知的方式"; seed 001: "安排区域客服管家进行跟进处理". The first contact
 * with the resident is recorded (when, phone or in person, who) by anyone of the
 * department the complaint is routed to — a butler, its head, a supervisor — not only a
 * technician; and a clock says the resident must hear from us by the end of the day the
 * complaint came in, in the community's zone.
 */
@GuanjiaTest
class ComplaintFirstContactTests {

	/** 2026-11-30 10:00 in Shanghai. */
	static final Instant NOW = TestClockConfiguration.START;

	/** The end of 2026-11-30 in Shanghai. */
	static final Instant MIDNIGHT = Instant.parse("2026-11-30T16:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderIntake intake;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	long community;

	long customerService;

	StaffUser agent;

	StaffUser butler;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("金桂园").id();
		customerService = orders.department(community, "CUSTOMER_SERVICE");
		agent = fixtures.staff(Role.AGENT, community);
		butler = orders.staffIn(Role.BUTLER, community, "CUSTOMER_SERVICE");
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	WorkOrderView complaint() {
		return Fixtures.as(agent,
				() -> intake.open(community,
						OpenWorkOrder.of(WorkOrderKind.COMPLAINT)
							.reporter(null, "韩女士", "13600005555")
							.description("管家答应的事三天没有回音")
							.complaint(Severity.MINOR, "客服部", "给个说法", null)
							.department(customerService)
							.build()));
	}

	DeadlineView tell(WorkOrderView c) {
		return deadlines.of(community, Deadlines.Subject.of("WORK_ORDER", c.id()))
			.stream()
			.filter(d -> d.kind() == DeadlineKind.TELL)
			.findFirst()
			.orElseThrow();
	}

	ResultActions contact(long id, StaffUser who, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/work-orders/" + id + "/contact")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	@Test
	void theResidentMustBeToldByTheEndOfTheDayOfReceiptInTheCommunitysZone() {
		WorkOrderView c = complaint();
		assertThat(tell(c).dueAt()).isEqualTo(MIDNIGHT);
		assertThat(tell(c).state()).isEqualTo(DeadlineState.RUNNING);
		// Nobody called: just after midnight in Shanghai the clock is late, like the
		// others.
		clock.set(MIDNIGHT.plus(Duration.ofMinutes(1)));
		deadlines.check(community);
		assertThat(tell(c).late()).isTrue();
		assertThat(tell(c).state()).isEqualTo(DeadlineState.BREACHED);
	}

	@Test
	void aButlerOfTheDepartmentRecordsTheFirstContactAndMeetsTheSameDayClock() throws Exception {
		WorkOrderView c = complaint();
		// Offered to the butler of the department, not dispatched to them yet, nor to a
		// technician of another department.
		mvc.perform(get("/api/work-orders/" + c.id()).with(user(butler)))
			.andExpect(jsonPath("$.actions", hasItem("CONTACT")));
		mvc.perform(get("/work-orders/" + c.id()).with(user(butler)))
			.andExpect(content().string(containsString("id=\"do-CONTACT\"")))
			.andExpect(content().string(containsString("尚未联系")));
		mvc.perform(get("/api/work-orders/" + c.id()).with(user(technician)))
			.andExpect(jsonPath("$.actions", not(hasItem("CONTACT"))));
		contact(c.id(), technician, "{\"channel\": \"PHONE\"}").andExpect(status().isForbidden());

		// Bad input names the field; nothing is saved.
		contact(c.id(), butler, "{\"note\": \"已联系\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
		contact(c.id(), butler,
				"{\"channel\": \"PHONE\", \"contactedAt\": \"%s\"}".formatted(NOW.plus(Duration.ofHours(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactedAt"));
		contact(c.id(), butler,
				"{\"channel\": \"PHONE\", \"contactedAt\": \"%s\"}".formatted(NOW.minus(Duration.ofHours(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("contactedAt"))
			.andExpect(jsonPath("$.errors[0].message").value("联系时间不能早于受理时间"));
		assertThat(tell(c).state()).isEqualTo(DeadlineState.RUNNING);
		assertThat(firstContactAt(c)).isNull();

		// Another community's staff does not find it.
		long elsewhere = fixtures.community("别处").id();
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, elsewhere);
		contact(c.id(), stranger, "{\"channel\": \"PHONE\"}").andExpect(status().isNotFound());

		Instant called = NOW.plus(Duration.ofMinutes(20));
		clock.set(NOW.plus(Duration.ofMinutes(30)));
		contact(c.id(), butler,
				"{\"channel\": \"PHONE\", \"contactedAt\": \"%s\", \"note\": \"已致歉，今天下午上门\"}".formatted(called))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.firstContactAt").value(called.toString()))
			.andExpect(jsonPath("$.firstContactChannel").value("PHONE"))
			.andExpect(jsonPath("$.firstContactBy").value("师傅" + butler.getUsername()));
		assertThat(tell(c).state()).isEqualTo(DeadlineState.MET);
		assertThat(tell(c).late()).isFalse();

		// A later contact (the result told in person) is on the timeline; the first
		// stays.
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		contact(c.id(), supervisor, "{\"channel\": \"IN_PERSON\", \"note\": \"上门告知处理结果\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.firstContactAt").value(called.toString()))
			.andExpect(jsonPath("$.firstContactChannel").value("PHONE"));
		assertThat(jdbc.sql("""
				select count(*) from work_order_step where community_id = ? and work_order_id = ? and action = 'CONTACT'
				  and actor is not null""").params(community, c.id()).query(Long.class).single()).isEqualTo(2);
		mvc.perform(get("/work-orders/" + c.id()).with(user(butler)))
			.andExpect(content().string(containsString("2026-11-30 10:20 电话 师傅" + butler.getUsername())));
	}

	@Test
	void thePageRecordsAContactInTheCommunitysTimeAndShowsMistakes() throws Exception {
		WorkOrderView c = complaint();
		mvc.perform(MockMvcRequestBuilders.post("/work-orders/" + c.id() + "/CONTACT")
			.with(user(butler))
			.with(csrf())
			.param("contactChannel", "IN_PERSON")
			.param("contactedAt", "2026-11-30T09:00")
			.param("note", "上门")).andExpect(flash().attribute("error", containsString("联系时间")));
		assertThat(firstContactAt(c)).isNull();
		mvc.perform(MockMvcRequestBuilders.post("/work-orders/" + c.id() + "/CONTACT")
			.with(user(butler))
			.with(csrf())
			.param("contactChannel", "IN_PERSON")
			.param("contactedAt", "2026-11-30T10:00")
			.param("note", "上门")).andExpect(flash().attribute("error", (Object) null));
		assertThat(firstContactAt(c)).isEqualTo(NOW);
		assertThat(tell(c).state()).isEqualTo(DeadlineState.MET);
	}

	Instant firstContactAt(WorkOrderView c) {
		return jdbc.sql("select first_contact_at from work_order where community_id = ? and id = ?")
			.params(community, c.id())
			.query((rs, n) -> com.guanjia.platform.db.SqlTime.instant(rs, "first_contact_at"))
			.list()
			.get(0);
	}

}
