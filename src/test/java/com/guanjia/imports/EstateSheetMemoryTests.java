package com.guanjia.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 5: a 100,000-row sheet with owners is read as a stream. Read in a JVM of
 * {@value #HEAP} heap, as an import reads it (every row kept for the all-or-nothing
 * check); building the workbook in memory (the old reader) needs several hundred MB and
 * dies there with an OutOfMemoryError.
 */
class EstateSheetMemoryTests {

	static final String HEAP = "96m";

	static Path sheet;

	@BeforeAll
	static void writeSheet() throws Exception {
		sheet = LargeSheets.write(100_000, true);
	}

	@AfterAll
	static void deleteSheet() throws Exception {
		Files.deleteIfExists(sheet);
	}

	@Test
	void readsA100000RowSheetInASmallHeap() throws Exception {
		File log = File.createTempFile("sheet-probe", ".log");
		try {
			Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
					SheetReadProbe.class.getName(), sheet.toString(), "100000")
				.redirectErrorStream(true)
				.redirectOutput(log)
				.start();
			assertThat(probe.waitFor(180, TimeUnit.SECONDS)).isTrue();
			String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
			assertThat(probe.exitValue()).as(output).isZero();
			assertThat(output).contains("rows=100000");
		}
		finally {
			Files.deleteIfExists(log.toPath());
		}
	}

}
