package com.guanjia.estate;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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

	@Autowired
	ParkingManagement parking;

	long community;

	long building;

	long unit;

	long other;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		// Another community, created before anything reads the scope of the test's
		// request.
		other = fixtures.community("翠湖居").id();
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

	/**
	 * Issue 2 item 6: the unit list as a workbook, as filtered, of the current community
	 * only.
	 */
	@Test
	void exportsTheListToExcel() throws Exception {
		fixtures.unit(other, fixtures.building(other, "9").id(), "1", "0901", "70.00");
		mvc.perform(get("/units").with(user(manager)))
			.andExpect(content().string(containsString("/units/export.xlsx")));

		List<List<String>> rows = workbook(mvc.perform(get("/units/export.xlsx").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn());
		assertThat(rows.get(0)).containsExactly("房号", "楼栋编号", "单元", "房号", "类型", "楼层", "建筑面积 (m²)", "状态", "交房日期");
		assertThat(rows).hasSize(3);
		assertThat(rows.subList(1, 3)).extracting(r -> r.get(0)).containsExactlyInAnyOrder("3-2-1502", "3-1-0101");
		List<String> unit1502 = rows.stream().filter(r -> r.get(0).equals("3-2-1502")).findFirst().orElseThrow();
		assertThat(unit1502).containsSequence("3", "2", "1502", "住宅");
		assertThat(unit1502).contains("89.5", "自住", "2020-06-17");
		assertThat(rows).noneMatch(r -> r.get(0).startsWith("9-"));

		// The filter of the list applies to the workbook too.
		assertThat(workbook(mvc.perform(get("/units/export.xlsx").param("q", "1502").with(user(manager))).andReturn()))
			.hasSize(2);
	}

	@Test
	void exportsBuildingsAndParkingSpacesToExcel() throws Exception {
		fixtures.building(other, "99");
		Fixtures.as(Fixtures.ROOT, () -> {
			parking.create(community, new ParkingCommand("B1-001", "地下一层", ParkingState.SOLD, unit));
			parking.create(community, new ParkingCommand("B1-002", null, ParkingState.VACANT, null));
			return parking.create(other, new ParkingCommand("X-999", null, ParkingState.VACANT, null));
		});
		mvc.perform(get("/buildings").with(user(manager)))
			.andExpect(content().string(containsString("/buildings/export.xlsx")));
		List<List<String>> buildings = workbook(
				mvc.perform(get("/buildings/export.xlsx").with(user(manager))).andExpect(status().isOk()).andReturn());
		assertThat(buildings).containsExactly(List.of("编号", "名称", "层数", "房屋数"), List.of("3", "3栋", "18", "2"));

		mvc.perform(get("/parking").with(user(manager)))
			.andExpect(content().string(containsString("/parking/export.xlsx")));
		List<List<String>> spaces = workbook(
				mvc.perform(get("/parking/export.xlsx").with(user(manager))).andExpect(status().isOk()).andReturn());
		assertThat(spaces.get(0)).containsExactly("车位编号", "区域", "状态", "房屋");
		assertThat(spaces.subList(1, spaces.size()))
			.containsExactlyInAnyOrder(List.of("B1-001", "地下一层", "已售", "3-2-1502"), List.of("B1-002", "", "空置", ""));
		assertThat(workbook(
				mvc.perform(get("/parking/export.xlsx").param("state", "VACANT").with(user(manager))).andReturn()))
			.hasSize(2);
	}

	/** The first sheet's cells as text, row by row (numbers without a trailing ".0"). */
	static List<List<String>> workbook(MvcResult result) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (Row row : book.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? ""
							: cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
									? new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
										.toPlainString()
									: format.formatCellValue(cell));
				}
				rows.add(cells);
			}
		}
		return rows;
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
