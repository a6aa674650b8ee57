package com.guanjia.imports;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 5: imports running at once on an instance are bounded
 * ({@code guanjia.imports.max-concurrent}, 2); the next is refused at once — 429 with
 * Retry-After on the API, a sentence on the page — and is accepted again when a slot is
 * free.
 */
@GuanjiaTest
class ImportSlotsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EstateImport imports;

	@Test
	void aThirdImportAtOnceIsRefusedWithRetryAfter() throws Exception {
		long community = fixtures.community("忙碌花园").id();
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		CountDownLatch reading = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> running = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Thread t = new Thread(() -> {
				try {
					Fixtures.as(manager, () -> imports.check(community, new SlowUpload(reading, release)));
				}
				catch (RuntimeException ex) {
					// The stalled uploads end empty: not a workbook. That is not what is
					// tested.
				}
			});
			t.start();
			running.add(t);
		}
		try {
			reading.await(30, TimeUnit.SECONDS);
			MockMultipartFile file = EstateImportTests.sheet(EstateImportTests.HEADER,
					List.of(List.of("9", "9栋", "1", "901", "住宅", 9, 99, "自住", "2021-01-01")));
			mvc.perform(multipart("/api/imports/estate").file(file)
				.param("communityId", String.valueOf(community))
				.param("dryRun", "true")
				.with(csrf())
				.with(user(manager)))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string("Retry-After", "30"))
				.andExpect(jsonPath("$.code").value("import.busy"))
				.andExpect(jsonPath("$.detail", containsString("30")));
			mvc.perform(multipart("/imports").file(file).param("dryRun", "true").with(csrf()).with(user(manager)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("正在进行的导入已达上限")));
			release.countDown();
			for (Thread t : running) {
				t.join(30_000);
			}
			mvc.perform(multipart("/api/imports/estate").file(file)
				.param("communityId", String.valueOf(community))
				.param("dryRun", "true")
				.with(csrf())
				.with(user(manager))).andExpect(status().isOk());
		}
		finally {
			release.countDown();
		}
	}

	/** An upload that arrives slowly: it stalls until released, then ends. */
	static final class SlowUpload extends InputStream {

		private final CountDownLatch reading;

		private final CountDownLatch release;

		private boolean counted;

		SlowUpload(CountDownLatch reading, CountDownLatch release) {
			this.reading = reading;
			this.release = release;
		}

		@Override
		public int read() throws IOException {
			return read(new byte[1], 0, 1);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (!counted) {
				counted = true;
				reading.countDown();
			}
			try {
				release.await(60, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return -1;
		}

	}

}
