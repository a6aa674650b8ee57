package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.scheduling.DeadlineKind;
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

/**
 * A community in Europe/London (R4.2, R4.5): its calendar rules follow London, not
 * Shanghai and not UTC. At the end of September London is on summer time (UTC+1), so
 * London midnight is 23:00 UTC and each zone gives a different answer.
 */
@GuanjiaTest
class LondonCommunityTests {

	@Autowired
	CommunityManagement communities;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	WorkOrderIndicators indicators;

	@Autowired
	Deadlines deadlines;

	@Autowired
	MutableClock clock;

	long community;

	StaffUser agent;

	StaffUser supervisor;

	@BeforeEach
	void setUp() {
		community = Fixtures
			.as(Fixtures.ROOT,
					() -> communities.create(new CommunityCommand(Fixtures.unique("T"), "Riverside Court",
							"1 Test Road", "Europe/London", new BigDecimal("1.50"))))
			.id();
		agent = fixtures.staff(Role.AGENT, community);
		supervisor = fixtures.staff(Role.SUPERVISOR, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	DeadlineView clock(long orderId, DeadlineKind kind) {
		return deadlines.of(community, Deadlines.Subject.of("WORK_ORDER", orderId))
			.stream()
			.filter(d -> d.kind() == kind)
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	@Test
	void aMajorComplaintsSameDayEndsAtLondonMidnightAndTheMonthFollowsLondon() {
		// 23:30 on 30 September in London (22:30 UTC; already 1 October in Shanghai).
		clock.set(Instant.parse("2026-09-30T22:30:00Z"));
		WorkOrderView september = orders.complaint(agent, community, Severity.MAJOR, null);
		assertThat(clock(september.id(), DeadlineKind.ESCALATE).dueAt())
			.isEqualTo(Instant.parse("2026-09-30T23:00:00Z"));
		// 00:30 on 1 October in London (still 30 September in UTC).
		clock.set(Instant.parse("2026-09-30T23:30:00Z"));
		orders.complaint(agent, community, Severity.MINOR, null);

		clock.set(Instant.parse("2026-10-15T12:00:00Z"));
		IndicatorReport sep = Fixtures.as(supervisor, () -> indicators.month(community, YearMonth.of(2026, 9)));
		IndicatorReport oct = Fixtures.as(supervisor, () -> indicators.month(community, YearMonth.of(2026, 10)));
		assertThat(sep.received()).isEqualTo(1);
		assertThat(sep.complaintsReceived()).isEqualTo(1);
		assertThat(oct.received()).isEqualTo(1);
	}

}
