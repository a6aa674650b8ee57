package com.guanjia.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 13: supervisors see their community's SMS and e-mail with the delivery
 * status of each (a page and the API) and send a failed one again; another community's
 * staff neither see nor retry them (403 for the list, 404 for a message, the data
 * unchanged), and roles without MESSAGE_OUTBOX get 403.
 */
@GuanjiaTest
class OutboxPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxDelivery delivery;

	@Autowired
	OutboxRows rows;

	@Autowired
	JdbcClient jdbc;

	long community;

	StaffUser supervisor;

	OutboxRows.Row logged;

	OutboxRows.Row failed;

	String phone;

	@BeforeEach
	void setUp() {
		community = fixtures.community("发件小区").id();
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
		phone = OutboxRows.phone();
		String code = Fixtures.unique("code:");
		notifications.queue(community, code, "SMS", null, null, phone, "notice.confirmationCode", "WO-20261130-0042",
				"2468");
		// the community's managers have no mobile: the escalation cannot go out
		String escalation = Fixtures.unique("escalated:");
		notifications.queue(community, escalation, "SMS", "MANAGER", null, null, "notice.escalated", "WO-20261130-0043",
				"#deadline.kind.RESPONSE", "12-01 10:00", "2");
		delivery.deliverDue(community);
		logged = rows.byKey(community, code);
		failed = rows.byKey(community, escalation);
		assertThat(logged.status()).isEqualTo("LOGGED");
		assertThat(failed.status()).isEqualTo("FAILED");
	}

	@Test
	void theSupervisorSeesEachMessageWithItsStatusAndARetryButtonForAFailedOne() throws Exception {
		mvc.perform(get("/outbox").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("确认码 2468")))
			.andExpect(content().string(containsString("仅记录到日志（未真正发送）")))
			.andExpect(content().string(containsString("发送失败")))
			.andExpect(content().string(containsString("no recipient address")))
			.andExpect(content().string(containsString("无手机号或邮箱")))
			.andExpect(content().string(containsString(phone)))
			.andExpect(content().string(containsString("/outbox/" + failed.id() + "/retry")))
			.andExpect(content().string(not(containsString("/outbox/" + logged.id() + "/retry"))))
			.andExpect(content().string(containsString("href=\"/outbox\"")));
		// the status filter answers htmx with the results alone
		mvc.perform(get("/outbox").param("status", "FAILED").header("HX-Request", "true").with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("WO-20261130-0043")))
			.andExpect(content().string(not(containsString("WO-20261130-0042"))))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/outbox").param("lang", "en").with(user(supervisor)))
			.andExpect(content().string(containsString("Logged only (not sent)")));
	}

	@Test
	void aRetriedMessageIsDueAgainAndTheRetryIsAudited() throws Exception {
		mvc.perform(post("/outbox/{id}/retry", failed.id()).with(user(supervisor)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/outbox#message-" + failed.id()));
		OutboxRows.Row again = rows.byKey(community, keyOf(failed.id()));
		assertThat(again.status()).isEqualTo("PENDING");
		assertThat(again.attempts()).isZero();
		assertThat(jdbc.sql("""
				select count(*) from audit_log where community_id = ? and entity_type = 'outboxMessage'
				  and entity_id = ? and action = 'retry'""")
			.params(community, String.valueOf(failed.id()))
			.query(Long.class)
			.single()).isEqualTo(1);
		// a message that has not failed cannot be retried
		mvc.perform(post("/api/notification-outbox/{id}/retry", logged.id()).with(user(supervisor)).with(csrf()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theApiListsTheCommunitysMessagesWithTheirDeliveryAndAttempts() throws Exception {
		mvc.perform(get("/api/notification-outbox").param("communityId", String.valueOf(community))
			.param("status", "LOGGED")
			.with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(logged.id()))
			.andExpect(jsonPath("$.items[0].status").value("LOGGED"))
			.andExpect(jsonPath("$.items[0].channel").value("SMS"))
			.andExpect(jsonPath("$.items[0].recipientPhone").value(phone))
			.andExpect(jsonPath("$.items[0].provider").value("log"))
			.andExpect(jsonPath("$.items[0].attempts").value(1));
		mvc.perform(get("/api/notification-outbox/{id}", failed.id()).with(user(supervisor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.message.status").value("FAILED"))
			.andExpect(jsonPath("$.message.lastError").value("no recipient address"))
			.andExpect(jsonPath("$.attempts[0].outcome").value("FAILED"));
		mvc.perform(get("/api/notification-outbox").param("communityId", String.valueOf(community))
			.param("status", "LOST")
			.with(user(supervisor)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("status")));
	}

	@Test
	void anotherCommunitysStaffNeitherSeeNorRetryAndOtherRolesHaveNoAccess() throws Exception {
		long other = fixtures.community("别的小区").id();
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, other);
		mvc.perform(
				get("/api/notification-outbox").param("communityId", String.valueOf(community)).with(user(stranger)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/notification-outbox/{id}", failed.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/notification-outbox/{id}/retry", failed.id()).with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/outbox/{id}/retry", failed.id()).with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/outbox").with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("WO-20261130-0043"))));
		assertThat(rows.byKey(community, keyOf(failed.id())).status()).isEqualTo("FAILED");

		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/outbox").with(user(agent))).andExpect(status().isForbidden());
		mvc.perform(get("/api/notification-outbox").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/").with(user(agent))).andExpect(content().string(not(containsString("href=\"/outbox\""))));
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		mvc.perform(get("/api/notification-outbox/{id}", failed.id()).with(user(manager))).andExpect(status().isOk());
	}

	String keyOf(long id) {
		return jdbc.sql("select event_key from notification_outbox where community_id = ? and id = ?")
			.params(community, id)
			.query(String.class)
			.single();
	}

}
