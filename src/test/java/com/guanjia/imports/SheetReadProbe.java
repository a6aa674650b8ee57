package com.guanjia.imports;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an estate sheet the way an import does and prints how many rows it kept; run in a
 * JVM with a small heap by {@link EstateSheetMemoryTests}.
 */
public final class SheetReadProbe {

	private SheetReadProbe() {
	}

	public static void main(String[] args) throws Exception {
		try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
			List<ImportRow> rows = EstateSheet.read(in, Integer.parseInt(args[1]));
			System.out.println("rows=" + rows.size());
		}
	}

}
