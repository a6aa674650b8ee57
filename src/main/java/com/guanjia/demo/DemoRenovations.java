package com.guanjia.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RoundWork;
import com.guanjia.renovation.AcceptanceItem;
import com.guanjia.renovation.ApplicantKind;
import com.guanjia.renovation.ApplyRenovation;
import com.guanjia.renovation.DocumentKind;
import com.guanjia.renovation.PermitRenovation;
import com.guanjia.renovation.RenovationSite;
import com.guanjia.renovation.Renovations;
import com.guanjia.renovation.SiteCheckKind;
import com.guanjia.renovation.SiteCheckView;
import com.guanjia.renovation.SiteChecks;
import com.guanjia.renovation.WaterArea;
import com.guanjia.renovation.WorkerView;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.ResultPage;

import org.springframework.stereotype.Component;

/**
 * 阳光花园's renovations (R9, issue 13), one at each stage: an application waiting for its
 * papers; a structural change waiting for its approval to be checked; one under way with
 * its workers' passes (one valid today, one from three days on), an overtime consent, a
 * water test standing and today's checks, the site check finding debris (a violation to
 * follow up); one accepted with its deposit still held; one closed, whose pass the gate
 * now refuses; one withdrawn. Seeded through the modules' services as the seeder.
 */
@Component
class DemoRenovations {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	private static final DocumentKind[] PAPERS = { DocumentKind.FLOOR_PLAN, DocumentKind.ELECTRICAL,
			DocumentKind.PLUMBING, DocumentKind.AGREEMENT, DocumentKind.PLEDGE };

	private final Renovations renovations;

	private final RenovationSite site;

	private final SiteChecks checks;

	private final RoundWork rounds;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	DemoRenovations(Renovations renovations, RenovationSite site, SiteChecks checks, RoundWork rounds,
			UnitManagement units, ResidentDirectory residents) {
		this.renovations = renovations;
		this.site = site;
		this.checks = checks;
		this.rounds = rounds;
		this.units = units;
		this.residents = residents;
	}

	void seed(long community) {
		List<UnitView> flats = new ArrayList<>();
		for (UnitView u : units
			.list(community, new UnitFilter(null, UnitState.OCCUPIED, null, null), new ResultPage.Request(1, 20))
			.items()) {
			// 3-2-1502 is the README's example flat, its ledger the management fees only.
			if (!u.label().equals("3-2-1502") && !residents.ownersOf(u.unitId()).isEmpty()) {
				flats.add(u);
			}
		}
		if (flats.size() < 6) {
			return;
		}
		LocalDate today = renovations.today(community);

		// waiting for its papers
		long waiting = apply(community, flats.get(0), false, "厨房橱柜更换、墙面翻新", 0);
		renovations.upload(waiting, DocumentKind.FLOOR_PLAN, null, "装修平面图.pdf", PDF);

		// a structural change: approval uploaded, not yet checked (R9.2)
		long structural = apply(community, flats.get(1), true, "拆除客厅与餐厅之间的非承重墙，阳台加装地台", 2);
		papers(structural);
		renovations.upload(structural, DocumentKind.STRUCTURAL_APPROVAL, "住建局批准书", "批准书.pdf", PDF);

		// under way: passes, overtime, a water test, today's checks and a violation
		long underWay = apply(community, flats.get(2), false, "全屋翻新：水电改造、卫生间防水、木地板", 2);
		papers(underWay);
		renovations.permit(underWay, new PermitRenovation(today, today.plusDays(59), null, null));
		List<WorkerView> workers = renovations.get(underWay).workers();
		site.issuePass(underWay, workers.get(0).id(), null, null);
		site.issuePass(underWay, workers.get(1).id(), today.plusDays(3), today.plusDays(30));
		site.approveOvertime(underWay, today.atTime(18, 0), today.atTime(20, 0), "卫生间防水层赶工，业主书面申请");
		site.startWaterTest(underWay, WaterArea.BATHROOM);
		for (SiteCheckView c : checks.checks(underWay)) {
			if (c.kind() == SiteCheckKind.SITE) {
				List<ItemAnswer> answers = new ArrayList<>();
				for (int i = 1; i <= 6; i++) {
					answers.add(new ItemAnswer(i, i == 4 ? Outcome.FAIL : Outcome.PASS,
							i == 4 ? "装修垃圾堆放在楼道，已要求停工清理" : null));
				}
				rounds.visit(c.roundId(), 1, new RecordVisit(answers, null, false, List.of()));
			}
		}

		// accepted, its deposit held at the cashier until the refund is asked for
		long accepted = apply(community, flats.get(3), false, "卧室墙面刷漆、更换门窗", 1);
		papers(accepted);
		renovations.permit(accepted, new PermitRenovation(today, today.plusDays(14), null, null));
		renovations.accept(accepted, "验收合格，公共部位无损坏", EnumSet.allOf(AcceptanceItem.class));

		// closed without a deposit: its worker's pass is refused at the gate now
		long closed = apply(community, flats.get(4), false, "更换卫浴洁具", 1);
		papers(closed);
		renovations.permit(closed, new PermitRenovation(today, today.plusDays(7), BigDecimal.ZERO, BigDecimal.ZERO));
		site.issuePass(closed, renovations.get(closed).workers().get(0).id(), null, null);
		renovations.accept(closed, "验收合格", EnumSet.allOf(AcceptanceItem.class));
		renovations.close(closed);

		// withdrawn before a permit
		long withdrawn = apply(community, flats.get(5), false, "阳台封闭", 0);
		renovations.withdraw(withdrawn, "业主暂缓装修");
	}

	private long apply(long community, UnitView unit, boolean structural, String works, int workers) {
		ResidentSummary owner = residents.ownersOf(unit.unitId()).get(0);
		List<ApplyRenovation.NewWorker> named = new ArrayList<>();
		String[] names = { "王建军", "李师傅" };
		for (int i = 0; i < workers; i++) {
			named.add(new ApplyRenovation.NewWorker(names[i],
					DemoResidents.idNumber("440305", LocalDate.of(1980 + i, 3, 8), 300 + (int) (unit.id() % 600) + i),
					"1390000" + String.format("%04d", 100 + i)));
		}
		LocalDate today = renovations.today(community);
		return renovations
			.apply(community,
					new ApplyRenovation(unit.id(), ApplicantKind.OWNER, owner.id(), null, null, null, works, structural,
							"好家装饰工程有限公司", "李工", "13800138000", today, today.plusDays(59), named,
							"demo-renovation-" + unit.id()))
			.renovation()
			.id();
	}

	private void papers(long renovation) {
		for (DocumentKind kind : PAPERS) {
			renovations.upload(renovation, kind, null, kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf", PDF);
		}
	}

}
