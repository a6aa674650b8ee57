package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.UnitId;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * R1.3, R1.4 through the console: the resident list and forms, the unit's residents panel
 * and its forms.
 */
@GuanjiaTest
class ResidentPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ResidentDirectory directory;

	long community;

	long unit;

	long other;

	StaffUser agent;

	MockHttpSession session;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		// Another community, created before anything reads the scope of the test's
		// request.
		other = fixtures.community("翠湖居").id();
		unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
		session = new MockHttpSession();
	}

	@Test
	void theUnitPanelWorksWithoutOccupants() throws Exception {
		mvc.perform(get("/units/" + unit).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/units/" + unit + "/residents")));
		mvc.perform(get("/units/" + unit + "/residents").header("HX-Request", "true").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("occupants-empty")))
			.andExpect(content().string(containsString("/units/" + unit + "/owners/new")))
			.andExpect(content().string(not(containsString("ownership-transfers/new"))))
			.andExpect(content().string(not(containsString("<nav"))));
		// A cashier sees the panel but none of the buttons that write.
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/units/" + unit + "/residents").with(user(cashier)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/owners/new"))));
	}

	@Test
	void registersAResidentFromTheFormAndExplainsMistakes() throws Exception {
		mvc.perform(post("/residents/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("kind", "PERSON")
			.param("name", "")
			.param("idCardNumber", "110101199003071230")
			.param("phones[0]", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("身份证号码校验位不正确")))
			.andExpect(content().string(containsString("不是有效的电话号码")))
			.andExpect(content().string(containsString("value=\"12345\"")));
		String id = People.idCard();
		mvc.perform(post("/residents/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("kind", "PERSON")
			.param("name", "黄晓明")
			.param("idCardNumber", id)
			.param("phones[0]", "138 0013 8000")).andExpect(redirectedUrlPattern("/residents/*"));
		mvc.perform(get("/residents").param("q", "晓明").header("HX-Request", "true").session(session).with(user(agent)))
			.andExpect(content().string(containsString("黄晓明")))
			.andExpect(content().string(containsString("138****8000")))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/residents").param("q", "晓明").param("lang", "en").session(session).with(user(agent)))
			.andExpect(content().string(containsString("New resident")));
	}

	@Test
	void registersOwnersTenantsMembersAndVehiclesFromTheUnitPage() throws Exception {
		String id = People.idCard();
		mvc.perform(post("/units/" + unit + "/owners/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "王建国")
			.param("party.phones[0]", "13800138000")
			.param("share", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("业主必须填写身份证号码")));
		mvc.perform(post("/units/" + unit + "/owners/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "王建国")
			.param("party.idCardNumber", id)
			.param("party.phones[0]", "13800138000")
			.param("since", "2020-06-17")).andExpect(redirectedUrl("/units/" + unit));
		// The same again (a double submit): refused on the form, nothing saved twice.
		mvc.perform(post("/units/" + unit + "/owners/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "王建国")
			.param("party.idCardNumber", id)
			.param("party.phones[0]", "13800138000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已登记为住户 王建国")));
		assertThat(Fixtures.as(agent, () -> directory.ownersOf(UnitId.of(community, unit)))).hasSize(1);

		mvc.perform(post("/units/" + unit + "/tenants/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "陈租客")
			.param("party.phones[0]", "13900139000")
			.param("startsOn", "2026-01-01")
			.param("endsOn", "2026-12-31")).andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(post("/units/" + unit + "/household-members/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "王小明")
			.param("relation", "CHILD")).andExpect(redirectedUrl("/units/" + unit));
		String plate = People.plate();
		mvc.perform(post("/units/" + unit + "/vehicles/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("plate", "粤Z")).andExpect(status().isOk()).andExpect(content().string(containsString("不是有效的车牌号")));
		mvc.perform(post("/units/" + unit + "/vehicles/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("plate", plate)
			.param("brand", "比亚迪")).andExpect(redirectedUrl("/units/" + unit));

		mvc.perform(get("/units/" + unit + "/residents").with(user(agent)))
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString("陈租客")))
			.andExpect(content().string(containsString("王小明")))
			.andExpect(content().string(containsString(plate)))
			.andExpect(content().string(containsString("138****8000")))
			.andExpect(content().string(not(containsString("13800138000"))))
			.andExpect(content().string(containsString("ownership-transfers/new")));

		// Picking an existing resident for another form.
		mvc.perform(get("/residents/pick").param("unitId", String.valueOf(unit)).param("q", "建国").with(user(agent)))
			.andExpect(content().string(containsString("name=\"partyId\"")))
			.andExpect(content().string(containsString("王建国")));
	}

	/**
	 * R1.4 by page: the transfer form; the old owner stays in the history with the end
	 * date.
	 */
	@Test
	void recordsATransferFromTheFormKeepingHistory() throws Exception {
		mvc.perform(post("/units/" + unit + "/owners/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("party.kind", "PERSON")
			.param("party.name", "王建国")
			.param("party.idCardNumber", People.idCard())
			.param("party.phones[0]", "13800138000")
			.param("since", "2020-06-17")).andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(get("/units/" + unit + "/ownership-transfers/new").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王建国")));
		mvc.perform(post("/units/" + unit + "/ownership-transfers/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("date", "2026-11-20")
			.param("reason", "SALE")
			.param("newOwners[0].party.kind", "PERSON")
			.param("newOwners[0].party.name", "刘德明")
			.param("newOwners[0].party.idCardNumber", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证号码应为18位")));
		mvc.perform(post("/units/" + unit + "/ownership-transfers/new").session(session)
			.with(user(agent))
			.with(csrf())
			.param("date", "2026-11-20")
			.param("reason", "SALE")
			.param("contractNo", "HT-9")
			.param("newOwners[0].party.kind", "PERSON")
			.param("newOwners[0].party.name", "刘德明")
			.param("newOwners[0].party.idCardNumber", People.idCard())
			.param("newOwners[0].party.phones[0]", "13700137000")
			.param("newOwners[1].party.kind", "PERSON")).andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(get("/units/" + unit + "/residents").with(user(agent)))
			.andExpect(content().string(containsString("刘德明")))
			.andExpect(content().string(containsString("ownership-history")))
			.andExpect(content().string(containsString("2020-06-17 – 2026-11-20")))
			.andExpect(content().string(containsString("HT-9")));
	}

	@Autowired
	UnitOccupancy occupancy;

	@Test
	void movesATenantOutFromThePanelOnce() throws Exception {
		long tenancy = Fixtures.as(agent,
				() -> occupancy.moveIn(community,
						new TenantCommand(unit, null, PartyCommand.person("陈租客", null, People.mobile()), null, null)))
			.id();
		mvc.perform(post("/tenancies/" + tenancy + "/move-out").session(session).with(user(agent)).with(csrf()))
			.andExpect(redirectedUrl("/units/" + unit));
		mvc.perform(post("/tenancies/" + tenancy + "/move-out").session(session).with(user(agent)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("陈租客 已迁出")));
	}

	/**
	 * Issue 2 item 6, R1.3: the resident list as a workbook holds the ID numbers and
	 * phones masked exactly as the list shows them, and no other community's residents.
	 */
	@Test
	void exportsTheListToExcelMaskedAsTheListShowsIt() throws Exception {
		String idCard = People.idCard();
		String mobile = People.mobile();
		Fixtures.as(Fixtures.ROOT, () -> occupancy.registerOwner(community,
				new OwnerCommand(unit, null, PartyCommand.person("周建业", idCard, mobile), null, null)));
		long otherUnit = fixtures.unit(other, fixtures.building(other, "1").id(), "1", "101", "80.00").id();
		Fixtures.as(Fixtures.ROOT, () -> occupancy.registerOwner(other, new OwnerCommand(otherUnit, null,
				PartyCommand.person("吴别家", People.idCard(), People.mobile()), null, null)));
		String maskedId = idCard.substring(0, 3) + "*".repeat(11) + idCard.substring(14);
		String maskedPhone = mobile.substring(0, 3) + "****" + mobile.substring(7);

		// A manager may see whole numbers on a resident's page, but the list masks them.
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		mvc.perform(get("/residents").with(user(manager)))
			.andExpect(content().string(containsString(maskedId)))
			.andExpect(content().string(containsString(maskedPhone)))
			.andExpect(content().string(containsString("/residents/export.xlsx")));
		for (StaffUser who : List.of(manager, agent)) {
			MvcResult result = mvc.perform(get("/residents/export.xlsx").with(user(who)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.andReturn();
			List<List<String>> rows = new ArrayList<>();
			DataFormatter format = new DataFormatter();
			try (XSSFWorkbook book = new XSSFWorkbook(
					new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
				for (Row row : book.getSheetAt(0)) {
					List<String> cells = new ArrayList<>();
					row.forEach(cell -> cells.add(format.formatCellValue(cell)));
					rows.add(cells);
				}
			}
			assertThat(rows.get(0)).containsExactly("姓名", "类型", "身份证号码", "电话", "房屋");
			assertThat(rows.subList(1, rows.size()))
				.containsExactly(List.of("周建业", "个人", maskedId, maskedPhone, "3-2-1502 业主"));
			assertThat(rows.toString()).doesNotContain(idCard, mobile, "吴别家");
		}
	}

}
