package com.guanjia.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderFixtures;
import com.guanjia.workorders.WorkOrderView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The manager's deadline page (R4.2, R3.2, R5.1, R2.2): every rule in words staff use,
 * changed per community with mistakes shown by field and nothing saved; the
 * business-hours calendar with working hours, holidays and make-up days (调休); supervisors
 * read, others are refused.
 */
@GuanjiaTest
class DeadlinePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	DeadlineSettings settings;

	long community;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("时限花园").id();
		manager = fixtures.staff(Role.MANAGER, community);
	}

	@Test
	void showsTheRulesInWordsAndAChangedRuleTimesTheNextComplaint() throws Exception {
		mvc.perform(get("/deadline-settings").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重大投诉")))
			.andExpect(content().string(containsString("当天上报管理处经理，2天内明确答复，10天内解决")))
			.andExpect(content().string(containsString("1小时内转呈部门主管，3天内处理完毕")))
			.andExpect(content().string(containsString("30分钟内到场")))
			.andExpect(content().string(containsString("渗漏维修试水后3天内回访")))
			.andExpect(content().string(containsString("2小时内恢复供水供电")))
			.andExpect(content().string(containsString("在与住户约定的时间前回复")));
		mvc.perform(get("/deadline-settings").param("lang", "en").with(user(manager)))
			.andExpect(content().string(containsString(
					"report to the centre manager the same day, give a clear answer within 2 days, resolve within 10 days")));
		mvc.perform(get("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10天内解决")));

		mvc.perform(post("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "7")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "75"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "已保存：7天内解决"));
		mvc.perform(get("/deadline-settings").with(user(manager)))
			.andExpect(content().string(containsString("当天上报管理处经理，2天内明确答复，7天内解决")))
			.andExpect(content().string(containsString("本项目规定")))
			.andExpect(content().string(containsString("用时 75% 预警")));
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		WorkOrderView complaint = orders.complaint(agent, community, Severity.MAJOR, null);
		assertThat(complaint.dueAt()).isEqualTo(TestClockConfiguration.START.plus(Duration.ofDays(7)));

		mvc.perform(post("/deadline-settings/rules/COMPLAINT.IMPORTANT.ESCALATE").with(user(manager))
			.with(csrf())
			.param("amount", "90")
			.param("unit", "MINUTES")
			.param("mode", "BUSINESS")
			.param("warnPercent", "80")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/deadline-settings/rules/COMPLAINT.MAJOR.ESCALATE").with(user(manager))
			.with(csrf())
			.param("sameDay", "true")
			.param("mode", "BUSINESS")
			.param("warnPercent", "50")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/deadline-settings").with(user(manager)))
			.andExpect(content().string(containsString("90分钟（工作时间）内转呈部门主管")))
			.andExpect(content().string(containsString("当个工作日下班前上报管理处经理")));

		mvc.perform(post("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE/default").with(user(manager)).with(csrf()))
			.andExpect(flash().attribute("flash", "已恢复公司默认：10天内解决"));
		assertThat(Fixtures.as(manager, () -> settings.rules(community)))
			.extracting(DeadlineSettings.RuleSetting::ruleKey)
			.doesNotContain("COMPLAINT.MAJOR.RESOLVE");
	}

	@Test
	void badInputIsShownByFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post("/deadline-settings/rules/REPAIR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "1")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "80")).andExpect(status().isNotFound());
		mvc.perform(post("/deadline-settings/rules/IN_UNIT_REPAIR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("应在 1 到 366 之间")))
			.andExpect(content().string(containsString("应在 1 到 100 之间")));
		mvc.perform(post("/deadline-settings/rules/IN_UNIT_REPAIR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "两天")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/deadline-settings/rules/IN_UNIT_REPAIR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "2")
			.param("unit", "DAYS")
			.param("mode", "BUSINESS")
			.param("warnPercent", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只计工作时间时请按小时或分钟填写")));
		assertThat(Fixtures.as(manager, () -> settings.rules(community))).isEmpty();

		mvc.perform(post("/deadline-settings/hours").with(user(manager))
			.with(csrf())
			.param("opens", "18:00")
			.param("closes", "09:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("下班时间必须晚于上班时间")));
		mvc.perform(post("/deadline-settings/hours").with(user(manager))
			.with(csrf())
			.param("opens", "9点")
			.param("closes", "")).andExpect(status().isOk()).andExpect(content().string(containsString("请输入有效时间")));
		mvc.perform(post("/deadline-settings/days").with(user(manager))
			.with(csrf())
			.param("day", "2027-02-16")
			.param("to", "2027-02-10")
			.param("kind", "HOLIDAY")
			.param("name", "春节"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期应在开始日期当天或之后")));
		mvc.perform(post("/deadline-settings/days").with(user(manager))
			.with(csrf())
			.param("day", "")
			.param("kind", "HOLIDAY")).andExpect(status().isOk()).andExpect(content().string(containsString("必填")));
		BusinessCalendar calendar = Fixtures.as(manager, () -> settings.calendarOf(community));
		assertThat(calendar.opens()).isEqualTo(BusinessCalendar.STANDARD.opens());
		assertThat(calendar.holidays()).isEmpty();
	}

	@Test
	void theManagerKeepsWorkingHoursHolidaysAndMakeUpDays() throws Exception {
		mvc.perform(post("/deadline-settings/hours").with(user(manager))
			.with(csrf())
			.param("opens", "09:00")
			.param("closes", "18:00")).andExpect(flash().attribute("flash", "工作时间已改为 09:00–18:00"));
		mvc.perform(post("/deadline-settings/days").with(user(manager))
			.with(csrf())
			.param("day", "2027-02-10")
			.param("to", "2027-02-16")
			.param("kind", "HOLIDAY")
			.param("name", "春节")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/deadline-settings/days").with(user(manager))
			.with(csrf())
			.param("day", "2027-02-07")
			.param("kind", "MAKEUP")
			.param("name", "春节调休")).andExpect(status().is3xxRedirection());
		BusinessCalendar calendar = Fixtures.as(manager, () -> settings.calendarOf(community));
		assertThat(calendar.opens()).isEqualTo(LocalTime.of(9, 0));
		assertThat(calendar.holidays()).hasSize(7).contains(LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 16));
		assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 7))).isTrue();
		mvc.perform(get("/deadline-settings").with(user(manager)))
			.andExpect(content().string(containsString("value=\"09:00\"")))
			.andExpect(content().string(containsString("春节调休")))
			.andExpect(content().string(containsString("2027-02-16")));
		mvc.perform(post("/deadline-settings/days/2027-02-16/remove").with(user(manager)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Fixtures.as(manager, () -> settings.calendarOf(community)).holidays()).hasSize(6);
	}

	@Test
	void supervisorsReadOthersAreRefusedAndEachCommunityHasItsOwn() throws Exception {
		StaffUser supervisor = fixtures.staff(Role.SUPERVISOR, community);
		mvc.perform(get("/deadline-settings").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10天内解决")))
			.andExpect(content().string(not(containsString("/deadline-settings/rules/"))))
			.andExpect(content().string(not(containsString("id=\"day-form\""))));
		mvc.perform(post("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE").with(user(supervisor))
			.with(csrf())
			.param("amount", "1")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "80")).andExpect(status().isForbidden());
		mvc.perform(post("/deadline-settings/hours").with(user(supervisor))
			.with(csrf())
			.param("opens", "09:00")
			.param("closes", "18:00")).andExpect(status().isForbidden());
		mvc.perform(post("/deadline-settings/days").with(user(supervisor))
			.with(csrf())
			.param("day", "2027-01-01")
			.param("kind", "HOLIDAY")).andExpect(status().isForbidden());
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/deadline-settings").with(user(agent))).andExpect(status().isForbidden());
		mvc.perform(get("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE").with(user(agent)))
			.andExpect(status().isForbidden());

		mvc.perform(post("/deadline-settings/rules/COMPLAINT.MAJOR.RESOLVE").with(user(manager))
			.with(csrf())
			.param("amount", "5")
			.param("unit", "DAYS")
			.param("mode", "CALENDAR")
			.param("warnPercent", "80")).andExpect(status().is3xxRedirection());
		long other = fixtures.community("别处花园").id();
		StaffUser otherManager = fixtures.staff(Role.MANAGER, other);
		mvc.perform(get("/deadline-settings").with(user(otherManager)))
			.andExpect(content().string(containsString("10天内解决")))
			.andExpect(content().string(not(containsString("5天内解决"))));
		mvc.perform(post("/community").with(user(otherManager))
			.with(csrf())
			.param("communityId", String.valueOf(community))).andExpect(status().isForbidden());
	}

}
