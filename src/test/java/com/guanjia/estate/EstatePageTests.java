package com.guanjia.estate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.1 through the console: the unit list (full page and htmx fragment), the form and its
 * errors.
 */
@GuanjiaTest
class EstatePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitBulkImport units;

	long community;

	long building;

	long unit;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		fixtures.unit(community, building, "1", "0101", "120.00");
		manager = fixtures.staff(Role.MANAGER, community);
	}

	@Test
	void listsUnitsAsAPageAndAsAnHtmxFragment() throws Exception {
		mvc.perform(get("/units").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<nav")))
			.andExpect(content().string(containsString("3-2-1502")))
			.andExpect(content().string(containsString("3-1-0101")));
		mvc.perform(get("/units").param("q", "1502").header("HX-Request", "true").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3-2-1502")))
			.andExpect(content().string(not(containsString("3-1-0101"))))
			.andExpect(content().string(not(containsString("<nav"))));
	}

	@Test
	void pagesThroughALongList() throws Exception {
		Fixtures.as(Fixtures.ROOT, () -> {
			java.util.List<UnitImportRow> rows = new java.util.ArrayList<>();
			for (int i = 1; i <= 60; i++) {
				rows.add(new UnitImportRow(i, "8", "8栋", new UnitCommand(null, "1", String.valueOf(100 + i),
						UnitKind.RESIDENCE, 1, new java.math.BigDecimal("50.00"), UnitState.UNSOLD, null)));
			}
			return units.importUnits(community, rows);
		});
		mvc.perform(get("/units").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 1 / 2 页，共 62 条")));
		mvc.perform(get("/units").param("page", "1").header("HX-Request", "true").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第 2 / 2 页，共 62 条")));
	}

	@Test
	void showsEnglishWhenAsked() throws Exception {
		mvc.perform(get("/units").param("lang", "en").with(user(manager)))
			.andExpect(content().string(containsString("New unit")))
			.andExpect(content().string(containsString("Occupied")));
		mvc.perform(get("/units").with(user(manager))).andExpect(content().string(containsString("新增房屋")));
	}

	@Test
	void registersAUnitFromTheFormAndExplainsMistakes() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/units/new").session(session)
			.with(user(manager))
			.with(csrf())
			.param("buildingId", String.valueOf(building))
			.param("roomNo", "1601")
			.param("kind", "RESIDENCE")
			.param("buildingArea", "-3")
			.param("state", "UNSOLD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建筑面积必须大于 0")));
		mvc.perform(post("/units/new").session(session)
			.with(user(manager))
			.with(csrf())
			.param("buildingId", String.valueOf(building))
			.param("roomNo", "1601")
			.param("kind", "RESIDENCE")
			.param("buildingArea", "abc")
			.param("state", "UNSOLD")).andExpect(status().isOk()).andExpect(content().string(containsString("请输入数字")));
		mvc.perform(post("/units/new").session(session)
			.with(user(manager))
			.with(csrf())
			.param("buildingId", String.valueOf(building))
			.param("entrance", "2")
			.param("roomNo", "1601")
			.param("kind", "RESIDENCE")
			.param("buildingArea", "76.30")
			.param("state", "UNSOLD"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/units/*"));
		mvc.perform(get("/units").param("q", "2-1601").with(user(manager)))
			.andExpect(content().string(containsString("3-2-1601")));
	}

	@Test
	void editsAUnitFromTheForm() throws Exception {
		mvc.perform(get("/units/" + unit + "/edit").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1502\"")))
			.andExpect(content().string(containsString("value=\"89.50\"")));
		// A bad area: the form comes back naming the field, nothing saved.
		mvc.perform(edit(unit, "0", "-3", "RENTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("建筑面积必须大于 0")))
			.andExpect(content().string(containsString("value=\"-3\"")));
		mvc.perform(get("/units/" + unit).with(user(manager)))
			.andExpect(content().string(containsString("89.50")))
			.andExpect(content().string(not(containsString("id=\"unit-state\">出租<"))));
		// A good version: saved, back on the unit page.
		mvc.perform(edit(unit, "0", "91.25", "RENTED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(get("/units/" + unit).with(user(manager)))
			.andExpect(content().string(containsString("91.25")))
			.andExpect(content().string(containsString("id=\"unit-state\">出租<")));
		// The version the first user saw is stale now: a friendly message on the form,
		// the
		// saved values stay.
		mvc.perform(edit(unit, "0", "10.00", "VACANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该记录已被其他人修改，请刷新后重试。")))
			.andExpect(content().string(containsString("<form")));
		mvc.perform(get("/units/" + unit).with(user(manager)))
			.andExpect(content().string(containsString("91.25")))
			.andExpect(content().string(containsString("id=\"unit-state\">出租<")));
	}

	private MockHttpServletRequestBuilder edit(long id, String version, String area, String state) {
		return post("/units/" + id + "/edit").with(user(manager))
			.with(csrf())
			.param("version", version)
			.param("buildingId", String.valueOf(building))
			.param("entrance", "2")
			.param("roomNo", "1502")
			.param("kind", "RESIDENCE")
			.param("buildingArea", area)
			.param("state", state)
			.param("handoverDate", "2020-06-17");
	}

	@Test
	void createsACommunityFromThePage() throws Exception {
		StaffUser admin = fixtures.staff(Role.ADMIN);
		String code = Fixtures.unique("C");
		mvc.perform(post("/communities").with(user(admin))
			.with(csrf())
			.param("code", code)
			.param("name", "碧水湾")
			.param("timeZone", "Asia/Shanghai")
			.param("managementFeeRate", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("金额超出范围")));
		mvc.perform(get("/communities").with(user(admin))).andExpect(content().string(not(containsString(code))));
		mvc.perform(post("/communities").with(user(admin))
			.with(csrf())
			.param("code", code)
			.param("name", "碧水湾")
			.param("timeZone", "Asia/Shanghai")
			.param("managementFeeRate", "0.80"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("碧水湾")));
		mvc.perform(get("/communities").with(user(admin)))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("0.80")));
		// A manager has no community form and may not post one.
		mvc.perform(post("/communities").with(user(manager))
			.with(csrf())
			.param("code", Fixtures.unique("C"))
			.param("name", "越权")).andExpect(status().isForbidden());
	}

	@Test
	void createsAndEditsABuildingFromThePage() throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/buildings").session(session)
			.with(user(manager))
			.with(csrf())
			.param("code", "3")
			.param("name", "重复")).andExpect(status().isOk()).andExpect(content().string(containsString("楼栋编号 3 已存在")));
		mvc.perform(post("/buildings").session(session)
			.with(user(manager))
			.with(csrf())
			.param("code", "5")
			.param("name", "5号楼")
			.param("floors", "12")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/buildings").session(session).with(user(manager)))
			.andExpect(content().string(containsString("5号楼")))
			.andExpect(content().string(containsString("/buildings/" + building + "/edit")));

		mvc.perform(get("/buildings/" + building + "/edit").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"3栋\"")));
		mvc.perform(post("/buildings/" + building + "/edit").with(user(manager))
			.with(csrf())
			.param("version", "0")
			.param("code", "3")
			.param("name", "3栋")
			.param("floors", "500"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/buildings/" + building + "/edit").with(user(manager))
			.with(csrf())
			.param("version", "0")
			.param("code", "3")
			.param("name", "3号楼")
			.param("floors", "20")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/buildings").session(session).with(user(manager)))
			.andExpect(content().string(containsString("3号楼")));
		mvc.perform(post("/buildings/" + building + "/edit").with(user(manager))
			.with(csrf())
			.param("version", "0")
			.param("code", "3")
			.param("name", "旧名"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该记录已被其他人修改，请刷新后重试。")));
		mvc.perform(get("/buildings").session(session).with(user(manager)))
			.andExpect(content().string(containsString("3号楼")))
			.andExpect(content().string(not(containsString("旧名"))));
	}

	@Test
	void aFormWithoutCsrfTokenIsRejected() throws Exception {
		mvc.perform(post("/units/new").with(user(manager))
			.param("buildingId", String.valueOf(building))
			.param("roomNo", "1701")
			.param("kind", "RESIDENCE")
			.param("buildingArea", "76.30")
			.param("state", "UNSOLD")).andExpect(status().isForbidden());
		mvc.perform(get("/units").param("q", "1701").with(user(manager)))
			.andExpect(content().string(not(containsString("3-1701"))));
	}

	@Test
	void exportsTheListToExcel() throws Exception {
		mvc.perform(get("/units/export.xlsx").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void rendersTheHomeBuildingsAndCommunitiesPages() throws Exception {
		mvc.perform(get("/").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("阳光花园")));
		mvc.perform(get("/buildings").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("3栋")));
		mvc.perform(get("/communities").with(user(manager))).andExpect(status().isOk());
	}

}
