package com.guanjia.demo;

import java.time.LocalDateTime;
import java.util.List;

import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.goods.ConsentMethod;
import com.guanjia.goods.GoodsItem;
import com.guanjia.goods.GoodsPasses;
import com.guanjia.goods.RequestPass;
import com.guanjia.goods.RequestPass.GiveConsent;
import com.guanjia.goods.RequesterKind;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.ResultPage;

import org.springframework.stereotype.Component;

/**
 * 阳光花园's goods release passes (R10.2, issue 13 item 7): a renovation worker's pass
 * confirmed by the owner's call and valid until tonight, a removal company's pass still
 * waiting for the owner, an owner's pass used at the gate this morning (filed in the
 * unit's archive), and an owner's pass of yesterday entered from paper, never used: it
 * reads as expired.
 */
@Component
class DemoGoods {

	private final GoodsPasses passes;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	DemoGoods(GoodsPasses passes, UnitManagement units, ResidentDirectory residents) {
		this.passes = passes;
		this.units = units;
		this.residents = residents;
	}

	void seed(long community) {
		List<UnitView> owned = units
			.list(community, new UnitFilter(null, UnitState.OCCUPIED, null, null), new ResultPage.Request(0, 40))
			.items()
			.stream()
			.filter(u -> !residents.ownersOf(UnitId.of(community, u.id())).isEmpty())
			.limit(4)
			.toList();
		if (owned.size() < 4) {
			return;
		}
		LocalDateTime now = passes.localNow(community).withSecond(0).withNano(0);
		LocalDateTime tonight = now.toLocalDate().atTime(21, 0);
		LocalDateTime until = now.isBefore(tonight.minusHours(1)) ? tonight : now.plusHours(3);

		ResidentSummary first = owner(community, owned.get(0));
		passes.request(community,
				new RequestPass(owned.get(0).id(), RequesterKind.OTHER, null, null, "装修工人 张师傅",
						List.of(new GoodsItem("废旧木板", 20), new GoodsItem("拆下的旧马桶", 1), new GoodsItem("电动工具箱", 2)),
						"粤B3K627", now.minusHours(1), until,
						new GiveConsent(ConsentMethod.CALL, first.id(), now.minusHours(1), "业主电话确认，同意装修垃圾及工具搬出")));

		passes.request(community, new RequestPass(owned.get(1).id(), RequesterKind.OTHER, null, null, "顺心搬家公司 刘师傅",
				List.of(new GoodsItem("衣柜", 1), new GoodsItem("纸箱", 15)), "粤BD52817", now, until, null));

		ResidentSummary third = owner(community, owned.get(2));
		var used = passes.request(community,
				new RequestPass(owned.get(2).id(), RequesterKind.OWNER, third.id(), null, null,
						List.of(new GoodsItem("旧沙发", 1), new GoodsItem("旧电视机", 1)), null, now.minusHours(2), until,
						new GiveConsent(ConsentMethod.IN_PERSON, third.id(), now.minusHours(2), null)));
		passes.release(used.id(), "核对无误");

		long fourth = owner(community, owned.get(3)).id();
		LocalDateTime yesterday = now.toLocalDate().minusDays(1).atTime(9, 0);
		passes.request(community, new RequestPass(owned.get(3).id(), RequesterKind.OWNER, fourth, null, null,
				List.of(new GoodsItem("自行车", 2)), null, yesterday, yesterday.plusHours(9), null));
	}

	private ResidentSummary owner(long community, UnitView unit) {
		return residents.ownersOf(UnitId.of(community, unit.id())).get(0);
	}

}
