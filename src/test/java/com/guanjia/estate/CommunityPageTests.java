package com.guanjia.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.1 through the console: a community's name, address, time zone and management-fee
 * rate are changed on its edit page, through the service the API uses; the code stays.
 */
@GuanjiaTest
class CommunityPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CommunityManagement communities;

	@Autowired
	AuditTrail audit;

	CommunityView community;

	CommunityView other;

	StaffUser admin;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园");
		other = fixtures.community("翠湖居");
		admin = fixtures.staff(Role.ADMIN);
	}

	@Test
	void anAdministratorChangesACommunityFromItsEditPage() throws Exception {
		String editUrl = "/communities/" + community.id() + "/edit";
		mvc.perform(get("/communities").with(user(admin)))
			.andExpect(content().string(containsString("href=\"" + editUrl + "\"")));
		mvc.perform(get(editUrl).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("修改项目 阳光花园")))
			.andExpect(content().string(containsString("value=\"" + community.code() + "\"")))
			.andExpect(content().string(containsString("value=\"1.50\"")))
			.andExpect(content().string(containsString("<option value=\"Asia/Shanghai\" selected=\"selected\"")))
			.andExpect(content().string(containsString("<option value=\"Asia/Urumqi\"")));

		mvc.perform(change(community.id(), community.version(), "阳光花园二期", "Asia/Urumqi", "2.35"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/communities"))
			.andExpect(flash().attribute("flash", containsString("阳光花园二期")));
		mvc.perform(get("/communities").with(user(admin)))
			.andExpect(content().string(containsString("阳光花园二期")))
			.andExpect(content().string(containsString("2.35")));
		mvc.perform(get(editUrl).with(user(admin)))
			.andExpect(content().string(containsString("value=\"阳光花园二期\"")))
			.andExpect(content().string(containsString("<option value=\"Asia/Urumqi\" selected=\"selected\"")));
		CommunityView saved = Fixtures.as(admin, () -> communities.get(community.id()));
		assertThat(saved.code()).isEqualTo(community.code());
		assertThat(saved.timeZone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
		assertThat(saved.managementFeeRate()).isEqualByComparingTo("2.35");
		assertThat(audit.latest(List.of(community.id()), false, "community", String.valueOf(community.id()), 10))
			.extracting(AuditTrail.AuditEntry::action)
			.containsExactly("update", "create");
	}

	@Test
	void mistakesComeBackOnTheFormNamingTheFieldAndNothingIsSaved() throws Exception {
		mvc.perform(change(community.id(), community.version(), "新名字", "Asia/Shanghai", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					matchesPattern("(?s).*<input class=\"form-control is-invalid\"[^>]*id=\"managementFeeRate\".*")))
			.andExpect(content().string(containsString("金额超出范围")))
			.andExpect(content().string(containsString("value=\"新名字\"")));
		mvc.perform(change(community.id(), community.version(), "新名字", "Asia/Shanghai", "1.234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最多两位小数")));
		mvc.perform(change(community.id(), community.version(), "新名字", "Mars/Olympus", "1.50"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesPattern("(?s).*<select class=\"form-select is-invalid\"[^>]*id=\"timeZone\".*")))
			.andExpect(content().string(containsString("不是有效的时区")));
		mvc.perform(change(community.id(), community.version(), " ", "Asia/Shanghai", "1.50"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(matchesPattern("(?s).*<input class=\"form-control is-invalid\"[^>]*id=\"name\".*")));
		CommunityView unchanged = Fixtures.as(admin, () -> communities.get(community.id()));
		assertThat(unchanged.name()).isEqualTo("阳光花园");
		assertThat(unchanged.managementFeeRate()).isEqualByComparingTo("1.50");
		assertThat(unchanged.version()).isEqualTo(community.version());
	}

	@Test
	void aStaleVersionKeepsTheInputAndSavesNothing() throws Exception {
		// Someone else changes the community meanwhile, through the API's service.
		Fixtures.as(admin, () -> communities.update(community.id(), community.version(),
				new CommunityCommand(null, "阳光花园（新）", "测试路1号", "Asia/Shanghai", new BigDecimal("1.80"))));
		mvc.perform(change(community.id(), community.version(), "我的改名", "Asia/Shanghai", "3.00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该记录已被其他人修改，请刷新后重试。")))
			.andExpect(content().string(containsString("value=\"我的改名\"")))
			.andExpect(content().string(containsString("value=\"3.00\"")));
		CommunityView kept = Fixtures.as(admin, () -> communities.get(community.id()));
		assertThat(kept.name()).isEqualTo("阳光花园（新）");
		assertThat(kept.managementFeeRate()).isEqualByComparingTo("1.80");
	}

	@Test
	void anotherCommunityIsNotFoundAndARoleWithoutThePermissionIsRefused() throws Exception {
		StaffUser manager = fixtures.staff(Role.MANAGER, community.id());
		StaffUser agent = fixtures.staff(Role.AGENT, community.id());
		// Not the manager's community: as if it did not exist, and unchanged.
		mvc.perform(get("/communities/" + other.id() + "/edit").with(user(manager))).andExpect(status().isNotFound());
		mvc.perform(change(other.id(), other.version(), "越权", "Asia/Shanghai", "9.00").with(user(manager)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/communities/999999999/edit").with(user(admin))).andExpect(status().isNotFound());
		// An agent of the community sees it listed without an edit button and may not
		// edit.
		mvc.perform(get("/communities").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光花园")))
			.andExpect(content().string(not(containsString("/communities/" + community.id() + "/edit"))));
		mvc.perform(get("/communities/" + community.id() + "/edit").with(user(agent)))
			.andExpect(status().isForbidden());
		mvc.perform(change(community.id(), community.version(), "越权", "Asia/Shanghai", "9.00").with(user(agent)))
			.andExpect(status().isForbidden());
		assertThat(Fixtures.as(admin, () -> communities.get(other.id())).name()).isEqualTo("翠湖居");
		assertThat(Fixtures.as(admin, () -> communities.get(community.id())).name()).isEqualTo("阳光花园");
	}

	private MockHttpServletRequestBuilder change(long id, int version, String name, String zone, String rate) {
		return post("/communities/" + id + "/edit").with(user(admin))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("name", name)
			.param("address", "测试路1号")
			.param("timeZone", zone)
			.param("managementFeeRate", rate);
	}

}
