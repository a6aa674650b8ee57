package com.guanjia.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.scheduling.Deadlines.CheckResult;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R2.2: a reply agreed with a resident is tracked. The agent is warned in the app when
 * the rule's warning share (80% by default) of the time until the agreed reply has
 * passed, and again when it is late; the agent's queue on the desk page marks it due,
 * then late.
 */
@GuanjiaTest
class DeskReplyReminderTests {

	static final Instant START = TestClockConfiguration.START;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	long community;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("星河湾").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(START);
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(agent)));
	}

	List<String> notices() throws Exception {
		String json = mvc.perform(get("/api/notifications").with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$[*].text");
	}

	/** The agent's queue entry for the record on the desk page. */
	String queueEntry(long id) throws Exception {
		String html = mvc.perform(get("/desk").with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("<li[^>]*id=\"reply-" + id + "\".*?</li>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("record %d is in the agent's reply queue", id).isTrue();
		return m.group();
	}

	@Test
	void theAgentIsWarnedBeforeTheAgreedReplyTimeAndTheQueueShowsDueThenLate() throws Exception {
		String created = post("/api/reception-records", """
				{"communityId": %d, "channel": "PHONE", "callerName": "钱女士", "callerPhone": "13600002222",
				 "question": "车位租赁合同能否续签三年"}""".formatted(community)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		// Agreed reply 10 hours from now (20:00 in Shanghai): the warning is due after 8
		// hours.
		post("/api/reception-records/" + id + "/handling",
				"{\"handler\": \"管理处李经理\", \"agreedReplyAt\": \"2026-11-30T12:00:00Z\"}")
			.andExpect(status().isOk());
		String soon = "来访记录 " + id + " 约定的回复时间 11-30 20:00 快到了";
		String late = "来访记录 " + id + " 约定的回复时间 11-30 20:00 已到";

		clock.set(START.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(50)));
		assertThat(deadlines.check(community)).as("nothing due yet").isEqualTo(new CheckResult(0, 0));
		assertThat(queueEntry(id)).contains("data-late=\"false\"").contains("未到期").doesNotContain("已超时");
		assertThat(notices()).noneMatch(t -> t.startsWith(soon));

		clock.set(START.plus(Duration.ofHours(8)).plus(Duration.ofMinutes(1)));
		assertThat(deadlines.check(community)).as("the reply clock warns").isEqualTo(new CheckResult(1, 0));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notices()).anyMatch(t -> t.startsWith(soon)));
		assertThat(notices()).noneMatch(t -> t.startsWith(late));
		assertThat(queueEntry(id)).contains("data-late=\"false\"").contains("未到期");
		// A second check does not warn twice: the check itself fires nothing (what it
		// does synchronously), and no second notice arrives later either.
		assertThat(deadlines.check(community)).as("checking again").isEqualTo(new CheckResult(0, 0));
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(notices()).filteredOn(t -> t.startsWith(soon)).hasSize(1));

		clock.set(START.plus(Duration.ofHours(10)).plus(Duration.ofMinutes(1)));
		assertThat(deadlines.check(community)).as("the reply clock breaches").isEqualTo(new CheckResult(0, 1));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notices()).anyMatch(t -> t.startsWith(late)));
		assertThat(queueEntry(id)).contains("data-late=\"true\"").contains("已超时").contains("text-bg-danger");

		// Replied (late): the record leaves the queue.
		post("/api/reception-records/" + id + "/reply", "{\"reply\": \"可以续签，请带合同到服务中心\"}").andExpect(status().isOk());
		String html = mvc.perform(get("/desk").with(user(agent))).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("id=\"reply-" + id + "\"");
	}

}
