package com.guanjia.inspections;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checklists every community starts with, in the seeds' words (R11.2, R11.5, R11.6;
 * seeds 001 F–H and 003 items 10, 11, 17): cleaning, greening, buildings, the Tuesday and
 * Wednesday corridor check, public facilities (Thursday), vacant units and the monthly
 * comprehensive inspection. Each item says who puts a failure right: engineering (a work
 * order), the cleaning or greening contractor, or another department.
 */
final class ChecklistDefaults {

	static final String CLEANING = "CLEANING";

	static final String GREENING = "GREENING";

	static final String BUILDING = "BUILDING";

	static final String CORRIDOR = "CORRIDOR";

	static final String PUBLIC_FACILITY = "PUBLIC_FACILITY";

	static final String VACANT_UNIT = "VACANT_UNIT";

	static final String COMPREHENSIVE = "COMPREHENSIVE";

	record Item(String text, Trade trade) {
	}

	record Template(String code, String name, List<Item> items) {
	}

	private static Item c(String text) {
		return new Item(text, Trade.CLEANING);
	}

	private static Item g(String text) {
		return new Item(text, Trade.GREENING);
	}

	private static Item e(String text) {
		return new Item(text, Trade.ENGINEERING);
	}

	static final List<Template> TEMPLATES = List.of(
			new Template(CLEANING, "保洁检查",
					List.of(c("道路（路面）清洁"), c("楼道（走廊）清洁"), c("墙面（墙壁）清洁"), c("消防门清洁"), c("消火栓箱（消防箱）清洁"),
							c("通风口（铝合金通风窗）清洁"), c("灯罩清洁"), c("扶手（楼梯扶手）清洁"))),
			new Template(GREENING, "绿化检查", List.of(g("长势良好"), g("无枯枝、死苗"), g("无缺苗"), g("无黄土裸露"), g("无树枝折断"))),
			new Template(BUILDING, "楼宇巡查",
					List.of(c("大堂入口"), c("电梯内外"), c("各层楼道（走廊）"), c("墙面"), c("地面"), c("消防门"), c("消火栓箱"), e("照明灯具"),
							c("楼梯扶手"), c("天面（天台）"))),
			new Template(CORRIDOR, "楼道照明与卫生检查",
					List.of(e("楼道照明正常，无不亮或损坏"), c("楼道卫生到位"), new Item("楼道无不应存在的杂物", Trade.OTHER))),
			new Template(PUBLIC_FACILITY, "公共设施检查",
					List.of(e("路面透水砖无缺少或破损"), e("井盖无损坏"), e("儿童游乐设施牢固"), e("路沿石无松动"), e("各梯入户门和可视对讲正常"),
							e("电梯无明显晃动、按键失灵、轿厢表面或灯具损坏"))),
			new Template(VACANT_UNIT, "空置房检查",
					List.of(e("门窗关闭，无损坏，能灵活开关"), new Item("套内水电已关闭", Trade.OTHER), new Item("阳台无垃圾或堵塞", Trade.OTHER),
							e("套内配套设施无缺损"), e("无漏水、渗水"))),
			new Template(COMPREHENSIVE, "物业综合大检查", List.of(c("大区环境卫生"), g("绿化养护"), e("公共设施设备"), c("销售中心（样板房）"), c("会所"),
					e("消防设施"), new Item("安全秩序与车辆停放", Trade.SECURITY), c("车库卫生"), c("店面卫生"))));

	static final BigDecimal WEIGHT = BigDecimal.ONE;

	private ChecklistDefaults() {
	}

}
