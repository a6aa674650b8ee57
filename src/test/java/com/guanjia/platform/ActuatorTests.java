package com.guanjia.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.workorders.WorkOrderCommands;
import com.guanjia.workorders.WorkOrderFixtures;
import com.guanjia.workorders.WorkOrderView;
import com.guanjia.workorders.WorkOrderWorkflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 9 item 19: the health probes are open to a load balancer, the readiness group
 * holds the database and the scheduler, and the Prometheus metrics with the business
 * gauges need an administrator.
 */
@GuanjiaTest
class ActuatorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderWorkflow workflow;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	@Test
	void livenessAndReadinessAnswerWithoutLogin() throws Exception {
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));

		StaffUser admin = fixtures.staff(Role.ADMIN);
		mvc.perform(get("/actuator/health/readiness").with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.scheduler.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
	}

	@Test
	void metricsNeedAnAdministrator() throws Exception {
		long community = fixtures.community(Fixtures.unique("指标")).id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		StaffUser admin = fixtures.staff(Role.ADMIN);

		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect((result) -> assertThat(result.getResponse().getHeaders("WWW-Authenticate"))
				.contains("Basic realm=\"Guanjia\""));
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(user(manager))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(manager.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), "wrong-password"))
			.with(from("10.19.0.1"))).andExpect(status().isUnauthorized());
		// what a Prometheus scrape job sends
		mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		// no session for an actuator call
		assertThat(mvc.perform(get("/actuator/prometheus").with(httpBasic(admin.getUsername(), Fixtures.PASSWORD)))
			.andReturn()
			.getRequest()
			.getSession(false)).isNull();
	}

	@Test
	void prometheusHasTheBusinessGauges() throws Exception {
		long community = fixtures.community(Fixtures.unique("指标")).id();
		long building = fixtures.building(community, "1").id();
		long unit = fixtures.unit(community, building, "1", "101", "90.00").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		StaffUser technician = orders.staffIn(Role.TECHNICIAN, community, "ENGINEERING");
		WorkOrderView received = orders.repair(agent, community, unit, "SANITARY", false);
		WorkOrderView dispatched = orders.repair(agent, community, unit, "SANITARY", true);
		Fixtures.as(agent, () -> workflow.dispatch(dispatched.ref(),
				new WorkOrderCommands.Dispatch(null, technician.staffId(), null)));
		// the immediate repair's 30-minute response clock runs out
		clock.set(TestClockConfiguration.START.plus(Duration.ofMinutes(31)));
		deadlines.check(community);
		assertThat(received.id()).isPositive();

		String metrics = mvc.perform(get("/actuator/prometheus").with(user(fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(gauge(metrics, "guanjia_workorders_open", "status=\"RECEIVED\"")).isGreaterThanOrEqualTo(1);
		assertThat(gauge(metrics, "guanjia_workorders_open", "status=\"DISPATCHED\"")).isGreaterThanOrEqualTo(1);
		assertThat(gauge(metrics, "guanjia_workorders_open", "status=\"CLOSED\"")).as("not an open status").isNaN();
		assertThat(gauge(metrics, "guanjia_deadlines_breached", "kind=\"RESPONSE\"")).isGreaterThanOrEqualTo(1);
		assertThat(gauge(metrics, "guanjia_outbox_backlog", "")).isGreaterThanOrEqualTo(0);
		assertThat(gauge(metrics, "guanjia_outbox_backlog_oldest_seconds", "")).isGreaterThanOrEqualTo(0);
		assertThat(gauge(metrics, "guanjia_outbox_failed", "")).isGreaterThanOrEqualTo(0);
		assertThat(gauge(metrics, "guanjia_events_incomplete", "")).isGreaterThanOrEqualTo(0);
		assertThat(gauge(metrics, "guanjia_events_incomplete_oldest_seconds", "")).isGreaterThanOrEqualTo(0);
		// and the platform's own: the connection pool, the JVM
		assertThat(metrics).contains("hikaricp_connections_active", "jvm_memory_used_bytes");
	}

	@Test
	void loginLockoutsAreCounted() throws Exception {
		long community = fixtures.community(Fixtures.unique("指标")).id();
		StaffUser target = fixtures.staff(Role.AGENT, community);
		for (int i = 0; i < 6; i++) {
			mvc.perform(get("/actuator/prometheus").with(httpBasic(target.getUsername(), "guess-" + i))
				.with(from("10.19.0.2"))).andExpect(status().isUnauthorized());
		}
		String metrics = mvc.perform(get("/actuator/prometheus").with(user(fixtures.staff(Role.ADMIN))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(gauge(metrics, "guanjia_login_restricted", "")).isGreaterThanOrEqualTo(1);
	}

	/** A client address of its own, so these guesses count against no other test's. */
	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** The value of a gauge line whose labels contain {@code label}; NaN if absent. */
	private static double gauge(String metrics, String name, String label) {
		Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
		while (m.find()) {
			if (m.group(1).contains(label)) {
				return Double.parseDouble(m.group(2));
			}
		}
		return Double.NaN;
	}

}
