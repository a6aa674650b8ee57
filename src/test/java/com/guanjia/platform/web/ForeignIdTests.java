package com.guanjia.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;

import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every id in a request is checked to exist in the request's community (issue 9 item 17):
 * another community's id, sent by an administrator who may see both communities, answers
 * 404 or 400/422 naming the field, and nothing is saved. One test per family of
 * operations; {@link OpenApiFuzzTests} sends another community's ids to every operation.
 */
@GuanjiaTest
class ForeignIdTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	long own;

	UnitView unit;

	long resident;

	long foreign;

	long foreignBuilding;

	UnitView foreignUnit;

	long foreignResident;

	@BeforeEach
	void setUp() throws Exception {
		own = fixtures.community("本项目").id();
		foreign = fixtures.community("别的项目").id();
		unit = fixtures.unit(own, fixtures.building(own, "1").id(), "1", "101", "90.00");
		resident = resident(own, "张三");
		foreignBuilding = fixtures.building(foreign, "2").id();
		foreignUnit = fixtures.unit(foreign, foreignBuilding, "1", "201", "90.00");
		foreignResident = resident(foreign, "李四");
	}

	@Test
	void workOrdersRefuseAnotherCommunitysReporterAndUnit() throws Exception {
		String order = """
				{"communityId": %d, "kind": "IN_UNIT_REPAIR", "unitId": %d, "reporterPartyId": %d,
				 "reporterName": "张三", "reporterPhone": "13800138000", "description": "水龙头漏水"}""";
		refused(post("/api/work-orders"), order.formatted(own, unit.id(), foreignResident), "reporterPartyId",
				"work_order");
		refused(post("/api/work-orders"), order.formatted(own, foreignUnit.id(), resident), "unitId", "work_order");
	}

	@Test
	void deskRecordsRefuseAnotherCommunitysCallerAndUnit() throws Exception {
		String record = """
				{"communityId": %d, "channel": "PHONE", "partyId": %d, "callerName": "张三",
				 "callerPhone": "13800138000", "unitId": %d, "question": "楼道灯不亮", "answeredOnTheSpot": false}""";
		refused(post("/api/reception-records"), record.formatted(own, foreignResident, unit.id()), "partyId",
				"reception_record");
		refused(post("/api/reception-records"), record.formatted(own, resident, foreignUnit.id()), "unitId",
				"reception_record");
	}

	@Test
	void metersRefuseAnotherCommunitysBuildingAndUnit() throws Exception {
		refused(post("/api/meters"), """
				{"communityId": %d, "kind": "WATER", "code": "%s", "buildingId": %d}""".formatted(own,
				Fixtures.unique("W"), foreignBuilding), "buildingId", "meter");
		refused(post("/api/meters"), """
				{"communityId": %d, "kind": "WATER", "code": "%s", "unitId": %d}""".formatted(own, Fixtures.unique("W"),
				foreignUnit.id()), "unitId", "meter");
	}

	@Test
	void occupancyRefusesAnotherCommunitysUnitAndPerson() throws Exception {
		refused(post("/api/owners"), """
				{"communityId": %d, "unitId": %d, "partyId": %d, "share": 1, "since": "2020-06-17"}""".formatted(own,
				unit.id(), foreignResident), "partyId", "ownership");
		refused(post("/api/owners"), """
				{"communityId": %d, "unitId": %d, "partyId": %d, "share": 1, "since": "2020-06-17"}""".formatted(own,
				foreignUnit.id(), resident), "unitId", "ownership");
		refused(post("/api/vehicles"), """
				{"communityId": %d, "unitId": %d, "partyId": %d, "plate": "粤B%05d"}""".formatted(own, unit.id(),
				foreignResident, (int) (own % 90000) + 10000), "partyId", "vehicle");
	}

	@Test
	void theEstateRefusesAnotherCommunitysBuildingAndUnit() throws Exception {
		refused(post("/api/units"), """
				{"communityId": %d, "buildingId": %d, "entrance": "1", "roomNo": "909", "kind": "RESIDENCE",
				 "buildingArea": 80.00, "state": "OCCUPIED", "handoverDate": "2020-06-17"}""".formatted(own,
				foreignBuilding), "buildingId", "unit");
		refused(post("/api/parking-spaces"), """
				{"communityId": %d, "code": "%s", "zone": "B1", "state": "SOLD", "unitId": %d}""".formatted(own,
				Fixtures.unique("P"), foreignUnit.id()), "unitId", "parking_space");
	}

	@Test
	void theCashierRefusesAnotherCommunitysBillLines() throws Exception {
		long foreignLine = (send(post("/api/units/" + foreignUnit.id() + "/charges"), """
				{"item": "RENOVATION_GARBAGE", "amount": 35.00, "reason": "清运"}""")).path("id").asLong();
		refused(post("/api/payments"), """
				{"unitId": %d, "lineIds": [%d], "method": "TRANSFER", "idempotencyKey": "%s"}""".formatted(unit.id(),
				foreignLine, Fixtures.unique("k")), "lineIds", "payment");
	}

	@Test
	void inspectionsRefuseAnotherCommunitysBuildingStaffAndArea() throws Exception {
		refused(post("/api/inspections/areas"), """
				{"communityId": %d, "kind": "BUILDING", "name": "%s", "buildingId": %d}""".formatted(own,
				Fixtures.unique("区"), foreignBuilding), "buildingId", "inspection_area");
		long route = (send(post("/api/inspections/routes"), """
				{"communityId": %d, "name": "%s"}""".formatted(own, Fixtures.unique("线")))).path("id").asLong();
		StaffUser foreignGuard = fixtures.staff(Role.GUARD, foreign);
		refused(post("/api/inspections/schedules"), """
				{"communityId": %d, "name": "夜巡", "kind": "PATROL", "routeId": %d, "recurrence": "DAILY",
				 "windows": "20:00-22:00", "assigneeStaffId": %d}""".formatted(own, route, foreignGuard.staffId()),
				"assigneeStaffId", "inspection_schedule");
		long foreignArea = (send(post("/api/inspections/areas"), """
				{"communityId": %d, "kind": "GROUNDS", "name": "%s"}""".formatted(foreign, Fixtures.unique("区"))))
			.path("id")
			.asLong();
		refused(post("/api/inspections/routes/" + route + "/checkpoints"), """
				{"name": "大堂", "areaId": %d, "templateCode": "X"}""".formatted(foreignArea), "areaId",
				"inspection_checkpoint");
	}

	@Test
	void aDepartmentLeadMustWorkForTheCommunity() throws Exception {
		StaffUser stranger = fixtures.staff(Role.SUPERVISOR, foreign);
		long department = jdbc.sql("select id from department where community_id = ? order by id limit 1")
			.param(own)
			.query(Long.class)
			.single();
		MockHttpServletResponse answer = mvc
			.perform(put("/api/departments/" + department + "/lead").with(user(Fixtures.ROOT))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"leadStaffId\": " + stranger.staffId() + "}"))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isIn(400, 404, 422);
		assertThat(jdbc.sql("select lead_staff_id from department where id = ?")
			.param(department)
			.query(Long.class)
			.optional()).isEmpty();
	}

	/**
	 * The request is refused 404, or 400/422 naming the field, and the table holds no new
	 * row of the request's community.
	 */
	private void refused(MockHttpServletRequestBuilder request, String body, String field, String table)
			throws Exception {
		int before = count(table);
		MockHttpServletResponse answer = mvc
			.perform(request.with(user(Fixtures.ROOT)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		String text = answer.getContentAsString();
		assertThat(answer.getStatus()).as("%s %s", body, text).isIn(400, 404, 422);
		if (answer.getStatus() == 400) {
			List<String> fields = FuzzEstate.JSON.readTree(text).path("errors").findValuesAsString("field");
			assertThat(fields).as("the fields named in %s", text)
				.anySatisfy(named -> assertThat(named).contains(field));
		}
		assertThat(count(table)).as("rows of %s", table).isEqualTo(before);
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table + " where community_id = ?")
			.param(own)
			.query(Integer.class)
			.single();
	}

	private long resident(long community, String name) throws Exception {
		return (send(post("/api/residents"), """
				{"communityId": %d, "kind": "PERSON", "name": "%s", "phones": ["13800138000"]}""".formatted(community,
				name)))
			.path("id")
			.asLong();
	}

	private JsonNode send(MockHttpServletRequestBuilder request, String body) throws Exception {
		MockHttpServletResponse answer = mvc
			.perform(request.with(user(Fixtures.ROOT)).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).as(answer.getContentAsString()).isLessThan(300);
		return FuzzEstate.JSON.readTree(answer.getContentAsString());
	}

}
