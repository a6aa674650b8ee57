package com.guanjia.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.inspections.ItemAnswer;
import com.guanjia.inspections.Outcome;
import com.guanjia.inspections.RecordVisit;
import com.guanjia.inspections.RoundWork;
import com.guanjia.keys.KeyItemView;
import com.guanjia.meters.MeterCommand;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.meters.ReadingCommand;
import com.guanjia.movein.AcceptanceView;
import com.guanjia.movein.Agreement;
import com.guanjia.movein.ApplicantKind;
import com.guanjia.movein.Custodies;
import com.guanjia.movein.CustodyView;
import com.guanjia.movein.HeavyRain;
import com.guanjia.movein.HouseAcceptances;
import com.guanjia.movein.ItemOutcome;
import com.guanjia.movein.MoveInCommands;
import com.guanjia.movein.MoveIns;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.OwnerImport;
import com.guanjia.residents.OwnerImportRow;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.shared.ResultPage;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * 阳光花园's move-ins, custody and the keys they need (R8, R10.1, issue 12). Four flats sold
 * this month (未售 until now) get their new owners and a case each, one at every step:
 * 周文博's just opened, only his ID card handed in; 吴海燕's through her brother as proxy,
 * papers checked, registered and signed, whose acceptance found two defects that became
 * handover-defect work orders; 郑志强's accepted and signed, waiting for the fees and the
 * keys (he has borrowed a key to measure the flat with his decorator); 冯子涵's completed
 * today, occupied, its papers, forms and signature in the unit's archive, a spare key
 * kept at the desk that she borrowed once and brought back. Two vacant flats are put in
 * custody with their keys held at the desk: this week's outside checks done (one found a
 * leak), the before-heavy-rain checks ordered, and one flat's water meter over the
 * custodial 5 m³ — flagged on its agreement. Seeded through the modules' services as the
 * seeder.
 */
@Component
class DemoMoveIns {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

	/** A new owner whose ID card the desk checks (the loans need the number). */
	record NewOwner(String name, String idCardNumber, String phone) {
	}

	static final NewOwner OPENED = new NewOwner("周文博", DemoResidents.idNumber("440305", LocalDate.of(1988, 4, 2), 211),
			"13923456781");

	static final NewOwner BY_PROXY = new NewOwner("吴海燕",
			DemoResidents.idNumber("440305", LocalDate.of(1979, 11, 23), 212), "13723456782");

	static final NewOwner WAITING = new NewOwner("郑志强", DemoResidents.idNumber("440305", LocalDate.of(1985, 7, 9), 213),
			"15023456783");

	static final NewOwner COMPLETED = new NewOwner("冯子涵",
			DemoResidents.idNumber("440305", LocalDate.of(1991, 2, 17), 214), "18623456784");

	private final MoveIns moveIns;

	private final HouseAcceptances acceptances;

	private final Custodies custodies;

	private final RoundWork rounds;

	private final MeterManagement meters;

	private final UnitManagement units;

	private final OwnerImport owners;

	private final ResidentDirectory residents;

	private final DemoKeys keys;

	DemoMoveIns(MoveIns moveIns, HouseAcceptances acceptances, Custodies custodies, RoundWork rounds,
			MeterManagement meters, UnitManagement units, OwnerImport owners, ResidentDirectory residents,
			DemoKeys keys) {
		this.moveIns = moveIns;
		this.acceptances = acceptances;
		this.custodies = custodies;
		this.rounds = rounds;
		this.meters = meters;
		this.units = units;
		this.owners = owners;
		this.residents = residents;
		this.keys = keys;
	}

