package com.guanjia.renovation;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.inspections.ChecklistTemplates.ReviseTemplate;
import com.guanjia.inspections.ChecklistTemplates.ReviseTemplate.Item;
import com.guanjia.inspections.Trade;

/**
 * The first revision of the renovation checklists kept in the inspections engine (R9.5;
 * seed 000 "每日現場巡查裝修施工情況", seed 003 "二次装修日检表", "楼道卫生"): what the permit allows, no change
 * to the main structure, fire safety, debris, the workers' passes and the hours; the
 * corridor swept before the workers leave. Supervisors revise them like any other
 * template afterwards.
 */
final class SiteChecklists {

	private SiteChecklists() {
	}

	static ReviseTemplate of(SiteCheckKind kind) {
		return switch (kind) {
			case SITE -> new ReviseTemplate("二次装修日检表",
					List.of(item("施工项目与装修许可证核准内容一致，无超范围施工"), item("未拆改主体结构、承重墙，未明显加大荷载"),
							item("消防安全：配备灭火器，无违规动火、私拉乱接电线", Trade.SECURITY), item("装修垃圾袋装并堆放在指定地点，无乱堆乱放"),
							item("施工人员佩戴临时出入证"), item("在规定时间内施工，无超时噪音扰民")));
			case CORRIDOR ->
				new ReviseTemplate("装修单元楼道卫生检查", List.of(item("楼道无装修垃圾、材料堆放"), item("楼道地面、墙面及电梯无污损，收工前已打扫")));
		};
	}

	private static Item item(String text) {
		return item(text, Trade.OTHER);
	}

	private static Item item(String text, Trade trade) {
		return new Item(text, trade, BigDecimal.ONE);
	}

}
