package com.guanjia.renovation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.guanjia.platform.security.StaffUser;
import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The renovation API as the module's tests drive it. */
final class RenovationApi {

	/** An acceptance with every item of the checklist confirmed (R9.7). */
	static final String ALL_CONFIRMED = """
			{"checklist": ["STRUCTURE", "WATERPROOFING", "ELECTRICAL", "PLUMBING", "FIRE_SAFETY", "PUBLIC_AREA"]}""";

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	private final MockMvc mvc;

	RenovationApi(MockMvc mvc) {
		this.mvc = mvc;
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	ResultActions read(StaffUser who, String url) throws Exception {
		return mvc.perform(get(url).with(user(who)));
	}

	ResultActions upload(StaffUser who, long renovation, String kind, String filename, byte[] content)
			throws Exception {
		return mvc.perform(multipart("/api/renovations/" + renovation + "/documents")
			.file(new MockMultipartFile("file", filename, "application/pdf", content))
			.param("kind", kind)
			.with(csrf())
			.with(user(who)));
	}

	/** An owner's application (structural or not), answering the renovation's id. */
	long apply(StaffUser who, long community, long unit, long ownerPartyId, boolean structural) throws Exception {
		return id(post(who, "/api/renovations", """
				{"communityId": %d, "unitId": %d, "applicantKind": "OWNER", "ownerPartyId": %d,
				 "works": "厨卫改造，拆除客厅与餐厅之间的墙体", "structural": %s, "contractorName": "好家装饰",
				 "contractorLeader": "李工", "contractorPhone": "13800138000",
				 "plannedStart": "2026-12-08", "plannedEnd": "2027-02-28"}""".formatted(community, unit, ownerPartyId,
				structural))
			.andExpect(status().isCreated()));
	}

	/** The five papers every application needs (R9.1). */
	void handInPapers(StaffUser who, long renovation) throws Exception {
		for (String kind : new String[] { "FLOOR_PLAN", "ELECTRICAL", "PLUMBING", "AGREEMENT", "PLEDGE" }) {
			upload(who, renovation, kind, kind.toLowerCase() + ".pdf", PDF).andExpect(status().isOk());
		}
	}

	/** Applied, papers in, approval checked when structural, permitted from today. */
	long permitted(StaffUser who, long community, long unit, long ownerPartyId, boolean structural, String from,
			String until) throws Exception {
		long id = apply(who, community, unit, ownerPartyId, structural);
		handInPapers(who, id);
		if (structural) {
			upload(who, id, "STRUCTURAL_APPROVAL", "approval.pdf", PDF).andExpect(status().isOk());
			post(who, "/api/renovations/" + id + "/check-approval", "").andExpect(status().isOk());
		}
		post(who, "/api/renovations/" + id + "/permit", """
				{"from": "%s", "until": "%s"}""".formatted(from, until)).andExpect(status().isOk());
		return id;
	}

	static long id(ResultActions r) throws Exception {
		return json(r, "$.id", "$.renovation.id");
	}

	static long json(ResultActions r, String... paths) throws Exception {
		String body = r.andReturn().getResponse().getContentAsString();
		for (String path : paths) {
			try {
				return ((Number) JsonPath.read(body, path)).longValue();
			}
			catch (com.jayway.jsonpath.PathNotFoundException ex) {
				// the next
			}
		}
		throw new AssertionError("none of " + String.join(", ", paths) + " in " + body);
	}

}
