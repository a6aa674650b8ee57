package com.guanjia.billing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fee figures derived from the ledger: the collection rate of a period (collected ÷
 * billed, by building and charge item) and each unit's overdue debt by age (R6.7,
 * reports).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class FeeReports {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final CommunityDirectory communities;

	private final Clock clock;

	FeeReports(JdbcClient jdbc, CommunityScope scope, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.communities = communities;
		this.clock = clock;
	}

	/**
	 * The month it is now in the community's time zone: the default of the fee pages (a
	 * Shanghai month starts eight hours before the UTC one).
	 */
	public YearMonth thisMonth(long communityId) {
		scope.require(communityId);
		return YearMonth.now(clock.withZone(communities.timeZone(communityId)));
	}

	/**
	 * Billed (charges net of reversals), discounted and collected for bills of the
	 * months, and the rate.
	 */
	@NamedInterface("api")
	public record Collection(String key, Money billed, Money discounted, Money collected) {

		/**
		 * collected ÷ billed in percent, 1 decimal (half-up); 0 when nothing was billed.
		 */
		public java.math.BigDecimal ratePercent() {
			return billed.isZero() ? java.math.BigDecimal.ZERO
					: collected.amount()
						.multiply(java.math.BigDecimal.valueOf(100))
						.divide(billed.amount(), 1, java.math.RoundingMode.HALF_UP);
		}

		Collection plus(Collection o) {
			return new Collection(key, billed.plus(o.billed), discounted.plus(o.discounted),
					collected.plus(o.collected));
		}

	}

	@NamedInterface("api")
	public record CollectionReport(Collection total, List<Collection> byBuilding, List<Collection> byItem) {
	}

	public CollectionReport collection(long communityId, YearMonth from, YearMonth to) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		Map<Long, Collection> byBuilding = new TreeMap<>();
		Map<ChargeItem, Collection> byItem = new EnumMap<>(ChargeItem.class);
		Collection[] total = { new Collection("total", Money.ZERO, Money.ZERO, Money.ZERO) };
		jdbc.sql("""
				select l.building_id, l.item,
				  coalesce(sum(e.amount) filter (where e.kind = 'CHARGE' or r.kind = 'CHARGE'), 0),
				  -coalesce(sum(e.amount) filter (where e.kind = 'DISCOUNT' or r.kind = 'DISCOUNT'), 0),
				  -coalesce(sum(e.amount) filter (where e.kind in ('PAYMENT', 'CREDIT_APPLIED')
				                                   or r.kind in ('PAYMENT', 'CREDIT_APPLIED')), 0)
				from bill_line l
				join ledger_entry e on e.community_id = l.community_id and e.bill_line_id = l.id
				left join ledger_entry r on r.community_id = e.community_id and r.id = e.reverses_id
				where l.community_id = ? and l.period >= ? and l.period <= ?
				group by l.building_id, l.item""")
			.params(communityId, Date.valueOf(from.atDay(1)), Date.valueOf(to.atDay(1)))
			.query(rs -> {
				Collection c = new Collection("", Money.of(rs.getBigDecimal(3)), Money.of(rs.getBigDecimal(4)),
						Money.of(rs.getBigDecimal(5)));
				long building = rs.getLong(1);
				ChargeItem item = ChargeItem.valueOf(rs.getString(2));
				byBuilding.merge(building,
						new Collection(String.valueOf(building), c.billed(), c.discounted(), c.collected()),
						Collection::plus);
				byItem.merge(item, new Collection(item.name(), c.billed(), c.discounted(), c.collected()),
						Collection::plus);
				total[0] = total[0].plus(c);
			});
		return new CollectionReport(total[0], new ArrayList<>(byBuilding.values()), new ArrayList<>(byItem.values()));
	}

	/**
	 * Aging buckets of overdue debt (R6.7): 0–30, 31–90, 91–180 and more than 180 days
	 * past due.
	 */
	@NamedInterface("api")
	public enum AgeBucket {

		D0_30, D31_90, D91_180, D180_PLUS;

		static AgeBucket of(long daysOverdue) {
			return daysOverdue <= 30 ? D0_30 : daysOverdue <= 90 ? D31_90 : daysOverdue <= 180 ? D91_180 : D180_PLUS;
		}

		public String messageKey() {
			return "age." + name();
		}

	}

	/**
	 * A unit's overdue debt: by bucket, in total, and how long the oldest bill is
	 * overdue.
	 */
	@NamedInterface("api")
	public record UnitDebt(long unitId, long buildingId, Map<AgeBucket, Money> buckets, Money total,
			long oldestDaysOverdue, LocalDate oldestDueDate) {
	}

	/** Units with bills past their due date on {@code asOf}, oldest debt first. */
	public List<UnitDebt> debts(long communityId, LocalDate asOf) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return debtsOf(communityId, asOf, null);
	}

	/**
	 * Every unit's overdue debt, for a job with no caller (the quarter-end sweep, R6.7);
	 * the community is explicit.
	 */
	public List<UnitDebt> overdueDebts(long communityId, LocalDate asOf) {
		return debtsOf(communityId, asOf, null);
	}

	/**
	 * One unit's overdue debt, for another module that has checked the caller's scope.
	 */
	public java.util.Optional<UnitDebt> debtOf(long communityId, long unitId, LocalDate asOf) {
		return debtsOf(communityId, asOf, unitId).stream().findFirst();
	}

	private List<UnitDebt> debtsOf(long communityId, LocalDate asOf, Long unitId) {
		Map<Long, UnitDebt> debts = new LinkedHashMap<>();
		jdbc.sql("""
				select l.unit_id, l.building_id, l.due_date, s.outstanding from bill_line l
				join (select bill_line_id, sum(amount) as outstanding from ledger_entry
				      where community_id = ? and bill_line_id is not null and (cast(? as bigint) is null or unit_id = ?)
				      group by bill_line_id having sum(amount) > 0) s on s.bill_line_id = l.id
				where l.community_id = ? and l.due_date < ? order by l.unit_id, l.due_date""")
			.params(communityId, unitId, unitId, communityId, Date.valueOf(asOf))
			.query(rs -> {
				long unit = rs.getLong(1);
				LocalDate due = rs.getDate(3).toLocalDate();
				long days = ChronoUnit.DAYS.between(due, asOf);
				Money amount = Money.of(rs.getBigDecimal(4));
				UnitDebt d = debts.get(unit);
				Map<AgeBucket, Money> buckets = d == null ? new EnumMap<>(AgeBucket.class) : d.buckets();
				buckets.merge(AgeBucket.of(days), amount, Money::plus);
				debts.put(unit, new UnitDebt(unit, rs.getLong(2), buckets, d == null ? amount : d.total().plus(amount),
						d == null ? days : Math.max(days, d.oldestDaysOverdue()), d == null ? due : d.oldestDueDate()));
			});
		List<UnitDebt> list = new ArrayList<>(debts.values());
		list.sort((a, b) -> Long.compare(b.oldestDaysOverdue(), a.oldestDaysOverdue()));
		return list;
	}

	/** Totals of all units' overdue debt by bucket. */
	public static Map<AgeBucket, Money> totals(List<UnitDebt> debts) {
		Map<AgeBucket, Money> totals = new EnumMap<>(AgeBucket.class);
		for (AgeBucket b : AgeBucket.values()) {
			totals.put(b, Money.ZERO);
		}
		for (UnitDebt d : debts) {
			d.buckets().forEach((b, m) -> totals.merge(b, m, Money::plus));
		}
		return totals;
	}

}
