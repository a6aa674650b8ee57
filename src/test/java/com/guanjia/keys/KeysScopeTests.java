package com.guanjia.keys;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Another community's staff can touch nothing of the key register and the mail shelf:
 * every URL, page and API, read and write, answers 404 (a record by id) or 403 (a list
 * naming the community), and the records are unchanged when read again.
 */
@GuanjiaTest
class KeysScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	long id(ResultActions r) throws Exception {
		return ((Number) JsonPath.read(r.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	@Test
	void anotherCommunitysStaffCanTouchNothing() throws Exception {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		StaffUser agent = fixtures.staff(Role.ADMIN, community);
		Person owner = people.owner(community, unit, "王建国");
		long other = fixtures.community("翠湖居").id();
		StaffUser outsider = fixtures.staff(Role.AGENT, other);
		StaffUser outsideManager = fixtures.staff(Role.MANAGER, other);

		long key = id(post(agent, "/api/keys", """
				{"communityId": %d, "unitId": %d, "kind": "UNIT_KEY", "code": "K-1", "place": "柜A-1"}"""
			.formatted(community, unit)));
		long lent = id(post(agent, "/api/keys", """
				{"communityId": %d, "unitId": %d, "kind": "UNIT_KEY", "code": "K-2", "place": "柜A-2"}"""
			.formatted(community, unit)));
		long loan = id(post(agent, "/api/keys/" + lent + "/loans",
				"{\"idCardNumber\": \"%s\", \"purpose\": \"查看\"}".formatted(owner.idCard())));
		long take = id(post(agent, "/api/stock-takes", "{\"communityId\": %d}".formatted(community)));
		long mail = id(post(agent, "/api/mail-items", """
				{"communityId": %d, "unitId": %d, "kind": "LETTER"}""".formatted(community, unit)));

		for (StaffUser who : new StaffUser[] { outsider, outsideManager }) {
			// Reads.
			for (String url : new String[] { "/api/keys/" + key, "/api/keys/" + key + "/history",
					"/api/key-loans/" + loan, "/api/stock-takes/" + take, "/api/mail-items/" + mail,
					"/api/mail-items/" + mail + "/history", "/keys/items/" + key, "/keys/stock-takes/" + take,
					"/mail/" + mail, "/units/" + unit + "/keys" }) {
				mvc.perform(get(url).with(user(who))).andExpect(status().isNotFound());
			}
			for (String url : new String[] { "/api/keys", "/api/key-loans", "/api/stock-takes", "/api/mail-items" }) {
				mvc.perform(get(url).param("communityId", String.valueOf(community)).with(user(who)))
					.andExpect(status().isForbidden());
			}
			// Writes.
			post(who, "/api/keys", """
					{"communityId": %d, "unitId": %d, "kind": "UNIT_KEY", "code": "K-X"}""".formatted(community, unit))
				.andExpect(status().isForbidden());
			post(who, "/api/keys/" + key + "/loans",
					"{\"idCardNumber\": \"%s\", \"purpose\": \"查看\"}".formatted(owner.idCard()))
				.andExpect(status().isNotFound());
			for (String step : new String[] { "issue", "hand-back", "move", "renew", "find", "write-off" }) {
				post(who, "/api/keys/" + key + "/" + step,
						"{\"holderName\": \"x\", \"place\": \"x\", \"reason\": \"x\", \"validUntil\": \"2030-01-01\"}")
					.andExpect(status().isNotFound());
			}
			post(who, "/api/key-loans/" + loan + "/return", "").andExpect(status().isNotFound());
			post(who, "/api/stock-takes", "{\"communityId\": %d}".formatted(community))
				.andExpect(status().isForbidden());
			post(who, "/api/stock-takes/" + take + "/count", "{\"itemId\": %d, \"found\": false}".formatted(key))
				.andExpect(status().isNotFound());
			post(who, "/api/stock-takes/" + take + "/close", "").andExpect(status().isNotFound());
			post(who, "/api/mail-items",
					"{\"communityId\": %d, \"unitId\": %d, \"kind\": \"LETTER\"}".formatted(community, unit))
				.andExpect(status().isForbidden());
			for (String step : new String[] { "hand-over", "box", "return" }) {
				post(who, "/api/mail-items/" + mail + "/" + step, "{\"handedTo\": \"x\", \"reason\": \"x\"}")
					.andExpect(status().isNotFound());
			}
			for (String url : new String[] { "/keys/items/" + key + "/move", "/keys/loans/" + loan + "/return",
					"/keys/stock-takes/" + take + "/close", "/mail/" + mail + "/box" }) {
				mvc.perform(MockMvcRequestBuilders.post(url).param("place", "x").with(csrf()).with(user(who)))
					.andExpect(status().isNotFound());
			}
		}
		// Nothing changed.
		mvc.perform(get("/api/keys/" + key).with(user(agent)))
			.andExpect(jsonPath("$.status").value("IN_STORE"))
			.andExpect(jsonPath("$.place").value("柜A-1"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(get("/api/key-loans/" + loan).with(user(agent))).andExpect(jsonPath("$.status").value("OUT"));
		mvc.perform(get("/api/stock-takes/" + take).with(user(agent)))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.counted").value(1));
		mvc.perform(get("/api/mail-items/" + mail).with(user(agent))).andExpect(jsonPath("$.status").value("WAITING"));
		mvc.perform(get("/api/keys").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$.length()").value(2));
	}

}