	void seed(long community) {
		List<UnitView> sold = units
			.list(community, new UnitFilter(null, UnitState.UNSOLD, null, null), new ResultPage.Request(0, 4))
			.items();
		List<UnitView> vacant = units
			.list(community, new UnitFilter(null, UnitState.VACANT, null, null), new ResultPage.Request(0, 20))
			.items()
			.stream()
			.filter(u -> u.handoverDate() != null && !residents.ownersOf(u.unitId()).isEmpty())
			.limit(2)
			.toList();
		if (sold.size() < 4 || vacant.size() < 2) {
			return;
		}
		LocalDate today = moveIns.today(community);
		List<NewOwner> buyers = List.of(OPENED, BY_PROXY, WAITING, COMPLETED);
		List<OwnerImportRow> rows = new ArrayList<>();
		for (int i = 0; i < buyers.size(); i++) {
			NewOwner o = buyers.get(i);
			rows.add(new OwnerImportRow(i + 1, sold.get(i).id(),
					PartyCommand.person(o.name(), o.idCardNumber(), o.phone()), null, today.minusDays(12 - 2L * i)));
		}
		owners.importOwners(community, rows);
		// each flat's keys, resident card and intercom handset wait in cabinet A; the
		// last flat's third key stays at the desk as its spare
		List<List<KeyItemView>> stocked = new ArrayList<>();
		for (int i = 0; i < sold.size(); i++) {
			stocked.add(keys.stock(community, sold.get(i), "A", i == 3 ? 3 : 2));
		}

		// just opened: only the ID card handed in, the notice and the contract missing
		long opened = open(community, sold.get(0), ApplicantKind.OWNER, null);
		moveIns.attach(opened, DocumentType.ID_COPY, "身份证复印件.pdf", PDF);

		// by proxy: papers checked, registered, signed; two defects became work orders
		long proxy = open(community, sold.get(1), ApplicantKind.PROXY, "吴晓东");
		papers(proxy, ApplicantKind.PROXY);
		moveIns.register(proxy,
				new MoveInCommands.Register("吴晓东", "13723450000", "兄弟", "业主在外地工作，由其弟代办",
						List.of(new MoveInCommands.Member("李明辉", HouseholdRelation.SPOUSE, null, "13723450001"),
								new MoveInCommands.Member("李欣怡", HouseholdRelation.CHILD, null, null)),
						List.of(new MoveInCommands.Car("粤B7M286", "丰田", "白色"))));
		moveIns.signAgreements(proxy, EnumSet.allOf(Agreement.class));
		moveIns.noteRequests(proxy, "水电开通；申请租用车位 B1-036");
		long sheet = inspect(proxy, sold.get(1), "吴晓东", true);
		acceptances.orderDefects(sheet);

		// accepted and signed; the fees and the keys still to do; a key lent to measure
		long waiting = open(community, sold.get(2), ApplicantKind.OWNER, null);
		papers(waiting, ApplicantKind.OWNER);
		register(waiting, "何静", "妻子", "13512340000");
		moveIns.signAgreements(waiting, EnumSet.allOf(Agreement.class));
		acceptances.sign(inspect(waiting, sold.get(2), WAITING.name(), false), WAITING.name(),
				DemoWorkOrders.signature());
		List<KeyItemView> waitingKeys = stocked.get(2);
		keys.lend(waitingKeys.get(0).id(), WAITING.idCardNumber(), "业主与装修公司现场量房", false);

		// completed today: occupied, its archive complete; a spare key stays at the desk
		long done = open(community, sold.get(3), ApplicantKind.OWNER, null);
		papers(done, ApplicantKind.OWNER);
		register(done, "许桂兰", "母亲", "13612340000");
		moveIns.signAgreements(done, EnumSet.allOf(Agreement.class));
		acceptances.sign(inspect(done, sold.get(3), COMPLETED.name(), false), COMPLETED.name(),
				DemoWorkOrders.signature());
		List<KeyItemView> doneKeys = stocked.get(3);
		moveIns.handOut(done, new MoveInCommands.HandOutItems(
				doneKeys.stream().filter(k -> !k.number().endsWith("-3")).map(KeyItemView::id).toList(), true, true));
		moveIns.settleFees(done);
		moveIns.noteRequests(done, "水电开通；燃气开通预约");
		moveIns.complete(done, new MoveInCommands.Complete(today, true));
		keys.lend(doneKeys.stream().filter(k -> k.number().endsWith("-3")).findFirst().orElseThrow().id(),
				COMPLETED.idCardNumber(), "业主忘带钥匙，借用备用钥匙开门", true);

		// custody: keys held at the desk, this week's checks, heavy rain ahead, an excess
		List<Long> kept = new ArrayList<>();
		for (int i = 0; i < vacant.size(); i++) {
			UnitView unit = vacant.get(i);
			kept.add(custodies
				.sign(community,
						new Custodies.SignCustody(unit.id(), today.minusDays(20 + 15L * i), today.plusMonths(12),
								"入户门钥匙2把、信箱钥匙1把"))
				.id());
			keys.stock(community, unit, "B", 2);
		}
		visitWeekly(kept.get(0), null);
		visitWeekly(kept.get(1), "阳台外墙有渗水痕迹，已拍照并电话通知业主");
		custodies.orderHeavyRainChecks(community, HeavyRain.BEFORE);
		excess(community, vacant.get(0), today);
	}

