package com.guanjia.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.OwnershipTransfers;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.People;
import com.guanjia.residents.TenantCommand;
import com.guanjia.residents.TransferCommand;
import com.guanjia.residents.TransferReason;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R1.5 (unit events log) and R1.4 (archive documents) through the API, the panel and the
 * events.
 */
@GuanjiaTest
class UnitArchiveTests {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitManagement units;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	OwnershipTransfers transfers;

	@Autowired
	JdbcClient jdbc;

	long community;

	long building;

	long unit;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		building = fixtures.building(community, "3").id();
		unit = fixtures.unit(community, building, "2", "1502", "89.50").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	List<String> summaries() throws Exception {
		return JsonPath.read(mvc.perform(get("/api/units/" + unit + "/events").with(user(agent)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[*].summary");
	}

	/**
	 * R1.5: estate and residents events arrive in the unit's log, in order of their
	 * dates.
	 */
	@Test
	void logsEstateAndResidentsEventsInOrder() throws Exception {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(summaries()).contains("登记房屋 3-2-1502"));

		Fixtures.as(Fixtures.ROOT, () -> {
			units.change(unit, 0, new UnitCommand(building, "2", "1502", UnitKind.RESIDENCE, null,
					new BigDecimal("89.50"), UnitState.RENTED, LocalDate.of(2020, 6, 18)));
			occupancy.registerOwner(community, new OwnerCommand(unit, null,
					PartyCommand.person("王建国", People.idCard(), People.mobile()), null, LocalDate.of(2020, 7, 1)));
			occupancy.moveIn(community, new TenantCommand(unit, null, PartyCommand.person("陈租客", null, People.mobile()),
					LocalDate.of(2026, 3, 1), null));
			transfers.record(community,
					new TransferCommand(unit, LocalDate.of(2026, 11, 1), TransferReason.SALE, "HT-1", null,
							List.of(new TransferCommand.NewOwner(null,
									PartyCommand.person("刘德明", People.idCard(), People.mobile()), null))));
		});
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(summaries()).containsSubsequence("交房（2020-06-18）", "登记业主：王建国", "租户入住：陈租客",
					"产权转让（买卖）：王建国 → 刘德明"));
		assertThat(summaries()).contains("状态变更：自住 → 出租");
		mvc.perform(get("/api/units/" + unit + "/events").param("lang", "en").with(user(agent)))
			.andExpect(jsonPath("$[*].summary", hasItem("Ownership transferred (Sale): 王建国 → 刘德明")));
	}

	@Test
	void staffAddEntriesByHand() throws Exception {
		mvc.perform(post("/api/units/" + unit + "/events").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.with(user(agent))
			.content("""
					{"kind": "LEAK", "occurredOn": "2026-11-29", "note": "卫生间漏水至楼下"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.summary").value("漏水"))
			.andExpect(jsonPath("$.actor").value(agent.getUsername()));
		// A system kind, a future date, an empty note: refused with the field named.
		mvc.perform(post("/api/units/" + unit + "/events").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.with(user(agent))
			.content("{\"kind\": \"OWNER_REGISTERED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(post("/api/units/" + unit + "/events").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.with(user(agent))
			.content("{\"kind\": \"NOTE\", \"occurredOn\": \"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")));
		// The technician may not write the log (nor read it: no people-read since issue
		// 10).
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		mvc.perform(post("/api/units/" + unit + "/events").contentType(MediaType.APPLICATION_JSON)
			.with(csrf())
			.with(user(technician))
			.content("{\"kind\": \"LEAK\"}")).andExpect(status().isForbidden());

		// The panel through htmx: the form answers with the refreshed panel.
		mvc.perform(post("/units/" + unit + "/log").header("HX-Request", "true")
			.with(csrf())
			.with(user(agent))
			.param("kind", "RENOVATION_STARTED")
			.param("note", "厨房改造"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("装修开工")))
			.andExpect(content().string(containsString("厨房改造")))
			.andExpect(content().string(containsString("卫生间漏水至楼下")));
		mvc.perform(post("/units/" + unit + "/log").header("HX-Request", "true")
			.with(csrf())
			.with(user(agent))
			.param("kind", "NOTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("entry-error")));

		// The log is append-only.
		assertThatThrownBy(() -> jdbc.sql("delete from unit_event where community_id = ?").param(community).update())
			.hasMessageContaining("append-only");
	}

	/** R1.4: PDF, JPEG, PNG up to 10 MB, recognised by content; downloads checked. */
	@Test
	void uploadsDocumentsCheckingTypeAndSize() throws Exception {
		String body = mvc
			.perform(multipart("/api/units/" + unit + "/documents")
				.file(new MockMultipartFile("file", "购房合同.pdf", "application/pdf", PDF))
				.param("type", "PURCHASE_CONTRACT")
				.param("title", "购房合同")
				.with(csrf())
				.with(user(agent)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.size").value(PDF.length))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long doc = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/api/units/" + unit + "/documents/" + doc + "/content").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/units/" + unit + "/documents/" + doc).with(user(agent))).andExpect(status().isOk());
		assertThat(summaries()).contains("上传档案：购房合同《购房合同》");

		// A text file named .pdf, an executable, a PNG named .pdf, an empty file: refused
		// by content.
		byte[][] bad = { "hello".getBytes(), { 'M', 'Z', 0, 0 }, PNG };
		for (byte[] content : bad) {
			mvc.perform(multipart("/api/units/" + unit + "/documents")
				.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", content))
				.param("type", "ID_COPY")
				.with(csrf())
				.with(user(agent)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("file"));
		}
		mvc.perform(multipart("/api/units/" + unit + "/documents")
			.file(new MockMultipartFile("file", "id.png", "image/png", PNG))
			.param("type", "ID_COPY")
			.with(csrf())
			.with(user(agent))).andExpect(status().isCreated());
		// Over 10 MB.
		byte[] big = new byte[(int) UnitDocuments.MAX_SIZE + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		mvc.perform(multipart("/api/units/" + unit + "/documents")
			.file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
			.param("type", "OTHER")
			.with(csrf())
			.with(user(agent)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("upload.fileTooLarge"));
		mvc.perform(
				multipart("/api/units/" + unit + "/documents").param("type", "OTHER").with(csrf()).with(user(agent)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(get("/api/units/" + unit + "/documents").with(user(agent)))
			.andExpect(jsonPath("$.length()").value(2));

		// An ID copy is personal data: the cashier may list it but not open it.
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		long idCopy = ((Number) JsonPath.read(mvc.perform(get("/api/units/" + unit + "/documents").with(user(agent)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[1].id")).longValue();
		mvc.perform(get("/api/units/" + unit + "/documents/" + idCopy + "/content").with(user(cashier)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/units/" + unit + "/documents/" + doc + "/content").with(user(cashier)))
			.andExpect(status().isOk());

		// The panel lists the documents.
		mvc.perform(get("/units/" + unit + "/log").with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("购房合同")))
			.andExpect(content().string(not(containsString("<nav"))));
	}

}
