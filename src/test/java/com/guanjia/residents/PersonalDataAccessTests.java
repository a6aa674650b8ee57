package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentUpload;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 14 (PIPL): every read of a person's unmasked ID number or phones and every
 * download from the archive of their unit is audited — who, when, whose record, why when
 * asked — and listed for the person (page panel and API) to roles that may read the audit
 * log, inside their community only. A masked read leaves no entry.
 */
@GuanjiaTest
class PersonalDataAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UnitOccupancy occupancy;

	@Autowired
	UnitDocuments documents;

	@Autowired
	JdbcClient jdbc;

	long community;

	long unit;

	long party;

	StaffUser manager;

	@BeforeEach
	void setUp() {
		community = fixtures.community("隐私花园").id();
		unit = fixtures.unit(community, fixtures.building(community, "1").id(), "1", "101", "80.00").id();
		party = Fixtures
			.as(Fixtures.ROOT,
					() -> occupancy
						.registerOwner(community,
								new OwnerCommand(unit, null,
										PartyCommand.person("孙守约", People.idCard(), People.mobile()), null, null)))
			.partyId();
		manager = fixtures.staff(Role.MANAGER, community);
	}

	List<Map<String, Object>> reads() {
		return jdbc.sql("""
				select actor, detail from audit_log
				where community_id = ? and entity_type = 'resident' and entity_id = ? and action = 'read-personal'""")
			.params(community, String.valueOf(party))
			.query()
			.listOfRows();
	}

	@Test
	void anUnmaskedReadWritesOneEntryNamingReaderPersonAndReason() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/api/residents/{id}", party).param("reason", "核对入伙资料").with(user(agent)))
			.andExpect(status().isOk());
		assertThat(reads()).hasSize(1);
		assertThat(reads().get(0).get("actor")).isEqualTo(agent.getUsername());
		assertThat((String) reads().get(0).get("detail")).contains("idCard", "phones", "孙守约", "核对入伙资料");
		// The page reads it too: one more entry.
		mvc.perform(get("/residents/{id}", party).with(user(agent))).andExpect(status().isOk());
		assertThat(reads()).hasSize(2);
	}

	@Test
	void maskedReadsWriteNone() throws Exception {
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(get("/api/residents/{id}", party).with(user(cashier))).andExpect(status().isOk());
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community)).with(user(manager)))
			.andExpect(status().isOk());
		mvc.perform(get("/residents").with(user(manager))).andExpect(status().isOk());
		assertThat(reads()).isEmpty();
	}

	@Test
	void aDocumentDownloadWritesOneEntryListedForThePerson() throws Exception {
		byte[] pdf = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		long doc = Fixtures
			.as(manager, () -> documents.upload(unit, new DocumentUpload(DocumentType.ID_COPY, "身份证", "id.pdf", pdf)))
			.id();
		mvc.perform(get("/units/{id}/documents/{doc}", unit, doc).with(user(manager))).andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select count(*) from audit_log where community_id = ? and entity_type = 'unit-archive'
				  and entity_id = ? and action = 'download' and actor = ?""")
			.params(community, String.valueOf(unit), manager.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(get("/api/residents/{id}/access-log", party).with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].kind").value("DOWNLOAD"))
			.andExpect(jsonPath("$[0].actor").value(manager.getUsername()))
			.andExpect(jsonPath("$[0].detail", containsString("ID_COPY")));
	}

	@Test
	void thePersonsPageListsThemForRolesThatMayReadTheAuditLog() throws Exception {
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		mvc.perform(get("/api/residents/{id}", party).with(user(agent))).andExpect(status().isOk());
		mvc.perform(get("/residents/{id}", party).with(user(manager)))
			.andExpect(content().string(containsString("/residents/" + party + "/access-log")));
		mvc.perform(get("/residents/{id}/access-log", party).header("HX-Request", "true").with(user(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(agent.getUsername())))
			.andExpect(content().string(containsString("查看完整信息")));
		// An agent may read the data but not the audit log.
		mvc.perform(get("/residents/{id}", party).with(user(agent)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/access-log"))));
		mvc.perform(get("/api/residents/{id}/access-log", party).with(user(agent))).andExpect(status().isForbidden());
	}

	@Test
	void anotherCommunityCannotSeeThem() throws Exception {
		long other = fixtures.community("别处花园").id();
		StaffUser stranger = fixtures.staff(Role.MANAGER, other);
		mvc.perform(get("/api/residents/{id}/access-log", party).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/residents/{id}/access-log", party).with(user(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/residents/{id}", party).with(user(stranger))).andExpect(status().isNotFound());
		assertThat(reads()).isEmpty();
	}

}
