package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Gives a community the default warranty table of R3.5 and a starter price list the first
 * time either is needed; companies then change them as data.
 */
@Component
class CatalogueDefaults {

	record Category(String code, String name, @Nullable Integer months, boolean leak, boolean safety) {
	}

	static final List<Category> WARRANTY = List.of(new Category("STRUCTURE", "地基基础和主体结构", null, false, true),
			new Category("ROOF_WATERPROOF", "屋面防水", 60, true, false),
			new Category("LEAK", "墙面、厨房和卫生间地面、地下室、管道渗漏", 60, true, false),
			new Category("FLOOR_FACING", "地面空鼓开裂、墙面顶棚抹灰层脱落", 24, false, false),
			new Category("DOOR_WINDOW", "门窗翘裂、五金件损坏", 24, false, false),
			new Category("PIPE_BLOCKED", "管道堵塞", 24, false, false), new Category("SANITARY", "卫生洁具", 24, false, false),
			new Category("LAMP_SWITCH", "灯具、电器开关", 6, false, true),
			new Category("OTHER", "其他（不在保修范围）", 0, false, false));

	record Price(String code, String name, String unit, String price) {
	}

	static final List<Price> PRICES = List.of(new Price("LABOUR_HOUR", "人工费", "小时", "30.00"),
			new Price("FAUCET", "更换水龙头（不含材料）", "个", "20.00"), new Price("DRAIN_CLEAR", "疏通下水管道", "次", "50.00"),
			new Price("TOILET_TANK", "维修马桶水箱配件", "次", "30.00"), new Price("LAMP_TUBE", "更换灯管、灯泡", "支", "10.00"),
			new Price("SWITCH_SOCKET", "更换开关、插座", "个", "15.00"), new Price("LOCK", "更换门锁", "把", "30.00"),
			new Price("SEALANT", "打玻璃胶（每米）", "米", "8.00"));

	private final CatalogueRepository catalogue;

	CatalogueDefaults(CatalogueRepository catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * Communities known to have their tables (rows are never deleted, so once seen is
	 * enough).
	 */
	private final Set<Long> seeded = ConcurrentHashMap.newKeySet();

	void ensure(long communityId) {
		if (seeded.contains(communityId)) {
			return;
		}
		boolean hasWarranty = catalogue.hasCategories(communityId);
		if (!hasWarranty) {
			int sort = 0;
			for (Category c : WARRANTY) {
				catalogue.addCategory(communityId, c.code(), c.name(), c.months(), c.leak(), c.safety(), sort++);
			}
		}
		boolean hasPrices = catalogue.hasPrices(communityId);
		if (!hasPrices) {
			for (Price p : PRICES) {
				catalogue.addPrice(communityId, p.code(), p.name(), p.unit(), new BigDecimal(p.price()));
			}
		}
		if (hasWarranty && hasPrices) {
			// Only rows already committed count: a concurrent first intake must not skip
			// ahead of them.
			seeded.add(communityId);
		}
	}

}
