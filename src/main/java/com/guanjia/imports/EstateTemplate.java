package com.guanjia.imports;

import java.util.List;

import com.guanjia.platform.xlsx.XlsxExport;
import com.guanjia.platform.xlsx.XlsxExport.Column;

import org.springframework.http.ResponseEntity;

/** The empty sheet staff download and fill in, with two example rows. */
public final class EstateTemplate {

	private EstateTemplate() {
	}

	public static ResponseEntity<byte[]> download() {
		List<List<String>> examples = List.of(
				List.of("3", "3栋", "2", "1502", "住宅", "15", "89.50", "自住", "2020-06-17", "王建国", "11010519491231002X",
						"13812345678"),
				List.of("S", "商业街", "", "S01", "商铺", "1", "52.60", "出租", "2020-06-17", "", "", ""));
		List<Column<List<String>>> columns = new java.util.ArrayList<>();
		com.guanjia.imports.Column[] all = com.guanjia.imports.Column.values();
		for (int i = 0; i < all.length; i++) {
			int index = i;
			columns.add(new Column<>(all[i].header(), row -> row.get(index)));
		}
		return XlsxExport.download("estate-template.xlsx", columns, examples);
	}

}
