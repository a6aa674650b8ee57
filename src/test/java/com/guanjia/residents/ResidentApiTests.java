package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.IdCardNumber;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * R1.3: the people registry through the JSON API — CRUD, ID-card validation, masking by
 * role.
 */
@GuanjiaTest
class ResidentApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	long community;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		agent = fixtures.staff(Role.AGENT, community);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, StaffUser who, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()).with(user(who));
	}

	long create(String body) throws Exception {
		String json = mvc.perform(json(post("/api/residents"), agent, body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String person(String name, String idCard, String phone) {
		return """
				{"communityId": %d, "kind": "PERSON", "name": "%s", "idCardNumber": "%s", "phones": ["%s"]}"""
			.formatted(community, name, idCard, phone);
	}

	@Test
	void registersListsShowsAndChangesAPerson() throws Exception {
		String id = People.idCard();
		String phone = People.mobile("5678");
		long partyId = create(person("王建国", id.toLowerCase(), phone));

		mvc.perform(get("/api/residents/" + partyId).with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("王建国"))
			.andExpect(jsonPath("$.kind").value("PERSON"))
			.andExpect(jsonPath("$.idCardNumber").value(id))
			.andExpect(jsonPath("$.gender").value((id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE"))
			.andExpect(jsonPath("$.phones[0]").value(phone))
			.andExpect(jsonPath("$.version").value(0));

		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
			.param("q", "建国")
			.with(user(agent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("王建国"));
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
			.param("q", "5678")
			.with(user(agent))).andExpect(jsonPath("$.total").value(1));

		String newPhone = People.mobile("4321");
		mvc.perform(json(put("/api/residents/" + partyId), agent, """
				{"version": 0, "kind": "PERSON", "name": "王建国", "idCardNumber": "%s",
				 "phones": ["%s", "0755-88886666"], "notes": "常住"}""".formatted(id, newPhone)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phones", hasSize(2)))
			.andExpect(jsonPath("$.phones[1]").value("0755-88886666"))
			.andExpect(jsonPath("$.notes").value("常住"))
			.andExpect(jsonPath("$.version").value(1));

		// Every write is audited, and so is the unmasked read in between (issue 9 item
		// 14),
		// without the personal data itself.
		assertThat(audit.latest(List.of(community), false, "resident", String.valueOf(partyId), 10))
			.extracting(AuditTrail.AuditEntry::action)
			.containsExactly("update", "read-personal", "create");
		assertThat(audit.latest(List.of(community), false, "resident", String.valueOf(partyId), 10)).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain(id, phone, newPhone));

		// A stale version is refused and nothing is overwritten.
		mvc.perform(json(put("/api/residents/" + partyId), agent, """
				{"version": 0, "kind": "PERSON", "name": "李四", "phones": ["%s"]}""".formatted(newPhone)))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/residents/" + partyId).with(user(agent))).andExpect(jsonPath("$.name").value("王建国"));
	}

	@Test
	void registersACompanyWithItsCreditCode() throws Exception {
		long id = create("""
				{"communityId": %d, "kind": "COMPANY", "name": "深圳市前海科技有限公司",
				 "creditCode": "91350100m000100y43", "contactName": "张经理", "phones": ["0755-26668888"]}"""
			.formatted(community));
		mvc.perform(get("/api/residents/" + id).with(user(agent)))
			.andExpect(jsonPath("$.creditCode").value("91350100M000100Y43"))
			.andExpect(jsonPath("$.contactName").value("张经理"));
		mvc.perform(json(post("/api/residents"), agent,
				"""
						{"communityId": %d, "kind": "COMPANY", "name": "某公司", "creditCode": "91350100M000100Y44"}"""
					.formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.creditCode.checkDigit"));
	}

	/**
	 * R1.3: GB 11643 — wrong check digit, wrong length, impossible birth date; each names
	 * the field.
	 */
	@Test
	void rejectsBadIdCardNumbersNamingTheField() throws Exception {
		String valid = People.idCard();
		char wrongCheck = IdCardNumber.checkCharacter(valid) == '1' ? '2' : '1';
		String badCheck = valid.substring(0, 17) + wrongCheck;
		String badDate = "11010119901332" + "123";
		badDate = badDate + IdCardNumber.checkCharacter(badDate);
		String[][] cases = { { badCheck, "validation.idCard.checkDigit" },
				{ valid.substring(0, 17), "validation.idCard.length" }, { valid + "1", "validation.idCard.length" },
				{ badDate, "validation.idCard.birthDate" }, { "11010119900101ABCD", "validation.idCard.format" } };
		for (String[] c : cases) {
			mvc.perform(json(post("/api/residents"), agent, person("赵六", c[0], People.mobile())))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("idCardNumber"))
				.andExpect(jsonPath("$.errors[0].code").value(c[1]))
				.andExpect(jsonPath("$.errors[0].message", not(containsString("validation."))));
		}
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
			.param("q", "赵六")
			.with(user(agent))).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void rejectsBadInputsAndSavesNothing() throws Exception {
		mvc.perform(json(post("/api/residents"), agent, """
				{"communityId": %d, "kind": "PERSON", "name": " ", "phones": ["12345"]}""".formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("phones[0]")));
		mvc.perform(json(post("/api/residents"), agent, person("王".repeat(51), People.idCard(), People.mobile())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].code").value("validation.tooLong"));
		mvc.perform(json(post("/api/residents"), agent, person("王2号", People.idCard(), People.mobile())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].code").value("validation.person.name"));
		mvc.perform(json(post("/api/residents"), agent, """
				{"communityId": %d, "kind": "ROBOT", "name": "x"}""".formatted(community)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(json(post("/api/residents"), agent, """
				{"kind": "PERSON", "name": "钱七"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("communityId"));

		// The same ID number twice: the second is refused and names the first.
		String id = People.idCard();
		create(person("孙八", id, People.mobile()));
		mvc.perform(json(post("/api/residents"), agent, person("孙八", id, People.mobile())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idCardNumber"))
			.andExpect(jsonPath("$.errors[0].code").value("resident.duplicateIdCard"));
		mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
			.param("q", "孙八")
			.with(user(agent))).andExpect(jsonPath("$.total").value(1));
	}

	/**
	 * R1.3, R6.8: lists are masked for everyone; a detail shows the whole number only to
	 * roles that may see it.
	 */
	@Test
	void masksPersonalDataByRole() throws Exception {
		String id = People.idCard();
		String phone = People.mobile("5678");
		long partyId = create(person("周建华", id, phone));
		String maskedId = id.substring(0, 3) + "***********" + id.substring(14);
		String maskedPhone = phone.substring(0, 3) + "****" + phone.substring(7);
		// A butler calls residents but needs no ID number (a technician sees no resident
		// at
		// all, only the phone on an order dispatched to them: TechnicianAccessTests).
		StaffUser butler = fixtures.staff(Role.BUTLER, community);
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);

		mvc.perform(get("/api/residents/" + partyId).with(user(agent)))
			.andExpect(jsonPath("$.idCardNumber").value(id))
			.andExpect(jsonPath("$.idCardMasked").value(false))
			.andExpect(jsonPath("$.phones[0]").value(phone));
		mvc.perform(get("/api/residents/" + partyId).with(user(butler)))
			.andExpect(jsonPath("$.idCardNumber").value(maskedId))
			.andExpect(jsonPath("$.idCardMasked").value(true))
			.andExpect(jsonPath("$.phones[0]").value(phone));
		mvc.perform(get("/api/residents/" + partyId).with(user(cashier)))
			.andExpect(jsonPath("$.idCardNumber").value(maskedId))
			.andExpect(jsonPath("$.phones[0]").value(maskedPhone))
			.andExpect(jsonPath("$.phonesMasked").value(true));
		for (StaffUser who : new StaffUser[] { agent, butler, cashier }) {
			mvc.perform(get("/api/residents").param("communityId", String.valueOf(community))
				.param("q", "周建华")
				.with(user(who)))
				.andExpect(jsonPath("$.items[0].idCardNumber").value(maskedId))
				.andExpect(jsonPath("$.items[0].phones[0]").value(maskedPhone))
				.andExpect(content().string(not(containsString(id))))
				.andExpect(content().string(not(containsString(phone))));
		}

		// The same in the console: whole on the agent's detail page, masked for the
		// cashier and in every list.
		mvc.perform(get("/residents/" + partyId).with(user(agent)))
			.andExpect(content().string(containsString(id)))
			.andExpect(content().string(containsString(phone)));
		mvc.perform(get("/residents/" + partyId).with(user(cashier)))
			.andExpect(content().string(containsString(maskedId)))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString(phone))));
		mvc.perform(get("/residents/" + partyId).with(user(butler)))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(containsString(phone)));
		mvc.perform(get("/residents").param("q", "周建华").with(user(agent)))
			.andExpect(content().string(containsString(maskedId)))
			.andExpect(content().string(containsString(maskedPhone)))
			.andExpect(content().string(not(containsString(id))))
			.andExpect(content().string(not(containsString(phone))));
	}

	@Test
	void aCashierCannotWrite() throws Exception {
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(json(post("/api/residents"), cashier, person("吴九", People.idCard(), People.mobile())))
			.andExpect(status().isForbidden());
	}

}
