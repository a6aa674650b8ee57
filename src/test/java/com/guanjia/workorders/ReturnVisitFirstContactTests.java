package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 3 (R4.3, R5.1). Seed 002: "相关部门直接责任人第一时间与客户取得联系" and "回访中发现问题及时通知维修人员整改".
 * Before calling, the supervisor sees on the return-visit list when, how and by whom the
 * resident was first reached about each repair and complaint — or that nobody ever was. A
 * repair reached its resident when the technician agreed a visit time or was let in; a
 * door where nobody was home reached nobody.
 */
@GuanjiaTest
class ReturnVisitFirstContactTests {

	static final Instant START = TestClockConfiguration.START;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	WorkOrderQueries queries;

	@Autowired
	MutableClock clock;

	long community;

	long unit;

	StaffUser agent;

	StaffUser technician;

	@BeforeEach
	void setUp() {
		community = fixtures.community("云栖苑").id();
		long building = fixtures.building(community, "2").id();
		unit = fixtures.unit(community, building, "1", "302", "88.00").id();
		agent = fixtures.staff(Role.AGENT, community);
		technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
	}

	@AfterEach
	void resetClock() {
		clock.set(START);
	}

	void awaitVisit(WorkOrderView o) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Fixtures.as(agent, () -> queries.detail(o.ref())).visits(), v -> v.size() == 1);
	}

	/**
	 * Nobody home at 10:00; the technician then agrees 13:00 with the resident at 10:30,
	 * comes and does the work: the first contact is the agreement at 10:30.
	 */
	WorkOrderView repairReachedAtHalfPastTen() {
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", false);
		Fixtures.as(agent,
				() -> workflow.dispatch(o.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(o.ref()));
		Fixtures.as(technician, () -> workflow.nobodyHome(o.ref(), new WorkOrderCommands.NobodyHome(8, "门上留了联系卡")));
		clock.set(START.plus(Duration.ofMinutes(30)));
		Fixtures.as(technician,
				() -> workflow.book(o.ref(), new WorkOrderCommands.Book(START.plus(Duration.ofHours(3)))));
		clock.set(START.plus(Duration.ofHours(3)));
		Fixtures.as(technician, () -> workflow.arrive(o.ref()));
		Fixtures.as(technician,
				() -> workflow.complete(o.ref(), new WorkOrderCommands.Complete("换了水龙头阀芯", null, null)));
		awaitVisit(o);
		return o;
	}

	/** A complaint answered and closed without anyone recording a contact. */
	WorkOrderView complaintNeverReached() {
		WorkOrderView c = orders.complaint(agent, community, Severity.MINOR, null);
		Fixtures.as(agent,
				() -> workflow.dispatch(c.ref(), new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		Fixtures.as(technician, () -> workflow.accept(c.ref()));
		Fixtures.as(technician, () -> workflow.complete(c.ref(), new WorkOrderCommands.Complete("已整改", true, null)));
		Fixtures.as(agent, () -> workflow.close(c.ref(), new WorkOrderCommands.Note("已告知结果")));
		awaitVisit(c);
		return c;
	}

	@Test
	void theListShowsWhenHowAndByWhomEachResidentWasFirstReached() throws Exception {
		WorkOrderView repair = repairReachedAtHalfPastTen();
		WorkOrderView complaint = complaintNeverReached();

		String base = "$[?(@.workOrderId == %d)]";
		mvc.perform(get("/api/return-visits").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(base.formatted(repair.id()) + ".firstContact.how").value("APPOINTMENT"))
			.andExpect(jsonPath(base.formatted(repair.id()) + ".firstContact.at").value("2026-11-30T02:30:00Z"))
			.andExpect(jsonPath(base.formatted(repair.id()) + ".firstContact.by").value(technician.displayName()))
			.andExpect(jsonPath(base.formatted(complaint.id()) + ".firstContact")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())));

		String html = mvc.perform(get("/return-visits").with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card(html, repair.id())).contains("首次联系住户")
			.contains("11-30 10:30 约定上门时间 " + technician.displayName());
		assertThat(card(html, complaint.id())).contains("首次联系住户").contains("尚未联系");
	}

	static String card(String html, long workOrderId) {
		Matcher m = Pattern.compile("id=\"visit-" + workOrderId + "\".*?</form>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("the visit card of order %d", workOrderId).isTrue();
		return m.group();
	}

}
