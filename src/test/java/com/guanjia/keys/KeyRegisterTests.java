package com.guanjia.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

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
 * R10.1: the key register — a unit's key is lent only to its owner or an owner's proxy,
 * checked against the ID number presented (seed 003: "不熟悉的人员借用单元钥匙需核对身份确认是业主后方可借用"); the
 * keys still out are listed at the end of the day ("当天借用出去的钥匙当天跟踪归还"); the monthly
 * stock-take flags what is missing until it is found; cards are issued and renewed.
 */
@com.guanjia.support.GuanjiaTest
class KeyRegisterTests {

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

	Person owner;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
		owner = people.owner(community, unit, "王建国");
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

	long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	long register(String kind, String code, String place) throws Exception {
		return id(post(agent, "/api/keys", """
				{"communityId": %d, "unitId": %d, "kind": "%s", "code": "%s", "place": "%s"}""".formatted(community,
				unit, kind, code, place))
			.andExpect(status().isCreated()));
	}

	ResultActions lend(long item, String idCard) throws Exception {
		return post(agent, "/api/keys/" + item + "/loans",
				"{\"idCardNumber\": \"%s\", \"purpose\": \"开门查看漏水\"}".formatted(idCard));
	}

	/** R10.1: neither an owner nor authorised — refused, and the key stays in. */
	@Test
	void aUnitsKeyIsLentOnlyToItsOwnerOrAnOwnersProxy() throws Exception {
		long key = register("UNIT_KEY", "K-3-2-1502-1", "柜A-12");
		mvc.perform(get("/api/keys/" + key).with(user(agent)))
			.andExpect(jsonPath("$.status").value("IN_STORE"))
			.andExpect(jsonPath("$.actions", hasItem("LEND")));
		Person tenant = people.tenant(community, unit, "李租户");
		Person stranger = people.person(community, "赵路人");
		Person proxy = people.person(community, "陈代办");

		lend(key, tenant.idCard()).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("既不是 3-2-1502 的业主")));
		lend(key, stranger.idCard()).andExpect(status().isUnprocessableEntity());
		lend(key, proxy.idCard()).andExpect(status().isUnprocessableEntity());
		lend(key, PeopleFixtures.idNumber()).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("不是本项目登记的人员")));
		lend(key, "12345").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idCardNumber"));
		mvc.perform(get("/api/keys/" + key).with(user(agent))).andExpect(jsonPath("$.status").value("IN_STORE"));
		assertThat(loans()).isZero();

		// The owner authorises the proxy: from now on the proxy may borrow it.
		people.authorise(community, unit, owner, proxy);
		long loan = id(lend(key, proxy.idCard()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.standing").value("AUTHORISED"))
			.andExpect(jsonPath("$.borrowerName").value("陈代办")));
		mvc.perform(get("/api/keys/" + key).with(user(agent)))
			.andExpect(jsonPath("$.status").value("LENT"))
			.andExpect(jsonPath("$.loanId").value(loan))
			.andExpect(jsonPath("$.actions[0]").value("RETURN"));
		lend(key, owner.idCard()).andExpect(status().isUnprocessableEntity());
		post(agent, "/api/key-loans/" + loan + "/return", "").andExpect(jsonPath("$.status").value("RETURNED"));
		post(agent, "/api/key-loans/" + loan + "/return", "").andExpect(status().isUnprocessableEntity());
		lend(key, owner.idCard().toLowerCase()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.standing").value("OWNER"));
		assertThat(loans()).isEqualTo(2);
	}

	/** Seed 003: "当天借用出去的钥匙当天跟踪归还" — the end-of-day list, overdue the next day. */
	@Test
	void keysStillOutAreListedForFollowUpAndOverdueTheNextDay() throws Exception {
		long key = register("UNIT_KEY", "K-1", "柜A-1");
		long loan = id(lend(key, owner.idCard()).andExpect(status().isCreated()));
		mvc.perform(get("/api/key-loans").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$[0].id").value(loan))
			.andExpect(jsonPath("$[0].overdue").value(false));
		mvc.perform(get("/keys/loans").with(user(agent)))
			.andExpect(content().string(containsString("K-1")))
			.andExpect(content().string(not(containsString("table-danger"))));
		clock.advance(Duration.ofDays(1));
		mvc.perform(get("/api/key-loans").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$[0].overdue").value(true));
		mvc.perform(get("/keys/loans").with(user(agent))).andExpect(content().string(containsString("table-danger")));
		mvc.perform(MockMvcRequestBuilders.post("/keys/loans/" + loan + "/return").with(csrf()).with(user(agent)));
		mvc.perform(get("/api/key-loans").param("communityId", String.valueOf(community)).with(user(agent)))
			.andExpect(jsonPath("$.length()").value(0));
	}

	/**
	 * Seed 003 item 24: the monthly stock-take; an item not found stays flagged (on the
	 * register and in the next count) until it is found.
	 */
	@Test
	void theMonthlyStockTakeFlagsWhatIsMissingUntilItIsFound() throws Exception {
		long a = register("UNIT_KEY", "K-A", "柜A-1");
		long b = register("RESIDENT_CARD", "C-B", "柜A-2");
		long c = register("UNIT_KEY", "K-C", "柜A-3");
		lend(c, owner.idCard()).andExpect(status().isCreated());
		long take = id(post(agent, "/api/stock-takes", "{\"communityId\": %d}".formatted(community))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.lent").value(1))
			.andExpect(jsonPath("$.actions", hasItem("CLOSE"))));
		post(agent, "/api/stock-takes", "{\"communityId\": %d}".formatted(community)).andExpect(status().isConflict());
		post(agent, "/api/stock-takes/" + take + "/close", "").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value(containsString("还有 2 件没有清点")));
		post(agent, "/api/stock-takes/" + take + "/count", "{\"itemId\": %d, \"found\": true}".formatted(a));
		post(agent, "/api/stock-takes/" + take + "/count", "{\"itemId\": %d, \"found\": false}".formatted(b));
		post(agent, "/api/stock-takes/" + take + "/close", "").andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.found").value(1))
			.andExpect(jsonPath("$.missing").value(1))
			.andExpect(jsonPath("$.lent").value(1));
		mvc.perform(get("/api/keys/" + b).with(user(agent)))
			.andExpect(jsonPath("$.status").value("MISSING"))
			.andExpect(jsonPath("$.missingSince").value("2026-11-30"));
		mvc.perform(get("/keys").with(user(agent))).andExpect(content().string(containsString("缺失待处理（1 件）")));
		post(agent, "/api/stock-takes/" + take + "/count", "{\"itemId\": %d, \"found\": true}".formatted(b))
			.andExpect(status().isUnprocessableEntity());

		// Next month: the flagged card is counted again, found, and cleared.
		clock.advance(Duration.ofDays(31));
		long next = id(post(agent, "/api/stock-takes", "{\"communityId\": %d}".formatted(community))
			.andExpect(status().isCreated()));
		mvc.perform(get("/api/stock-takes/" + next).with(user(agent)))
			.andExpect(jsonPath("$.lines[?(@.itemId == %d)].expected".formatted(b)).value(hasItem("MISSING")));
		for (long item : new long[] { a, b }) {
			post(agent, "/api/stock-takes/" + next + "/count", "{\"itemId\": %d, \"found\": true}".formatted(item));
		}
		post(agent, "/api/stock-takes/" + next + "/close", "").andExpect(jsonPath("$.missing").value(0));
		mvc.perform(get("/api/keys/" + b).with(user(agent)))
			.andExpect(jsonPath("$.status").value("IN_STORE"))
			.andExpect(jsonPath("$.missingSince").doesNotExist());
	}

	/** 办理住户卡或车卡、车卡续期 (seed 003 item 16). */
	@Test
	void cardsAreIssuedToResidentsAndRenewed() throws Exception {
		long card = register("CAR_CARD", "CC-88", "柜C-1");
		Person stranger = people.person(community, "赵路人");
		post(agent, "/api/keys/" + card + "/issue", """
				{"holderPartyId": %d, "plate": "粤B12345", "validUntil": "2027-11-30"}""".formatted(stranger.partyId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("holderPartyId"));
		post(agent, "/api/keys/" + card + "/issue", """
				{"holderPartyId": %d, "validUntil": "2027-11-30"}""".formatted(owner.partyId()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plate"));
		post(agent, "/api/keys/" + card + "/issue", """
				{"holderPartyId": %d, "plate": "粤b 12345", "validUntil": "2027-11-30"}""".formatted(owner.partyId()))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.holderName").value("王建国"))
			.andExpect(jsonPath("$.plate").value("粤B12345"));
		post(agent, "/api/keys/" + card + "/renew", "{\"validUntil\": \"2027-06-30\"}")
			.andExpect(status().isUnprocessableEntity());
		post(agent, "/api/keys/" + card + "/renew", "{\"validUntil\": \"2028-11-30\"}")
			.andExpect(jsonPath("$.validUntil").value("2028-11-30"));
		mvc.perform(get("/api/keys/" + card + "/history").with(user(agent)))
			.andExpect(jsonPath("$[*].actionKey", hasItem("keys.action.RENEW")))
			.andExpect(jsonPath("$[*].actor", hasItem(agent.getUsername())));
	}

	/** The page offers exactly the steps the item allows. */
	@Test
	void theItemsPageOffersWhatItAllows() throws Exception {
		long key = register("UNIT_KEY", "K-9", "柜A-9");
		mvc.perform(get("/keys/items/" + key).with(user(agent)))
			.andExpect(content().string(containsString("id=\"form-LEND\"")))
			.andExpect(content().string(containsString("id=\"form-ISSUE\"")))
			.andExpect(content().string(not(containsString("id=\"do-RETURN\""))))
			.andExpect(content().string(not(containsString("id=\"form-RENEW\""))));
		mvc.perform(MockMvcRequestBuilders.post("/keys/items/" + key + "/lend")
			.param("idCardNumber", PeopleFixtures.idNumber())
			.param("purpose", "查看")
			.with(csrf())
			.with(user(agent)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", containsString("不是本项目登记的人员")));
		mvc.perform(get("/units/" + unit + "/keys").with(user(agent)))
			.andExpect(content().string(containsString("K-9")));
	}

	private long loans() {
		return jdbc.sql("select count(*) from key_loan where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

}
