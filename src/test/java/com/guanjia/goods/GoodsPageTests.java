package com.guanjia.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;

import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The goods release pages (R10.2): the desk's form re-shows bad input with a friendly
 * message and saves nothing; a pass's page offers exactly the steps its model allows; the
 * gate page answers a used pass with the refusal; another community's staff sees none of
 * it (404) and the gate does not know its numbers.
 */
@GuanjiaTest
class GoodsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	GoodsPasses passes;

	long community;

	long unit;

	Person owner;

	Person tenant;

	StaffUser agent;

	StaffUser guard;

	@BeforeEach
	void estate() {
		community = fixtures.community(Fixtures.unique("放行页花园")).id();
		unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		owner = people.owner(community, unit, "王建国");
		tenant = people.tenant(community, unit, "李租户");
		agent = fixtures.staff(Role.AGENT, community);
		guard = fixtures.staff(Role.GUARD, community);
	}

	MockHttpServletRequestBuilder form(String... pairs) {
		MockHttpServletRequestBuilder r = post("/goods").with(csrf()).with(user(agent)).locale(Locale.CHINA);
		for (int i = 0; i < pairs.length; i += 2) {
			r.param(pairs[i], pairs[i + 1]);
		}
		return r;
	}

	@Test
	void theDesksFormReShowsBadInputAndSavesNothing() throws Exception {
		mvc.perform(get("/goods/new").param("unit", "3-2-1502").with(user(agent)).locale(Locale.CHINA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pass-form\"")))
			.andExpect(content().string(containsString("王建国")));
		mvc.perform(get("/goods/new").param("unit", "9-9-9999").with(user(agent)).locale(Locale.CHINA))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该房屋不存在")));

		String[] good = { "unitId", String.valueOf(unit), "requesterKind", "TENANT", "requesterIdCard", tenant.idCard(),
				"descriptions[0]", "冰箱", "quantities[0]", "1", "validFrom", "2026-11-30T09:00", "validUntil",
				"2026-11-30T18:00" };
		mvc.perform(form(replace(good, "descriptions[0]", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("放行物品")))
			.andExpect(content().string(containsString("id=\"pass-form\"")));
		mvc.perform(form(replace(good, "quantities[0]", "abc")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error\"")));
		mvc.perform(form(replace(good, "validUntil", "soon")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("截止日期")));
		mvc.perform(form(replace(good, "requesterIdCard", owner.idCard())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不是3-2-1502的现任租户")))
			.andExpect(content().string(containsString("value=\"冰箱\"")));
		assertThat(Fixtures.as(agent, () -> passes.list(community, null, null))).isEmpty();

		mvc.perform(form(good)).andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
		assertThat(Fixtures.as(agent, () -> passes.list(community, null, null))).singleElement()
			.satisfies(p -> assertThat(p.status()).isEqualTo(GoodsPassStatus.REQUESTED));
	}

	@Test
	void aPassOffersExactlyItsStepsAndTheGateRefusesItOnceUsed() throws Exception {
		GoodsPassView p = Fixtures.as(agent,
				() -> passes.request(community, new RequestPass(unit, RequesterKind.TENANT, tenant.partyId(), null,
						null, List.of(new GoodsItem("冰箱", 1)), null, java.time.LocalDateTime.parse("2026-11-30T09:00"),
						java.time.LocalDateTime.parse("2026-11-30T18:00"), null)));
		mvc.perform(get("/goods/passes/" + p.id()).with(user(agent)).locale(Locale.CHINA))
			.andExpect(content().string(containsString("id=\"confirm-form\"")))
			.andExpect(content().string(containsString("id=\"cancel-form\"")));
		// Without the owner's consent the page says why, and nothing changes.
		mvc.perform(post("/goods/passes/" + p.id() + "/confirm").with(csrf()).with(user(agent)).locale(Locale.CHINA))
			.andExpect(redirectedUrl("/goods/passes/" + p.id()))
			.andExpect(flash().attribute("error", containsString("须经业主确认")));
		Fixtures.as(agent,
				() -> passes.confirm(p.id(), new GiveConsent(ConsentMethod.CALL, owner.partyId(), null, null)));
		mvc.perform(post("/goods/passes/" + p.id() + "/release").with(csrf()).with(user(guard)).locale(Locale.CHINA))
			.andExpect(redirectedUrl("/goods/gate?passNo=" + p.number()));
		mvc.perform(get("/goods/passes/" + p.id()).with(user(agent)).locale(Locale.CHINA))
			.andExpect(content().string(not(containsString("id=\"confirm-form\""))))
			.andExpect(content().string(not(containsString("id=\"cancel-form\""))))
			.andExpect(content().string(containsString("已放行")));
		mvc.perform(get("/goods/gate").param("passNo", p.number()).with(user(guard)).locale(Locale.CHINA))
			.andExpect(content().string(containsString("放行条已使用，不得再次放行")))
			.andExpect(content().string(not(containsString("id=\"release-form\""))));
		mvc.perform(post("/goods/passes/" + p.id() + "/release").with(csrf()).with(user(guard)).locale(Locale.CHINA))
			.andExpect(flash().attribute("error", containsString("不能「放行」")));

		// Another community's staff: nothing.
		long other = fixtures.community(Fixtures.unique("翠湖居")).id();
		for (StaffUser outsider : List.of(fixtures.staff(Role.MANAGER, other), fixtures.staff(Role.GUARD, other))) {
			for (String url : List.of("/goods/passes/" + p.id(), "/goods/passes/" + p.id() + "/print",
					"/goods/passes/" + p.id() + "/qr.png")) {
				mvc.perform(get(url).with(user(outsider))).andExpect(status().isNotFound());
			}
			mvc.perform(
					post("/goods/passes/" + p.id() + "/refuse").param("reason", "x").with(csrf()).with(user(outsider)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/goods/gate").param("passNo", p.number()).with(user(outsider)).locale(Locale.CHINA))
				.andExpect(content().string(containsString("查无此放行条")));
		}
		assertThat(Fixtures.as(agent, () -> passes.history(p.id()))).hasSize(3);
	}

	private static String[] replace(String[] pairs, String name, String value) {
		String[] copy = pairs.clone();
		for (int i = 0; i < copy.length; i += 2) {
			if (copy[i].equals(name)) {
				copy[i + 1] = value;
			}
		}
		return copy;
	}

}
