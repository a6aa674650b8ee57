package com.guanjia.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.People;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.StatementLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * One search box (issue item 5): a unit label or room number, a name fragment of two or
 * three Chinese characters, the last four digits of a phone, a plate or part of it —
 * inside the caller's community only, phones masked.
 */
@GuanjiaTest
class SearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	HouseholdRegistry households;

	@Autowired
	JdbcClient jdbc;

	long community;

	long otherCommunity;

	long unit;

	StaffUser butler;

	String phone;

	String plate;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		otherCommunity = fixtures.community("翠湖居").id();
		long building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		fixtures.unit(community, building, "1", "0801", "89.50");
		long otherBuilding = fixtures.building(otherCommunity, "3").id();
		long otherUnit = fixtures.unit(otherCommunity, otherBuilding, "2", "1502", "70.00").id();
		phone = People.mobile("8642");
		plate = People.plate();
		Fixtures.as(Fixtures.ROOT, () -> {
			occupancy.registerOwner(community,
					new OwnerCommand(unit, null, PartyCommand.person("王建国", People.idCard(), phone), null, null));
			households.registerVehicle(community, new VehicleCommand(unit, null, plate, "比亚迪", "白"));
			// The same name, phone ending and plate in another community must never show
			// up.
			occupancy.registerOwner(otherCommunity, new OwnerCommand(otherUnit, null,
					PartyCommand.person("王建国", People.idCard(), People.mobile("8642")), null, null));
			households.registerVehicle(otherCommunity,
					new VehicleCommand(otherUnit, null, "粤A" + plate.substring(2), null, null));
		});
		butler = fixtures.staff(Role.BUTLER, community);
	}

	ResultActions api(String q) throws Exception {
		return mvc
			.perform(
					get("/api/search").param("communityId", String.valueOf(community)).param("q", q).with(user(butler)))
			.andExpect(status().isOk());
	}

	@Test
	void findsAUnitByLabelOrRoomNumber() throws Exception {
		api("3-2-1502").andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].id").value(unit))
			.andExpect(jsonPath("$.units[0].communityId").value(community));
		api("1502").andExpect(jsonPath("$.units[0].label").value("3-2-1502"));
		api("0801").andExpect(jsonPath("$.units[0].label").value("3-1-0801"));
	}

	/**
	 * Two- and three-character Chinese fragments: the cluster's C.UTF-8 locale lets
	 * trigrams cover 汉字.
	 */
	@Test
	void findsAPersonByANameFragment() throws Exception {
		for (String q : List.of("建国", "王建国", "王建")) {
			api(q).andExpect(jsonPath("$.residents", hasSize(1)))
				.andExpect(jsonPath("$.residents[0].name").value("王建国"))
				.andExpect(jsonPath("$.residents[0].units[0].unitLabel").value("3-2-1502"));
		}
		api("李四").andExpect(jsonPath("$.residents", hasSize(0)));
	}

	@Test
	void findsAPersonByTheLastFourDigitsOfAPhoneAndMasksIt() throws Exception {
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		api("8642").andExpect(jsonPath("$.residents", hasSize(1)))
			.andExpect(jsonPath("$.residents[0].phones[0]").value(masked))
			.andExpect(content().string(not(containsString(phone))));
		api(phone).andExpect(jsonPath("$.residents", hasSize(1)));
	}

	@Test
	void findsAVehicleByPlateOrPart() throws Exception {
		api(plate).andExpect(jsonPath("$.vehicles", hasSize(1)))
			.andExpect(jsonPath("$.vehicles[0].unitLabel").value("3-2-1502"));
		api(plate.substring(1).toLowerCase()).andExpect(jsonPath("$.vehicles", hasSize(1)));
		api(plate.substring(3)).andExpect(jsonPath("$.vehicles[0].plate").value(plate));
	}

	@Test
	void staysInsideTheCommunity() throws Exception {
		mvc.perform(get("/api/search").param("communityId", String.valueOf(otherCommunity))
			.param("q", "建国")
			.with(user(butler))).andExpect(status().isForbidden());
		api("王建国").andExpect(jsonPath("$.residents[*].communityId", not(hasItem((int) otherCommunity))));
		api(plate.substring(2)).andExpect(jsonPath("$.vehicles", hasSize(1)));
		api("3-2-1502").andExpect(jsonPath("$.units", hasSize(1)));
	}

	@Test
	void thePageSearchesTheCurrentCommunity() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String masked = phone.substring(0, 3) + "****" + phone.substring(7);
		mvc.perform(get("/search").param("q", "建国").session(session).with(user(butler)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<nav")))
			.andExpect(content().string(containsString("/residents/")))
			.andExpect(content().string(containsString("王建国")))
			.andExpect(content().string(containsString(masked)))
			.andExpect(content().string(not(containsString(phone))));
		mvc.perform(get("/search").param("q", "1502").header("HX-Request", "true").session(session).with(user(butler)))
			.andExpect(content().string(containsString("/units/" + unit)))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/search").param("q", "建").session(session).with(user(butler)))
			.andExpect(content().string(containsString("请至少输入 2 个字符")));
		mvc.perform(get("/search").param("q", "不存在的人").session(session).with(user(butler)))
			.andExpect(content().string(containsString("search-none")));
	}

	/**
	 * The database side: pg_trgm makes trigrams of Chinese text (the cluster runs in
	 * C.UTF-8), and every search query can be bounded by an index on community_id, so a
	 * two-character fragment — too short for trigrams — scans one community's rows, never
	 * the whole table.
	 */
	@Test
	void trigramIndexesCoverChineseAndQueriesStayInTheCommunity() {
		// Under a plain C locale 汉字 are no word characters and these would have no
		// trigrams at all; multibyte trigrams are shown hashed, so count them: " 王", "
		// 王建", "王建国", "建国 ".
		assertThat(jdbc.sql("select array_length(show_trgm('王建国'), 1)").query(Integer.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select array_length(show_trgm('建国'), 1)").query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select similarity('王建国', '王建华') > 0").query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select indexdef from pg_indexes where indexname in "
				+ "('party_name_trgm_idx', 'party_phone_trgm_idx', 'vehicle_plate_trgm_idx', 'unit_label_trgm_idx')")
			.query(String.class)
			.list()).hasSize(4)
			.allSatisfy(def -> assertThat(def).containsPattern("USING gin \\(community_id, \\w+ gin_trgm_ops\\)"));
		// The service's own statements, captured while it searches (issue 15 item 5: the
		// test used to explain SQL it wrote itself): a name, a phone's last four digits,
		// a
		// plate fragment and a unit label. The scope's own lookup of the staff's
		// communities (access) is not the search's and is left out.
		List<String> statements = new ArrayList<>();
		for (String q : List.of("建国", "8642", plate.substring(2, 5), "2-15")) {
			statements.addAll(StatementLog.of(() -> Fixtures.as(butler, () -> search.search(community, q))));
		}
		assertThat(statements).as("the search's statements")
			.anyMatch(sql -> sql.contains("from party"))
			.anyMatch(sql -> sql.contains("party_phone"))
			.anyMatch(sql -> sql.contains("from vehicle"))
			.anyMatch(sql -> sql.contains("from unit"));
		List<String> searches = statements.stream()
			.filter(s -> s.matches("(?s)\\s*select.*"))
			.filter(s -> s.matches("(?s).*\\b(party|party_phone|vehicle|unit)\\b.*"))
			.toList();
		assertThat(searches).hasSizeGreaterThanOrEqualTo(4);
		for (String sql : searches) {
			assertThat(plan(sql)).as(sql).containsPattern("Index Cond: \\(+\\w*\\.?community_id = ");
		}
	}

	@Autowired
	QuickSearch search;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	/**
	 * The generic plan of a captured statement (its parameters unknown, as for any
	 * community): prepared on the server, which infers the parameters' types, and
	 * explained with a forced generic plan.
	 */
	String plan(String sql) {
		int parameters = StatementLog.numbered(sql).split("\\$\\d+", -1).length - 1;
		String nulls = String.join(", ", java.util.Collections.nCopies(parameters, "null"));
		return tx.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
			jdbc.sql("prepare captured as " + StatementLog.numbered(sql)).update();
			try {
				return String.join("\n",
						jdbc.sql("explain execute captured" + (parameters > 0 ? "(" + nulls + ")" : ""))
							.query((rs, row) -> rs.getString(1))
							.list());
			}
			finally {
				jdbc.sql("deallocate captured").update();
			}
		});
	}

}
