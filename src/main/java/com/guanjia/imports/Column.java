package com.guanjia.imports;

import java.util.List;
import java.util.Locale;

/**
 * The columns of the estate sheet. A header is recognised by any of its names (Chinese or
 * English, case and spaces ignored), so columns may come in any order.
 */
enum Column {

	BUILDING_CODE(true, "楼栋编号", "楼栋", "building", "building code"), BUILDING_NAME(false, "楼栋名称", "building name"),
	ENTRANCE(false, "单元", "entrance"), ROOM_NO(true, "房号", "房间号", "room", "room no"), KIND(false, "类型", "房屋类型", "kind"),
	FLOOR(false, "楼层", "floor"), AREA(true, "建筑面积", "建筑面积(m²)", "建筑面积（m²）", "面积", "area", "building area"),
	STATE(true, "状态", "房屋状态", "state"), HANDOVER_DATE(false, "交房日期", "交付日期", "handover date", "handover"),
	OWNER_NAME(false, "业主姓名", "业主", "owner", "owner name"),
	OWNER_ID_NUMBER(false, "业主证件号码", "身份证号", "证件号码", "owner id", "id number"),
	OWNER_PHONE(false, "业主电话", "联系电话", "电话", "owner phone", "phone");

	private final boolean required;

	private final List<String> names;

	Column(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	boolean required() {
		return required;
	}

	/** The header written into the template (the first name). */
	String header() {
		return names.get(0);
	}

	static Column of(String header) {
		String h = normalize(header);
		for (Column c : values()) {
			for (String name : c.names) {
				if (normalize(name).equals(h)) {
					return c;
				}
			}
		}
		return null;
	}

	private static String normalize(String s) {
		return s == null ? "" : s.replaceAll("[\\s*]", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * The field name used in problem reports, matching the estate and residents commands.
	 */
	String field() {
		return switch (this) {
			case BUILDING_CODE -> "buildingCode";
			case BUILDING_NAME -> "buildingName";
			case ENTRANCE -> "entrance";
			case ROOM_NO -> "roomNo";
			case KIND -> "kind";
			case FLOOR -> "floor";
			case AREA -> "buildingArea";
			case STATE -> "state";
			case HANDOVER_DATE -> "handoverDate";
			case OWNER_NAME -> "ownerName";
			case OWNER_ID_NUMBER -> "ownerIdNumber";
			case OWNER_PHONE -> "ownerPhone";
		};
	}

}
