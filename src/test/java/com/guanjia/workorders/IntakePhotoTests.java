package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ResultPage;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * R3.1 at the front desk in one step: the intake form takes the resident's photos with
 * the order, with the upload's checks (JPEG, PNG or WebP by content, at most 5 MB); a bad
 * photo is named beside the form's other mistakes and nothing is saved; a double submit
 * adds the photos once.
 */
@GuanjiaTest
class IntakePhotoTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d };

	static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] GIF = { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 };

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderQueries queries;

	long community;

	StaffUser agent;

	@BeforeEach
	void setUp() {
		community = fixtures.community("照片花园").id();
		long building = fixtures.building(community, "5").id();
		fixtures.unit(community, building, "1", "502", "88.00");
		agent = fixtures.staff(Role.AGENT, community);
	}

	MockMultipartHttpServletRequestBuilder intake(String key, String description, MockMultipartFile... photos) {
		MockMultipartHttpServletRequestBuilder request = multipart("/work-orders/new");
		Arrays.stream(photos).forEach(request::file);
		request.param("kind", "IN_UNIT_REPAIR")
			.param("unitLabel", "5-1-502")
			.param("reporterName", "赵六")
			.param("reporterPhone", "13712345678")
			.param("description", description)
			.param("requestKey", key);
		return request;
	}

	static MockMultipartFile photo(String name, String type, byte[] content) {
		return new MockMultipartFile("photos", name, type, content);
	}

	long ordersDescribed(String description) {
		return Fixtures.as(agent, () -> queries.list(community,
				new WorkOrderFilter(null, null, false, null, null, description), ResultPage.Request.of(0, 50)))
			.total();
	}

	@Test
	void theOrderAndItsPhotosInOneStep() throws Exception {
		mvc.perform(get("/work-orders/new").with(user(agent)))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
			.andExpect(content().string(containsString("accept=\"image/jpeg,image/png,image/webp\"")));
		String key = Fixtures.unique("rk");
		String location = mvc
			.perform(intake(key, "阳台地漏返水", photo("floor.png", "image/png", PNG), photo("drain.jpg", "image/jpeg", JPEG),
					photo("", "application/octet-stream", new byte[0]))
				.with(user(agent))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/work-orders/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(Fixtures.as(agent, () -> queries.detail(WorkOrderId.of(id))).photos()).hasSize(2);
		// Sent again (a double click): the same order, its photos not added twice.
		mvc.perform(intake(key, "阳台地漏返水", photo("floor.png", "image/png", PNG), photo("drain.jpg", "image/jpeg", JPEG))
			.with(user(agent))
			.with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(ordersDescribed("阳台地漏返水")).isEqualTo(1);
		assertThat(Fixtures.as(agent, () -> queries.detail(WorkOrderId.of(id))).photos()).hasSize(2);
		mvc.perform(get("/work-orders/" + id).with(user(agent)))
			.andExpect(content().string(containsString("floor.png")));
	}

	@Test
	void aBadPhotoIsNamedWithTheOtherMistakesAndNothingIsSaved() throws Exception {
		mvc.perform(intake(Fixtures.unique("rk"), "", photo("fake.png", "image/png", GIF),
				photo("ok.png", "image/png", PNG))
			.with(user(agent))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("照片 fake.png 不是 JPG、PNG 或 WebP 图片")))
			.andExpect(content().string(containsString("必填")));
		mvc.perform(intake(Fixtures.unique("rk"), "窗户关不上",
				photo("big.jpg", "image/jpeg", Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 1)))
			.with(user(agent))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("照片 big.jpg 超过 5 MB")));
		MockMultipartFile[] seven = new MockMultipartFile[7];
		Arrays.setAll(seven, i -> photo("p" + i + ".png", "image/png", PNG));
		mvc.perform(intake(Fixtures.unique("rk"), "窗户关不上", seven).with(user(agent)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("最多 6 张照片")));
		mvc.perform(multipart("/work-orders/new").file(photo("ok.png", "image/png", PNG))
			.param("kind", "IN_UNIT_REPAIR")
			.param("unitLabel", "9-9-999")
			.param("reporterName", "赵六")
			.param("description", "窗户关不上")
			.param("requestKey", Fixtures.unique("rk"))
			.with(user(agent))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("请重新选择照片")));
		assertThat(ordersDescribed("窗户关不上")).isZero();
	}

	@Test
	void onlyStaffWhoTakeInOrdersAndOnlyTheirCommunitysUnits() throws Exception {
		StaffUser technician = fixtures.staff(Role.TECHNICIAN, community);
		mvc.perform(intake(Fixtures.unique("rk"), "门锁坏了", photo("lock.png", "image/png", PNG)).with(user(technician))
			.with(csrf())).andExpect(status().isForbidden());
		StaffUser stranger = fixtures.staff(Role.AGENT, fixtures.community("别处").id());
		mvc.perform(intake(Fixtures.unique("rk"), "门锁坏了", photo("lock.png", "image/png", PNG)).with(user(stranger))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
		assertThat(ordersDescribed("门锁坏了")).isZero();
	}

}
