package com.guanjia.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.MutableClock;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
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
 * R10.3 (seed 003: "收发业户信件，将入住业户的信件投放至信箱，电话或短信告知业户信息"): a letter or parcel is logged per
 * unit, the owners are told by SMS through the outbox, once; it is handed to a named
 * person or put in the letterbox with who and when; what waits is listed by age.
 */
@com.guanjia.support.GuanjiaTest
class MailDeskTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ResultActions post(String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(agent)));
	}

	long log(String kind) throws Exception {
		String json = post("/api/mail-items",
				"""
						{"communityId": %d, "unitId": %d, "kind": "%s", "addressee": "王建国", "trackingNo": "SF1234567890"}"""
					.formatted(community, unit, kind))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("WAITING"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void theOwnersAreToldOnceThroughTheOutbox() throws Exception {
		Person wang = people.owner(community, unit, "王建国");
		Person li = people.owner(community, unit, "李秀英");
		long mail = log("PARCEL");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(sms(mail)).containsExactlyInAnyOrder(wang.mobile(), li.mobile()));
		assertThat(jdbc.sql("select text from notification_outbox where community_id = ? and event_key like ?")
			.params(community, "mail:" + mail + ":%")
			.query(String.class)
			.list()).isNotEmpty().allSatisfy(text -> assertThat(text).contains("3-2-1502", "包裹"));
		// Handing it over or logging another item tells nobody about this one again.
		post("/api/mail-items/" + mail + "/hand-over", "{\"handedTo\": \"王建国\"}");
		log("LETTER");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(outboxOfUnit()).isEqualTo(4));
		assertThat(sms(mail)).hasSize(2);
	}

	@Test
	void handedOverOrBoxedWithWhoAndWhen_andWhatWaitsIsListedByAge() throws Exception {
		long parcel = log("PARCEL");
		long letter = log("LETTER");
		clock.advance(Duration.ofDays(3));
		mvc.perform(get("/api/mail-items").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].id").value(parcel))
			.andExpect(jsonPath("$[0].ageDays").value(3));
		mvc.perform(get("/mail").with(user(agent))).andExpect(content().string(containsString("已等 3 天")));
		post("/api/mail-items/" + parcel + "/hand-over", "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("handedTo"));
		post("/api/mail-items/" + parcel + "/hand-over", "{\"handedTo\": \"王建国（业主本人）\"}")
			.andExpect(jsonPath("$.status").value("COLLECTED"))
			.andExpect(jsonPath("$.handedTo").value("王建国（业主本人）"))
			.andExpect(jsonPath("$.handedBy").value(agent.getUsername()))
			.andExpect(jsonPath("$.handedAt").exists());
		post("/api/mail-items/" + parcel + "/box", "").andExpect(status().isUnprocessableEntity());
		post("/api/mail-items/" + letter + "/box", "").andExpect(jsonPath("$.status").value("BOXED"));
		mvc.perform(get("/api/mail-items").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/mail-items/" + letter + "/history").with(user(agent)))
			.andExpect(jsonPath("$[1].actionKey").value("mail.action.BOX"));
	}

	private List<String> sms(long mail) {
		return jdbc.sql("""
				select recipient_phone from notification_outbox where community_id = ? and event_key like ?
				  and channel = 'SMS'""").params(community, "mail:" + mail + ":%").query(String.class).list();
	}

	private long outboxOfUnit() {
		return jdbc.sql("select count(*) from notification_outbox where community_id = ? and event_key like 'mail%'")
			.param(community)
			.query(Long.class)
			.single();
	}

}