	private long open(long community, UnitView unit, ApplicantKind kind, @Nullable String proxy) {
		long owner = residents.ownersOf(unit.unitId()).get(0).id();
		return moveIns.open(community, new MoveInCommands.OpenMoveIn(unit.id(), kind, owner, proxy)).id();
	}

	private void papers(long caseId, ApplicantKind kind) {
		List<DocumentType> types = new ArrayList<>(
				List.of(DocumentType.ID_COPY, DocumentType.MOVE_IN_NOTICE, DocumentType.PURCHASE_CONTRACT));
		if (kind == ApplicantKind.PROXY) {
			types.addAll(List.of(DocumentType.AUTHORIZATION, DocumentType.PROXY_ID_COPY));
		}
		for (DocumentType type : types) {
			moveIns.attach(caseId, type, type.name().toLowerCase(java.util.Locale.ROOT) + ".pdf", PDF);
		}
		moveIns.checkDocuments(caseId);
	}

	/** The registration form with its emergency contact only. */
	private void register(long caseId, String emergencyName, String relation, String phone) {
		moveIns.register(caseId,
				new MoveInCommands.Register(emergencyName, phone, relation, null, List.of(), List.of()));
	}

	/**
	 * Fills the acceptance sheet with engineering: gas only in the kitchen, sanitary ware
	 * in the kitchen and bathroom; with {@code defects}, the bathroom's drain and the
	 * main bedroom's window fail. Answers the sheet's id.
	 */
	private long inspect(long caseId, UnitView unit, String owner, boolean defects) {
		AcceptanceView sheet = acceptances.start(caseId);
		for (AcceptanceView.Line line : sheet.items()) {
			ItemOutcome outcome = ItemOutcome.PASS;
			String note = null;
			if (line.text().equals("燃气") && !line.room().equals("厨房")
					|| line.text().equals("洁具") && !line.room().equals("厨房") && !line.room().equals("卫生间")) {
				outcome = ItemOutcome.NOT_APPLICABLE;
			}
			if (defects && line.room().equals("卫生间") && line.text().equals("给排水")) {
				outcome = ItemOutcome.FAIL;
				note = "地漏排水不畅，淋浴区积水";
			}
			if (defects && line.room().equals("主卧") && line.text().equals("门窗")) {
				outcome = ItemOutcome.FAIL;
				note = "窗框密封胶开裂，关窗不严";
			}
			acceptances.record(sheet.id(), line.room(), line.position(), outcome, note, List.of());
		}
		String code = unit.label().replace("-", "");
		acceptances.recordReadings(sheet.id(), new HouseAcceptances.ConfirmReadings("W" + code, new BigDecimal("3.20"),
				"E" + code, new BigDecimal("12.50"), null, null, owner));
		return acceptances.finish(sheet.id()).id();
	}

	private void visitWeekly(long custody, @Nullable String leak) {
		CustodyView.Check weekly = custodies.get(custody).checks().get(0);
		List<ItemAnswer> answers = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			boolean fails = leak != null && i == 2;
			answers.add(new ItemAnswer(i, fails ? Outcome.FAIL : Outcome.PASS, fails ? leak : null));
		}
		rounds.visit(weekly.roundId(), 1, new RecordVisit(answers, null, false, List.of()));
	}

	/**
	 * The flat's water meter, read at the custody's start and this month: 8.5 m³ used,
	 * over the custodial 5 m³ — meters holds the reading and movein flags it (R7.2,
	 * R8.4).
	 */
	private void excess(long community, UnitView unit, LocalDate today) {
		String code = "W" + unit.label().replace("-", "");
		long meter = meters.register(community, new MeterCommand(MeterKind.WATER, code, unit.id(), null)).id();
		String owner = residents.ownersOf(unit.unitId()).get(0).name();
		meters.recordBase(meter, new BigDecimal("236.40"), today.minusDays(20), owner);
		meters.record(community,
				new ReadingCommand(code, YearMonth.from(today), new BigDecimal("244.90"), today, null, null));
	}

}
