package com.guanjia.carpark;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Base64;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * R12.3, seed 001 item 8 (書面說明留存,車主簽字確認): the held vehicle's owner writes the statement
 * and signs it on the phone's signature pad (the work orders' pad); that stands for the
 * uploaded copy of a paper statement, which is still accepted; the ID and licence copies
 * are still uploaded. A bad signature or a missing text is refused naming the field,
 * nothing kept; another community's staff can sign nothing.
 */
@GuanjiaTest
class HeldStatementTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	long community;

	StaffUser guard;

	StaffUser lead;

	long held;

	String signature;

	@BeforeEach
	void setUp() throws Exception {
		community = fixtures.community("签字车场").id();
		guard = fixtures.staff(Role.GUARD, community);
		lead = fixtures.staff(Role.SHIFT_LEAD, community);
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		StaffUser cashier = fixtures.staff(Role.CASHIER, community);
		mvc.perform(put("/api/carpark/tariff").contentType(MediaType.APPLICATION_JSON)
			.content(GateTests.TARIFF.formatted(community))
			.with(csrf())
			.with(user(manager))).andExpect(status().isOk());
		String number = JsonPath.read(post(cashier, "/api/carpark/cards", """
				{"communityId": %d, "kind": "MONTHLY", "plate": "粤Q22222", "holderName": "陈先生", "cardMonths": 1,
				 "method": "CASH", "tendered": 300}""".formatted(community)).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.card.number");
		long stay = ((Number) JsonPath.read(post(guard, "/api/carpark/stays", """
				{"communityId": %d, "plate": "粤Q33333", "goodsChecked": true}""".formatted(community))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id")).longValue();
		clock.advance(Duration.ofMinutes(130));
		held = ((Number) JsonPath
			.read(post(guard, "/api/carpark/stays/" + stay + "/exit", "{\"cardNumber\": \"%s\"}".formatted(number))
				.andExpect(jsonPath("$.stay.status").value("HELD"))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.heldId"))
			.longValue();
		signature = "data:image/png;base64," + Base64.getEncoder().encodeToString(drawn());
	}

	/** A signature as the pad sends it: a PNG of some strokes. */
	static byte[] drawn() throws java.io.IOException {
		var image = new java.awt.image.BufferedImage(300, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 300; x++) {
			image.setRGB(x, 50 + (int) (30 * Math.sin(x / 9.0)), 0xffffff);
			image.setRGB(x, (x * 7) % 100, 0xffffff);
		}
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	ResultActions post(StaffUser who, String url, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(user(who)));
	}

	void upload(String kind) throws Exception {
		mvc.perform(multipart("/api/carpark/held/" + held + "/documents")
			.file(new MockMultipartFile("file", kind + ".png", "image/png", GateOnAPhoneTests.png()))
			.param("kind", kind)
			.with(csrf())
			.with(user(lead))).andExpect(status().isOk());
	}

	/**
	 * The page offers the pad; the owner signs there; with the two copies uploaded the
	 * shift lead releases.
	 */
	@Test
	void theOwnerSignsTheStatementOnThePadAndTheLeadReleases() throws Exception {
		mvc.perform(get("/carpark/held/" + held).with(user(guard)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"signature-pad\"")))
			.andExpect(content().string(Matchers.containsString("/js/signature.js")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("value=\"SIGNED_STATEMENT\""))));
		upload("VEHICLE_LICENCE");
		upload("ID_CARD");
		mvc.perform(MockMvcRequestBuilders.post("/carpark/held/" + held + "/statement")
			.param("ownerName", "陈志强")
			.param("statement", "车是本人的，家人借用了别人的月卡，愿按临时车缴费。")
			.param("signature", signature)
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/held/" + held))
			.andExpect(flash().attributeExists("flash"));
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead)))
			.andExpect(jsonPath("$.missing").isEmpty())
			.andExpect(jsonPath("$.documents[2].kind").value("SIGNED_STATEMENT"))
			.andExpect(jsonPath("$.documents[2].filename").value("陈志强"))
			.andExpect(jsonPath("$.documents[2].statement").value(Matchers.startsWith("车是本人的")));
		String fileId = String
			.valueOf(((Number) JsonPath.read(mvc.perform(get("/api/carpark/held/" + held).with(user(lead)))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.documents[2].fileId")).longValue());
		mvc.perform(get("/carpark/held/" + held).with(user(lead)))
			.andExpect(content().string(Matchers.containsString("车是本人的")))
			.andExpect(content().string(Matchers.containsString("/documents/" + fileId)));
		mvc.perform(get("/carpark/held/" + held + "/documents/" + fileId).with(user(lead)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
		post(lead, "/api/carpark/held/" + held + "/release",
				"{\"ownerName\": \"陈志强\", \"driverIsOwner\": true, \"passReturned\": true, \"method\": \"CASH\", \"tendered\": 20}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RELEASED"));
	}

	/** An uploaded copy of a paper statement still counts. */
	@Test
	void anUploadedCopyOfAPaperStatementStillCounts() throws Exception {
		upload("VEHICLE_LICENCE");
		upload("ID_CARD");
		upload("STATEMENT");
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead))).andExpect(jsonPath("$.missing").isEmpty());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
		post(guard, "/api/carpark/held/" + held + "/statement", """
				{"ownerName": "陈志强", "statement": "说明", "signature": "data:image/png;base64,AAAA"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signature"));
		post(guard, "/api/carpark/held/" + held + "/statement", """
				{"ownerName": "陈志强", "statement": "说明", "signature": "not a picture"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("signature"));
		post(guard, "/api/carpark/held/" + held + "/statement", """
				{"ownerName": "陈志强", "signature": "%s"}""".formatted(signature)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("statement"));
		post(guard, "/api/carpark/held/" + held + "/statement", "{\"ownerName\": 5, \"statement\": [1]}")
			.andExpect(status().isBadRequest());
		mvc.perform(MockMvcRequestBuilders.post("/carpark/held/" + held + "/statement")
			.param("ownerName", "陈志强")
			.param("statement", "说明")
			.with(csrf())
			.with(user(guard)))
			.andExpect(redirectedUrl("/carpark/held/" + held))
			.andExpect(flash().attributeExists("error"))
			.andExpect(flash().attribute("typedStatement", "说明"));
		mvc.perform(multipart("/api/carpark/held/" + held + "/documents")
			.file(new MockMultipartFile("file", "s.png", "image/png", GateOnAPhoneTests.png()))
			.param("kind", "SIGNED_STATEMENT")
			.with(csrf())
			.with(user(lead)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead)))
			.andExpect(jsonPath("$.documents").isEmpty())
			.andExpect(jsonPath("$.missing.length()").value(3));
	}

	@Test
	void anotherCommunitysStaffCanSignNothing() throws Exception {
		long other = fixtures.community("别的签字车场").id();
		for (StaffUser who : new StaffUser[] { fixtures.staff(Role.GUARD, other),
				fixtures.staff(Role.SHIFT_LEAD, other) }) {
			post(who, "/api/carpark/held/" + held + "/statement", """
					{"ownerName": "陈志强", "statement": "说明", "signature": "%s"}""".formatted(signature))
				.andExpect(status().isNotFound());
			mvc.perform(MockMvcRequestBuilders.post("/carpark/held/" + held + "/statement")
				.param("ownerName", "陈志强")
				.param("statement", "说明")
				.param("signature", signature)
				.with(csrf())
				.with(user(who))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/carpark/held/" + held).with(user(lead))).andExpect(jsonPath("$.documents").isEmpty());
	}

}
