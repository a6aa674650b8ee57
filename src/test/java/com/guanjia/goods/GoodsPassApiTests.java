package com.guanjia.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R10.2 through the API: the desk writes a pass and records the owner's confirmation (a
 * tenant's pass without it is refused), the guard checks it by number and releases the
 * goods once; a second use, an expired pass, another community's staff and bad input are
 * refused and leave the pass as it was. The clock stands at 2026-11-30 10:00 Shanghai.
 */
@GuanjiaTest
class GoodsPassApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MutableClock clock;

	long community;

	long unit;

	Person owner;

	Person tenant;

	StaffUser agent;

	StaffUser guard;

	@BeforeEach
	void estate() {
		community = fixtures.community(Fixtures.unique("放行花园")).id();
		unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		owner = people.owner(community, unit, "王建国");
		tenant = people.tenant(community, unit, "李租户");
		agent = fixtures.staff(Role.AGENT, community);
		guard = fixtures.staff(Role.GUARD, community);
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions read(StaffUser who, String url) throws Exception {
		return mvc.perform(get(url).with(user(who)));
	}

	static long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	static String text(ResultActions r, String path) throws Exception {
		return JsonPath.read(r.andReturn().getResponse().getContentAsString(), path);
	}

	String tenantPass(String consent) {
		return """
				{"communityId": %d, "unitId": %d, "requesterKind": "TENANT", "requesterIdCard": "%s",
				 "goods": [{"description": "冰箱", "quantity": 1}, {"description": "纸箱", "quantity": 12}],
				 "plate": "粤b12345", "validFrom": "2026-11-30T09:00", "validUntil": "2026-11-30T18:00"%s}"""
			.formatted(community, unit, tenant.idCard(), consent);
	}

	@Test
	void anOwnersPassIsApprovedAtOnceAndReleasedOnceAtTheGate() throws Exception {
		ResultActions created = post(agent, "/api/goods-passes",
				"""
						{"communityId": %d, "unitId": %d, "requesterKind": "OWNER", "requesterPartyId": %d,
						 "goods": [{"description": "沙发", "quantity": 1}], "validFrom": "2026-11-30T09:00",
						 "validUntil": "2026-11-30T18:00", "consent": {"method": "IN_PERSON", "ownerPartyId": %d}}"""
					.formatted(community, unit, owner.partyId(), owner.partyId()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.requesterName").value("王建国"))
			.andExpect(jsonPath("$.consent.method").value("IN_PERSON"))
			.andExpect(jsonPath("$.number").value(containsString("FX20261130-")))
			.andExpect(jsonPath("$.actions").value(hasItem("RELEASE")));
		long pass = id(created);
		String number = text(created, "$.number");

		read(guard, "/api/goods-passes/gate-check?communityId=%d&passNo=%s".formatted(community, number.toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.releasable").value(true))
			.andExpect(jsonPath("$.pass.goods[0].description").value("沙发"));
		post(guard, "/api/goods-passes/" + pass + "/release", "{\"note\": \"核对无误\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("USED"))
			.andExpect(jsonPath("$.releasedBy").value(guard.getUsername()));

		// Used once: the second scan is refused and nothing changes.
		post(guard, "/api/goods-passes/" + pass + "/release", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("goods.illegal"))
			.andExpect(jsonPath("$.detail").value(containsString("已放行")));
		read(guard, "/api/goods-passes/gate-check?communityId=%d&passNo=%s".formatted(community, number))
			.andExpect(jsonPath("$.releasable").value(false))
			.andExpect(jsonPath("$.refusal").value("goods.gate.refused.USED"));
		read(agent, "/api/goods-passes/" + pass + "/history").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("REQUEST", "CONFIRM", "RELEASE")));

		// The pass is kept: filed in the unit's archive.
		StaffUser admin = fixtures.staff(Role.ADMIN, community);
		read(admin, "/api/units/" + unit + "/documents").andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title").value(hasItem("3-2-1502 · 物品放行条 " + number)));
	}

	/** Seed practice: a tenant moving out needs the owner's confirmation. */
	@Test
	void aTenantsPassWithoutTheOwnersConsentIsRefusedAndWithItIsApproved() throws Exception {
		long pass = id(post(agent, "/api/goods-passes", tenantPass("")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andExpect(jsonPath("$.requesterName").value("李租户"))
			.andExpect(jsonPath("$.plate").value("粤B12345")));

		post(agent, "/api/goods-passes/" + pass + "/confirm", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("goods.consentRequired"));
		// The tenant cannot confirm for the owner.
		post(agent, "/api/goods-passes/" + pass + "/confirm",
				"{\"method\": \"SIGNATURE\", \"ownerPartyId\": %d}".formatted(tenant.partyId()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("goods.consentNotOwner"));
		// Not confirmed: the gate refuses it.
		read(guard, "/api/goods-passes/" + pass).andExpect(jsonPath("$.status").value("REQUESTED"));
		post(guard, "/api/goods-passes/" + pass + "/release", "{}").andExpect(status().isUnprocessableEntity());
		read(agent, "/api/goods-passes/" + pass + "/history").andExpect(jsonPath("$.length()").value(1));

		post(agent, "/api/goods-passes/" + pass + "/confirm",
				"""
						{"method": "CALL", "ownerPartyId": %d, "at": "2026-11-30T09:40", "note": "业主电话同意搬出冰箱"}"""
					.formatted(owner.partyId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.consent.ownerName").value("王建国"))
			.andExpect(jsonPath("$.consent.method").value("CALL"))
			.andExpect(jsonPath("$.consent.at").value(containsString("2026-11-30T09:40")))
			.andExpect(jsonPath("$.consent.recordedBy").value(agent.getUsername()));
	}

	@Test
	void anExpiredPassIsRefusedAtTheGateAndTheRefusalRecorded() throws Exception {
		ResultActions created = post(agent, "/api/goods-passes",
				tenantPass(", \"consent\": {\"method\": \"CALL\", \"ownerPartyId\": %d}".formatted(owner.partyId())))
			.andExpect(jsonPath("$.status").value("APPROVED"));
		long pass = id(created);
		String number = text(created, "$.number");
		clock.advance(Duration.ofHours(8)); // 18:00 Shanghai: the pass's end

		read(guard, "/api/goods-passes/gate-check?communityId=%d&passNo=%s".formatted(community, number))
			.andExpect(jsonPath("$.releasable").value(false))
			.andExpect(jsonPath("$.refusal").value("goods.gate.refused.EXPIRED"))
			.andExpect(jsonPath("$.pass.status").value("EXPIRED"));
		post(guard, "/api/goods-passes/" + pass + "/release", "{}").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("已过期")));
		post(guard, "/api/goods-passes/" + pass + "/refuse", "{\"reason\": \"放行条已过期\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EXPIRED"));
		read(agent, "/api/goods-passes/" + pass + "/history")
			.andExpect(jsonPath("$[*].action")
				.value(org.hamcrest.Matchers.contains("REQUEST", "CONFIRM", "EXPIRE", "REFUSE")))
			.andExpect(jsonPath("$[3].note").value("放行条已过期"))
			.andExpect(jsonPath("$[3].actor").value(guard.getUsername()));
		read(agent, "/api/goods-passes?communityId=%d&status=EXPIRED".formatted(community))
			.andExpect(jsonPath("$[*].id").value(hasItem((int) pass)));
	}

	/** Two guards scanning one pass at once: one releases, the other is refused. */
	@Test
	void twoGuardsReleasingOnePassAtOnceEndInOneRelease() throws Exception {
		long pass = id(post(agent, "/api/goods-passes",
				tenantPass(", \"consent\": {\"method\": \"CALL\", \"ownerPartyId\": %d}".formatted(owner.partyId()))));
		StaffUser other = fixtures.staff(Role.GUARD, community);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try {
			List<java.util.concurrent.Future<Integer>> answers = java.util.stream.Stream.of(guard, other)
				.map(g -> pool.submit(() -> {
					start.await();
					return post(g, "/api/goods-passes/" + pass + "/release", "{}").andReturn()
						.getResponse()
						.getStatus();
				}))
				.toList();
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var a : answers) {
				statuses.add(a.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 422);
		}
		finally {
			pool.shutdownNow();
		}
		read(agent, "/api/goods-passes/" + pass + "/history")
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("REQUEST", "CONFIRM", "RELEASE")));
	}

	@Test
	void anotherCommunitysStaffCanTouchNothing() throws Exception {
		long pass = id(post(agent, "/api/goods-passes", tenantPass("")));
		String number = text(read(agent, "/api/goods-passes/" + pass), "$.number");
		long other = fixtures.community(Fixtures.unique("翠湖居")).id();
		for (StaffUser outsider : List.of(fixtures.staff(Role.MANAGER, other), fixtures.staff(Role.GUARD, other))) {
			read(outsider, "/api/goods-passes/" + pass).andExpect(status().isNotFound());
			read(outsider, "/api/goods-passes/" + pass + "/history").andExpect(status().isNotFound());
			for (String step : List.of("confirm", "cancel", "release", "refuse")) {
				int expected = outsider.getAuthorities()
					.stream()
					.anyMatch(a -> a.getAuthority().equals(step.startsWith("re") ? "GATE_CHECK" : "GOODS_RELEASE"))
							? 404 : 403;
				post(outsider, "/api/goods-passes/" + pass + "/" + step, """
						{"method": "CALL", "ownerPartyId": %d, "reason": "x"}""".formatted(owner.partyId()))
					.andExpect(status().is(expected));
			}
			read(outsider, "/api/goods-passes?communityId=" + community).andExpect(status().isForbidden());
			read(outsider, "/api/goods-passes/gate-check?communityId=%d&passNo=%s".formatted(community, number))
				.andExpect(status().isForbidden());
			// In their own community the number is unknown.
			if (outsider.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("GATE_CHECK"))) {
				read(outsider, "/api/goods-passes/gate-check?communityId=%d&passNo=%s".formatted(other, number))
					.andExpect(jsonPath("$.refusal").value("goods.gate.refused.UNKNOWN"));
			}
			post(outsider, "/api/goods-passes", tenantPass("")).andExpect(status().isForbidden());
		}
		read(agent, "/api/goods-passes/" + pass).andExpect(jsonPath("$.status").value("REQUESTED"));
		read(agent, "/api/goods-passes/" + pass + "/history").andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void theGuardCannotWritePassesAndTheDeskCannotReleaseThem() throws Exception {
		post(guard, "/api/goods-passes", tenantPass("")).andExpect(status().isForbidden());
		long pass = id(post(agent, "/api/goods-passes",
				tenantPass(", \"consent\": {\"method\": \"CALL\", \"ownerPartyId\": %d}".formatted(owner.partyId()))));
		post(agent, "/api/goods-passes/" + pass + "/release", "{}").andExpect(status().isForbidden());
		post(guard, "/api/goods-passes/" + pass + "/cancel", "{\"reason\": \"x\"}").andExpect(status().isForbidden());
		read(guard, "/api/goods-passes/" + pass).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	@Test
	void badInputNamesTheFieldAndNothingIsSaved() throws Exception {
		int before = count();
		String[][] cases = { { "{\"communityId\": %d}".formatted(community), "unitId" },
				{ tenantPass("").replace("\"goods\": [", "\"goods\": [null, "), "goods" },
				{ tenantPass("").replace("\"quantity\": 12", "\"quantity\": 0"), "goods" },
				{ tenantPass("").replace("\"goods\": [", "\"x\": [").replace("], \"plate\"", "], \"plate\""), "goods" },
				{ tenantPass("").replace("粤b12345", "12345"), "plate" },
				{ tenantPass("").replace("2026-11-30T18:00", "2026-11-30T08:00"), "validUntil" },
				{ tenantPass("").replace("2026-11-30T18:00", "2026-12-09T18:00"), "validUntil" },
				{ tenantPass("").replace("2026-11-30T09:00", "2026-11-20T09:00"), "validFrom" },
				{ tenantPass("").replace(tenant.idCard(), owner.idCard()), "requesterIdCard" },
				{ tenantPass("").replace("\"unitId\": " + unit, "\"unitId\": 999999999"), "unitId" },
				{ tenantPass(", \"consent\": {\"method\": \"CALL\"}"), "ownerPartyId" },
				{ tenantPass(", \"consent\": {\"method\": \"CALL\", \"ownerPartyId\": %d, \"at\": \"2026-11-30T11:00\"}"
					.formatted(owner.partyId())), "consentAt" },
				{ tenantPass("").replace("\"validFrom\": \"2026-11-30T09:00\"", "\"validFrom\": \"tomorrow\""),
						"validFrom" } };
		for (String[] c : cases) {
			post(agent, "/api/goods-passes", c[0]).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(hasItem(c[1])));
		}
		assertThat(count()).isEqualTo(before);
	}

	private int count() throws Exception {
		return JsonPath.read(read(agent, "/api/goods-passes?communityId=" + community).andReturn()
			.getResponse()
			.getContentAsString(), "$.length()");
	}

}
