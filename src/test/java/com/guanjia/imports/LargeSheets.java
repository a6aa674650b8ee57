package com.guanjia.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import com.guanjia.shared.IdCardNumber;

/**
 * Large estate sheets for the import tests and the bench, written with SXSSF (streaming)
 * so making them costs no memory either: {@code rows} units in buildings of 1,000, with
 * an owner (name, valid ID number, mobile) per unit when {@code owners}.
 */
public final class LargeSheets {

	private LargeSheets() {
	}

	public static Path write(int rows, boolean owners) throws IOException {
		Path file = Files.createTempFile("estate-", ".xlsx");
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("房屋");
			Row head = sheet.createRow(0);
			String[] header = owners ? new String[] { "楼栋编号", "房号", "建筑面积", "状态", "交房日期", "业主姓名", "业主证件号码", "业主电话" }
					: new String[] { "楼栋编号", "房号", "建筑面积", "状态", "交房日期" };
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue("L" + (r / 1000));
				row.createCell(1).setCellValue(String.format("%04d", r % 1000 + 1));
				row.createCell(2).setCellValue(60 + r % 90 + 0.5);
				row.createCell(3).setCellValue("自住");
				row.createCell(4).setCellValue("2020-06-17");
				if (owners) {
					row.createCell(5).setCellValue(name(r));
					row.createCell(6).setCellValue(idCard(r));
					row.createCell(7).setCellValue(String.valueOf(13800000000L + r));
				}
			}
			wb.write(out);
		}
		return file;
	}

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

	private static final String GIVEN = "建国秀英伟芳娜敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华";

	/** A Chinese name: a surname and two given-name characters. */
	static String name(int n) {
		return "" + SURNAMES.charAt(n % SURNAMES.length()) + GIVEN.charAt(n / 20 % GIVEN.length())
				+ GIVEN.charAt(n / 600 % GIVEN.length());
	}

	/** A valid ID number, different for every {@code n} below 1,000,000. */
	public static String idCard(int n) {
		String first17 = "1101" + String.format("%02d", n / 10_000 % 100) + (1950 + n / 1000 % 10) + "0101"
				+ String.format("%03d", n % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

}
