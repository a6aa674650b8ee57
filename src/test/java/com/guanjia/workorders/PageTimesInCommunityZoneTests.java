package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;

import com.guanjia.desk.Channel;
import com.guanjia.desk.ReceptionDesk;
import com.guanjia.desk.RecordVisit;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10 item 19: every time a page shows is in the community's zone (the dunning log
 * once showed UTC). A community in Los Angeles takes a call and a repair at the test
 * clock's start, 2026-11-30 02:00 UTC — 2026-11-29 18:00 there, 10:00 in Shanghai: the
 * desk, the record, the order list and the order's page (its timeline, clocks and due
 * time) show 18:00 and never the UTC or the Shanghai hour.
 */
@GuanjiaTest
class PageTimesInCommunityZoneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CommunityManagement communities;

	@Autowired
	ReceptionDesk desk;

	@Autowired
	WorkOrderFixtures orders;

	@Test
	void everyTimeOnThePagesIsInTheCommunitysZone() throws Exception {
		long community = Fixtures
			.as(Fixtures.ROOT, () -> communities.create(new CommunityCommand(Fixtures.unique("LA"), "Palm Court",
					"1 Test Road", "America/Los_Angeles", new BigDecimal("1.50"))))
			.id();
		long unit = fixtures.unit(community, fixtures.building(community, "1").id(), "1", "101", "80.00").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		long record = Fixtures
			.as(agent,
					() -> desk
						.record(community,
								new RecordVisit(Channel.PHONE, null, "Ms Lee", "13500001111", unit, "楼上漏水", null, false,
										Fixtures.unique("k"))))
			.id();
		WorkOrderView o = orders.repair(agent, community, unit, "SANITARY", false);
		for (String page : new String[] { "/desk", "/desk/records/" + record, "/work-orders",
				"/work-orders/" + o.id() }) {
			String html = mvc.perform(get(page).with(user(agent))).andReturn().getResponse().getContentAsString();
			String text = html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]*>", " ");
			assertThat(text).as(page).contains("18:00").doesNotContain("02:00").doesNotContain("10:00");
		}
	}

}
