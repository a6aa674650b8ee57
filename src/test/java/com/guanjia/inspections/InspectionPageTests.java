package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;

import javax.imageio.ImageIO;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.support.Fixtures;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The patrol pages (issue 11 item 8): every page renders for the roles that use it; a
 * checkpoint form with a bad photo is shown again naming the photo, nothing saved; a QR
 * label decodes to the checkpoint's scan address, which opens today's round on the
 * checkpoint.
 */
@GuanjiaTest
class InspectionPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	RoundQueries queries;

	Estate e;

	long round;

	@BeforeEach
	void setUp() {
		e = inspections.estate("页面花园");
		Instant start = TestClockConfiguration.START;
		round = inspections
			.round(e, Fixtures.unique("r"), start.minusSeconds(600), start.plusSeconds(3600), e.butler().staffId())
			.value();
	}

	MockMultipartHttpServletRequestBuilder checkpoint(int position, MockMultipartFile... photos) {
		MockMultipartHttpServletRequestBuilder request = multipart(
				"/inspections/rounds/" + round + "/checkpoints/" + position);
		for (MockMultipartFile photo : photos) {
			request.file(photo);
		}
		VisitView v = Fixtures.as(e.butler(), () -> queries.get(round)).visits().get(position - 1);
		for (ChecklistItem item : v.items()) {
			request.param("items[" + item.position() + "].outcome", item.position() == 1 ? "FAIL" : "PASS");
		}
		return request.param("items[1].note", "地面有垃圾").param("scanned", "true");
	}

	@Test
	void theButlerWalksACheckpointOnThePhoneAndABadPhotoIsNamed() throws Exception {
		mvc.perform(get("/inspections").with(user(e.butler())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("my-rounds")))
			.andExpect(content().string(containsString("日常巡查")));
		mvc.perform(get("/inspections/rounds/" + round).with(user(e.butler())))
			.andExpect(content().string(containsString("1栋大堂")))
			.andExpect(content().string(containsString("/inspections/rounds/" + round + "/checkpoints/1")));
		mvc.perform(get("/inspections/rounds/" + round + "/checkpoints/3").with(user(e.butler())))
			.andExpect(content().string(containsString("道路（路面）清洁")))
			.andExpect(content().string(containsString("capture=\"environment\"")));
		mvc.perform(checkpoint(3, new MockMultipartFile("items[1].photos", "doc.pdf", "image/jpeg", "%PDF".getBytes()))
			.with(user(e.butler()))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("照片 doc.pdf 不是 JPG 或 PNG 图片")));
		assertThat(Fixtures.as(e.butler(), () -> queries.get(round)).visited()).isZero();
		mvc.perform(checkpoint(3,
				new MockMultipartFile("items[1].photos", "dirt.png", "image/png", InspectionFixtures.png(40, 30)),
				new MockMultipartFile("items[2].photos", "", "application/octet-stream", new byte[0]))
			.with(user(e.butler()))
			.with(csrf())).andExpect(redirectedUrl("/inspections/rounds/" + round));
		RoundView after = Fixtures.as(e.butler(), () -> queries.get(round));
		assertThat(after.visited()).isEqualTo(1);
		assertThat(after.visits().get(2).photos()).hasSize(1);
		assertThat(after.visits().get(2).scanned()).isTrue();
		mvc.perform(get("/inspections/findings").with(user(e.supervisor())))
			.andExpect(content().string(containsString("中心花园 · 道路（路面）清洁")));
	}

	@Test
	void theSupervisorsPagesRender() throws Exception {
		for (String page : new String[] { "/inspections", "/inspections/findings", "/inspections/rectifications",
				"/inspections/contractors", "/inspections/contractors/" + e.cleaner().id(), "/inspections/setup",
				"/inspections/schedules", "/inspections/routes/" + e.route().id() + "/labels",
				"/inspections/findings?kind=COMPREHENSIVE&openOnly=false" }) {
			mvc.perform(get(page).with(user(e.supervisor()))).andExpect(status().isOk());
		}
		mvc.perform(get("/inspections").with(user(e.supervisor())))
			.andExpect(content().string(containsString("late-rounds")))
			.andExpect(content().string(containsString("open-findings")));
	}

	@Test
	void aQrLabelOpensItsCheckpointOnTodaysRound() throws Exception {
		CheckpointView lobby = e.route().checkpoints().get(0);
		byte[] png = mvc.perform(get("/inspections/checkpoints/" + lobby.id() + "/qr.png").with(user(e.butler())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		var image = ImageIO.read(new ByteArrayInputStream(png));
		String text = QrLabels.decode(image);
		assertThat(text).isEqualTo("http://localhost/inspections/scan/" + lobby.qrToken());
		mvc.perform(get("/inspections/scan/" + lobby.qrToken()).with(user(e.butler())))
			.andExpect(redirectedUrl("/inspections/rounds/" + round + "/checkpoints/1?scanned=true"));
	}

}
