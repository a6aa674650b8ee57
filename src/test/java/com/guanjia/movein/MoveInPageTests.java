package com.guanjia.movein;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.support.Fixtures;
import com.guanjia.support.PeopleFixtures;
import com.guanjia.support.PeopleFixtures.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R8.1 on the page that opens a case: the applicant is chosen — which of the unit's
 * owners, and whether the owner comes in person, sends a proxy or is a company — instead
 * of the unit's first owner being taken; a unit with several owners asks for the choice,
 * a company is opened only as a company, and another community's people and units are
 * refused.
 */
@com.guanjia.support.GuanjiaTest
class MoveInPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PeopleFixtures people;

	@Autowired
	MoveIns moveIns;

	@Autowired
	UnitOccupancy occupancy;

	long community;

	UnitView unit;

	StaffUser agent;

	Person first;

	Person second;

	long other;

	UnitView theirs;

	@BeforeEach
	void setUp() {
		other = fixtures.community("别家花园").id();
		community = fixtures.community("选人花园").id();
		theirs = fixtures.unit(other, fixtures.building(other, "3").id(), "2", "1502", "96.00");
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "96.00");
		agent = fixtures.staff(Role.AGENT, community);
		first = people.owner(community, unit.id(), "林大海");
		second = people.owner(community, unit.id(), "林小溪");
	}

	MoveInView openedCase() {
		List<MoveInView> cases = Fixtures.as(agent, () -> moveIns.ofUnit(unit.id()));
		assertThat(cases).hasSize(1);
		return cases.get(0);
	}

	@Test
	void theOwnerChosenOnThePageReceivesTheCase() throws Exception {
		mvc.perform(get("/move-ins/applicants").param("unitLabel", unit.label()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("林大海")))
			.andExpect(content().string(containsString("value=\"" + second.partyId() + "\"")));

		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "PROXY")
			.param("ownerPartyId", String.valueOf(second.partyId()))
			.param("proxyName", "林代办")
			.with(csrf())
			.with(user(agent))).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/move-ins/*"));
		MoveInView c = openedCase();
		assertThat(c.ownerPartyId()).isEqualTo(second.partyId());
		assertThat(c.kind()).isEqualTo(ApplicantKind.PROXY);
		mvc.perform(get("/move-ins/" + c.id()).with(user(agent)))
			.andExpect(content().string(containsString("林小溪")))
			.andExpect(content().string(containsString("林代办")));
	}

	@Test
	void aUnitWithSeveralOwnersAsksWhichOneAndOpensNothing() throws Exception {
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "OWNER")
			.with(csrf())
			.with(user(agent)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("请选择")))
			.andExpect(redirectedUrlPattern("/move-ins?unit=*"));
		assertThat(Fixtures.as(agent, () -> moveIns.ofUnit(unit.id()))).isEmpty();
		mvc.perform(get("/move-ins").param("unit", unit.label()).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("林小溪")));
	}

	/** R8.1: a company's papers differ, so a company owner comes as a company. */
	@Test
	void aCompanyOwnerIsOpenedAsACompanyWithThePersonActing() throws Exception {
		long building = fixtures.building(community, "9").id();
		UnitView shop = fixtures.unit(community, building, "1", "0101", "120.00");
		long company = Fixtures
			.as(Fixtures.ROOT, () -> occupancy.registerOwner(community, new OwnerCommand(shop.id(), null,
					PartyCommand.company("海湾贸易有限公司", "91350100M000100Y43", "郑经理", "0755-26668888"), null, null)))
			.partyId();
		Person person = people.owner(community, unit.id(), "林三");

		mvc.perform(post("/move-ins").param("unitLabel", shop.label())
			.param("kind", "OWNER")
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("error", containsString("单位购买")));
		mvc.perform(post("/move-ins").param("unitLabel", shop.label())
			.param("kind", "COMPANY")
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("error", containsString("受托人")));
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "COMPANY")
			.param("ownerPartyId", String.valueOf(person.partyId()))
			.param("proxyName", "某经办")
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("error", containsString("不是单位")));
		assertThat(Fixtures.as(agent, () -> moveIns.ofUnit(unit.id()))).isEmpty();
		assertThat(Fixtures.as(agent, () -> moveIns.ofUnit(shop.id()))).isEmpty();

		mvc.perform(post("/move-ins").param("unitLabel", shop.label())
			.param("kind", "COMPANY")
			.param("proxyName", "郑经理")
			.with(csrf())
			.with(user(agent))).andExpect(redirectedUrlPattern("/move-ins/*"));
		MoveInView c = Fixtures.as(agent, () -> moveIns.ofUnit(shop.id())).get(0);
		assertThat(c.ownerPartyId()).isEqualTo(company);
		assertThat(c.kind()).isEqualTo(ApplicantKind.COMPANY);
	}

	@Test
	void badInputIsReShownAndNothingIsOpened() throws Exception {
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "OWNER")
			.param("ownerPartyId", "abc")
			.with(csrf())
			.with(user(agent))).andExpect(status().isBadRequest());
		mvc.perform(
				post("/move-ins").param("unitLabel", "9-9-9999").param("kind", "OWNER").with(csrf()).with(user(agent)))
			.andExpect(flash().attribute("error", not(containsString("Exception"))));
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "OWNER")
			.param("ownerPartyId", String.valueOf(people.person(community, "路人乙").partyId()))
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("error", containsString("现任业主")));
		assertThat(Fixtures.as(agent, () -> moveIns.ofUnit(unit.id()))).isEmpty();
	}

	/** Another community's owner or unit is refused; its applicants are not listed. */
	@Test
	void anotherCommunitysOwnerAndUnitAreRefused() throws Exception {
		Person theirOwner = people.owner(other, theirs.id(), "外区业主");
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "OWNER")
			.param("ownerPartyId", String.valueOf(theirOwner.partyId()))
			.with(csrf())
			.with(user(agent))).andExpect(flash().attribute("error", containsString("现任业主")));
		StaffUser stranger = fixtures.staff(Role.AGENT, other);
		mvc.perform(get("/move-ins/applicants").param("unitLabel", unit.label()).with(user(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("林大海"))))
			.andExpect(content().string(containsString("外区业主")));
		mvc.perform(post("/move-ins").param("unitLabel", unit.label())
			.param("kind", "OWNER")
			.param("ownerPartyId", String.valueOf(first.partyId()))
			.with(csrf())
			.with(user(stranger))).andExpect(flash().attribute("error", containsString("现任业主")));
		assertThat(Fixtures.as(agent, () -> moveIns.ofUnit(unit.id()))).isEmpty();
	}

}
