package com.guanjia.billing;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.RunCalculator.Inputs;
import com.guanjia.billing.RunCalculator.LineDraft;
import com.guanjia.billing.RunCalculator.PublicUse;
import com.guanjia.billing.RunCalculator.UnitFacts;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.Consumption;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterReadings;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what a run needs through the other modules' APIs: units, readings, rented spaces,
 * standards.
 */
@Component
class RunInputsLoader {

	private static final int PAGE = 5000;

	private final UnitManagement units;

	private final ParkingManagement parking;

	private final MeterReadings readings;

	private final ChargeStandards standards;

	private final JdbcClient jdbc;

	RunInputsLoader(UnitManagement units, ParkingManagement parking, MeterReadings readings, ChargeStandards standards,
			JdbcClient jdbc) {
		this.units = units;
		this.parking = parking;
		this.readings = readings;
		this.standards = standards;
		this.jdbc = jdbc;
	}

	record Loaded(List<UnitFacts> units, Inputs inputs) {
	}

	Loaded load(long communityId, YearMonth first, int months) {
		BillingSettings settings = standards.loadSettings(communityId);
		var histories = standards.histories(communityId);
		List<UnitFacts> facts = new ArrayList<>();
		long after = 0;
		while (true) {
			List<UnitView> page = units.listAfter(communityId, after, PAGE);
			for (UnitView u : page) {
				facts.add(new UnitFacts(u.id(), u.buildingId(), u.buildingArea(), u.state(), u.handoverDate()));
			}
			if (page.size() < PAGE) {
				break;
			}
			after = page.get(page.size() - 1).id();
		}
		List<YearMonth> monthList = new ArrayList<>();
		Map<YearMonth, Map<Long, Map<ChargeItem, BigDecimal>>> consumption = new HashMap<>();
		Map<YearMonth, Map<ChargeItem, Map<Long, Money>>> shared = new HashMap<>();
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			monthList.add(month);
			Map<Long, Map<ChargeItem, BigDecimal>> own = new HashMap<>();
			List<PublicUse> publicUse = new ArrayList<>();
			for (Consumption c : readings.billable(communityId, month)) {
				if (!c.kind().billed()) {
					// gas is billed by the gas company (issue 10 item 11)
					continue;
				}
				if (c.isPublic()) {
					ChargeItem item = c.kind() == MeterKind.WATER ? ChargeItem.SHARED_WATER
							: ChargeItem.SHARED_ELECTRICITY;
					publicUse.add(new PublicUse(item, c.buildingId(), c.quantity()));
				}
				else {
					ChargeItem item = c.kind() == MeterKind.WATER ? ChargeItem.WATER : ChargeItem.ELECTRICITY;
					own.computeIfAbsent(c.unitId(), k -> new EnumMap<>(ChargeItem.class))
						.merge(item, c.quantity(), BigDecimal::add);
				}
			}
			consumption.put(month, own);
			shared.put(month, RunCalculator.shared(facts, month, publicUse, histories, settings));
		}
		Map<Long, Integer> spaces = new HashMap<>();
		if (histories.containsKey(ChargeItem.PARKING)) {
			for (ParkingSpaceView space : parking.list(communityId, ParkingState.RENTED)) {
				if (space.unitId() != null) {
					spaces.merge(space.unitId(), 1, Integer::sum);
				}
			}
		}
		Map<Long, List<LateFee.Overdue>> overdue = new HashMap<>();
		if (settings.lateFeeBasis() != BillingSettings.LateFeeBasis.OFF) {
			jdbc.sql("""
					select l.unit_id, l.due_date, s.outstanding from bill_line l
					join (select bill_line_id, sum(amount) as outstanding from ledger_entry
					      where community_id = ? and bill_line_id is not null
					      group by bill_line_id having sum(amount) > 0) s on s.bill_line_id = l.id
					where l.community_id = ? and l.due_date < ? and l.item <> 'LATE_FEE'""")
				.params(communityId, communityId, Date.valueOf(first.atDay(1)))
				.query(rs -> {
					overdue.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
						.add(new LateFee.Overdue(rs.getDate(2).toLocalDate(), Money.of(rs.getBigDecimal(3))));
				});
		}
		return new Loaded(facts, new Inputs(settings, histories, monthList, consumption, shared, spaces, overdue));
	}

	RunPreview summarize(long communityId, Loaded loaded, YearMonth first, int months) {
		RunCalculator calculator = new RunCalculator(loaded.inputs());
		Map<ChargeItem, long[]> totals = new EnumMap<>(ChargeItem.class);
		int charged = 0;
		int firstTime = 0;
		for (UnitFacts unit : loaded.units()) {
			List<LineDraft> lines = calculator.lines(unit);
			if (!lines.isEmpty()) {
				charged++;
			}
			if (unit.handover() != null && !unit.handover().isBefore(first.atDay(1))
					&& !unit.handover().isAfter(first.plusMonths(months - 1).atEndOfMonth())) {
				firstTime++;
			}
			for (LineDraft line : lines) {
				long[] t = totals.computeIfAbsent(line.item(), k -> new long[2]);
				t[0]++;
				t[1] += line.amount().fen();
			}
		}
		Map<ChargeItem, Money> previous = new EnumMap<>(ChargeItem.class);
		jdbc.sql("""
				select item, sum(amount) from bill_line where community_id = ? and origin = 'RUN'
				  and period >= ? and period < ? group by item""")
			.params(communityId, Date.valueOf(first.minusMonths(months).atDay(1)), Date.valueOf(first.atDay(1)))
			.query(rs -> {
				previous.put(ChargeItem.valueOf(rs.getString(1)), Money.of(rs.getBigDecimal(2)));
			});
		// lines the run will skip: a run line whose charge was reversed is billed again
		int existing = jdbc
			.sql("""
					select (select count(*) from bill_line where community_id = :c and origin = 'RUN' and period >= :from and period < :to)
					  - (select count(*) from ledger_entry r
					     join ledger_entry ch on ch.community_id = r.community_id and ch.id = r.reverses_id and ch.kind = 'CHARGE'
					     join bill_line l on l.community_id = ch.community_id and l.id = ch.bill_line_id and l.origin = 'RUN'
					     where r.community_id = :c and r.reverses_id is not null and l.period >= :from and l.period < :to)""")
			.param("c", communityId)
			.param("from", Date.valueOf(first.atDay(1)))
			.param("to", Date.valueOf(first.plusMonths(months).atDay(1)))
			.query(Integer.class)
			.single();
		long held = 0;
		for (int i = 0; i < months; i++) {
			held += readings.heldCount(communityId, first.plusMonths(i));
		}
		List<RunPreview.ItemTotal> items = new ArrayList<>();
		long totalFen = 0;
		int lineCount = 0;
		for (ChargeItem item : ChargeItem.values()) {
			long[] t = totals.getOrDefault(item, new long[2]);
			Money prev = previous.getOrDefault(item, Money.ZERO);
			if (t[0] > 0 || prev.isPositive()) {
				items.add(new RunPreview.ItemTotal(item, (int) t[0], Money.ofFen(t[1]), prev));
			}
			totalFen += t[1];
			lineCount += (int) t[0];
		}
		return new RunPreview(null, items, Money.ofFen(totalFen), charged, lineCount, existing, firstTime, held);
	}

}
