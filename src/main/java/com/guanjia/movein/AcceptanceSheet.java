package com.guanjia.movein;

import java.util.List;

/**
 * The house acceptance sheet (房屋质量验收登记表, R8.3): the rooms of a flat and the items checked
 * in each (seed 002 "逐项检查验收"): walls, floors, ceilings, doors and windows, water supply
 * and drainage, power and sockets, gas, sanitary ware, intercom. Kept here as the
 * company's standard sheet; a room or item that a flat lacks is answered "n/a".
 */
final class AcceptanceSheet {

	static final List<String> ROOMS = List.of("客厅", "主卧", "次卧", "厨房", "卫生间", "阳台");

	static final List<String> ITEMS = List.of("墙面", "地面", "天花", "门窗", "给排水", "电源插座", "燃气", "洁具", "对讲");

	private AcceptanceSheet() {
	}

}
