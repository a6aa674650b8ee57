package com.guanjia.desk;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.BothWays;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reception records stay in their community (CONTRIBUTING "Access control", R2; issue 15
 * item 6): every page and API URL of a record, tried by an agent of the record's
 * community (served) and by an agent of another community (404, or 403 when the request
 * names the community), the record read again after each refused step.
 */
@GuanjiaTest
class DeskScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ReceptionDesk desk;

	long community;

	StaffUser agent;

	StaffUser stranger;

	BothWays bothWays;

	@BeforeEach
	void setUp() {
		community = fixtures.community("接待甲").id();
		long other = fixtures.community("接待乙").id();
		agent = fixtures.staff(Role.AGENT, community);
		stranger = fixtures.staff(Role.AGENT, other);
		bothWays = BothWays.of(mvc, agent, stranger);
	}

	long record(String question) {
		return Fixtures
			.as(agent, () -> desk.record(community,
					new RecordVisit(Channel.PHONE, null, "钱女士", "13600002222", null, question, null, false, null)))
			.id();
	}

	/** What a step changes: status, version, reply, work order. */
	String state(long id) {
		ReceptionView r = Fixtures.as(agent, () -> desk.get(id));
		return r.status() + " v" + r.version() + " " + r.handler() + " " + r.reply() + " " + r.workOrderId();
	}

	@Test
	void aRecordIsReadOnlyInItsCommunity() {
		long id = record("车位租赁合同能否续签");
		bothWays.read(() -> get("/api/reception-records/{id}", id), "车位租赁合同能否续签");
		bothWays.read(() -> get("/desk/records/{id}", id), "车位租赁合同能否续签");
		bothWays.readNamingTheCommunity(
				() -> get("/api/reception-records").param("communityId", String.valueOf(community)), "车位租赁合同能否续签");
	}

	@Test
	void everyStepOfTheApiIsRefusedOutsideTheCommunityAndLeavesTheRecordAsItWas() {
		long id = record("门禁卡失灵");
		bothWays.write(() -> json(post("/api/reception-records/{id}/handling", id),
				"{\"handler\": \"管理处李经理\", \"agreedReplyAt\": \"2026-11-30T12:00:00Z\"}"), () -> state(id));
		bothWays.write(() -> json(post("/api/reception-records/{id}/reply", id), "{\"reply\": \"已补办\"}"),
				() -> state(id));
		bothWays.write(() -> post("/api/reception-records/{id}/archive", id), () -> state(id));

		long order = record("厨房水龙头滴水");
		bothWays.write(() -> json(post("/api/reception-records/{id}/work-order", order),
				"{\"kind\": \"ENQUIRY\", \"category\": null}"), () -> state(order));

		bothWays.write(() -> json(post("/api/reception-records"), """
				{"communityId": %d, "channel": "PHONE", "callerName": "孙先生", "callerPhone": "13600003333",
				 "question": "快递柜在哪里"}""".formatted(community)), () -> count(), 403);
	}

	@Test
	void everyStepOfThePageIsRefusedOutsideTheCommunityAndLeavesTheRecordAsItWas() {
		long id = record("楼道灯不亮");
		bothWays.write(() -> post("/desk/records/{id}/handle", id).param("handler", "工程部")
			.param("agreedReplyAt", "2026-11-30T20:00"), () -> state(id));
		bothWays.write(() -> post("/desk/records/{id}/reply", id).param("reply", "已修好"), () -> state(id));
		bothWays.write(() -> post("/desk/records/{id}/archive", id), () -> state(id));
	}

	long count() {
		return Fixtures.as(agent, () -> desk.day(community, desk.today(community))).size();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}
