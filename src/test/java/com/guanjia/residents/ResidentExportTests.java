package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.imports.EstateImport;
import com.guanjia.imports.LargeSheets;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.platform.xlsx.XlsxReader;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 item 6: the resident export streams its rows, read from the database in chunks
 * of 1,000 by keyset: every resident of a community larger than several chunks comes out
 * once, in order, masked (R1.3).
 */
@GuanjiaTest
class ResidentExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	EstateImport imports;

	@Test
	void exportsEveryResidentOfALargeCommunityOnceMasked() throws Exception {
		long community = fixtures.community("大型花园").id();
		int owners = 2_600;
		Path sheet = LargeSheets.write(owners, true);
		try (InputStream in = Files.newInputStream(sheet)) {
			assertThat(Fixtures.as(Fixtures.ROOT, () -> imports.importFile(community, in)).imported()).isTrue();
		}
		finally {
			Files.deleteIfExists(sheet);
		}
		StaffUser manager = fixtures.staff(Role.MANAGER, community);
		byte[] xlsx = mvc.perform(get("/residents/export.xlsx").with(user(manager)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		XlsxReader.read(new ByteArrayInputStream(xlsx), 10_000, (index, cells) -> rows.add(cells));
		assertThat(rows).hasSize(owners + 1);
		List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList();
		assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("\\d{3}\\*{11}[\\dX]{4}"));
		List<String> names = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
		assertThat(names).isSorted();
	}

}
