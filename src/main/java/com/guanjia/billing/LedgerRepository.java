package com.guanjia.billing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of bill lines and ledger entries; every statement names the community. */
@Repository
class LedgerRepository {

	private static final String LINES = """
			select l.id, l.community_id, l.unit_id, l.item, l.period, l.amount, l.due_date, l.detail,
			  coalesce((select sum(e.amount) from ledger_entry e
			            where e.community_id = l.community_id and e.bill_line_id = l.id), 0) as outstanding
			from bill_line l\s""";

	private final JdbcClient jdbc;

	private final Clock clock;

	LedgerRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Line> lines(long communityId, long unitId, boolean openOnly) {
		return jdbc
			.sql("select * from (" + LINES + " where l.community_id = ? and l.unit_id = ?) x"
					+ (openOnly ? " where outstanding > 0" : "") + " order by period, item, id")
			.params(communityId, unitId)
			.query(LedgerRepository::mapLine)
			.list();
	}

	List<Line> linesById(long communityId, Collection<Long> ids) {
		return jdbc.sql(LINES + " where l.community_id = ? and l.id = any(?) order by l.period, l.item, l.id")
			.params(communityId, ids.toArray(Long[]::new))
			.query(LedgerRepository::mapLine)
			.list();
	}

	Optional<Line> line(List<Long> communityIds, long id) {
		return jdbc.sql(LINES + " where l.community_id = any(?) and l.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(LedgerRepository::mapLine)
			.optional();
	}

	/**
	 * Locks the lines (in id order, so two payments never deadlock) and answers the ids
	 * found.
	 */
	List<Long> lock(long communityId, long unitId, Collection<Long> ids) {
		return jdbc.sql(
				"select id from bill_line where community_id = ? and unit_id = ? and id = any(?) order by id for update")
			.params(communityId, unitId, ids.toArray(Long[]::new))
			.query(Long.class)
			.list();
	}

	List<Entry> entries(long communityId, long unitId) {
		return jdbc.sql("""
				select e.*, l.item, l.period from ledger_entry e
				left join bill_line l on l.community_id = e.community_id and l.id = e.bill_line_id
				where e.community_id = ? and e.unit_id = ? order by e.id""")
			.params(communityId, unitId)
			.query(LedgerRepository::mapEntry)
			.list();
	}

	Optional<Entry> entry(List<Long> communityIds, long id) {
		return jdbc.sql("""
				select e.*, l.item, l.period from ledger_entry e
				left join bill_line l on l.community_id = e.community_id and l.id = e.bill_line_id
				where e.community_id = any(?) and e.id = ?""")
			.params(communityIds.toArray(Long[]::new), id)
			.query(LedgerRepository::mapEntry)
			.optional();
	}

	List<Entry> entriesByRef(long communityId, String refType, long refId) {
		return jdbc.sql("""
				select e.*, l.item, l.period from ledger_entry e
				left join bill_line l on l.community_id = e.community_id and l.id = e.bill_line_id
				where e.community_id = ? and e.ref_type = ? and e.ref_id = ? and e.ref_type <> 'RUN' order by e.id""")
			.params(communityId, refType, refId)
			.query(LedgerRepository::mapEntry)
			.list();
	}

	boolean isReversed(long communityId, long entryId) {
		return jdbc.sql("select count(*) from ledger_entry where community_id = ? and reverses_id = ?")
			.params(communityId, entryId)
			.query(Long.class)
			.single() > 0;
	}

	/** Credit (money paid without a line) of each of the units that has some. */
	Map<Long, Money> credits(long communityId, Collection<Long> unitIds) {
		return jdbc.sql("""
				select unit_id, -sum(amount) from ledger_entry
				where community_id = ? and unit_id = any(?) and bill_line_id is null
				group by unit_id having sum(amount) < 0""")
			.params(communityId, unitIds.toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong(1), Money.of(rs.getBigDecimal(2))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Money sum(long communityId, long unitId, boolean withoutLine) {
		return Money.of(jdbc
			.sql("select coalesce(sum(amount), 0) from ledger_entry where community_id = ? and unit_id = ?"
					+ (withoutLine ? " and bill_line_id is null" : ""))
			.params(communityId, unitId)
			.query(java.math.BigDecimal.class)
			.single());
	}

	/** Appends the entry; answers its id. */
	long insert(long communityId, EntryDraft e, String actor) {
		return jdbc.sql("""
				insert into ledger_entry (community_id, unit_id, kind, amount, bill_line_id, ref_type, ref_id,
				  reverses_id, reason, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, e.unitId(), e.kind().name(), e.amount().amount(), e.lineId(), e.refType(), e.refId(),
					e.reversesId(), e.reason(), SqlTime.utc(clock.instant()), actor)
			.query(Long.class)
			.single();
	}

	/** A one-off line added by hand (R6.2), dated today, due today; answers its id. */
	long insertManualLine(UnitView unit, ChargeItem item, Money amount, String detail, LocalDate today) {
		return jdbc.sql("""
				insert into bill_line (community_id, unit_id, building_id, item, period, origin, quantity, rate, amount,
				  detail, due_date, created_at) values (?, ?, ?, ?, ?, 'MANUAL', 1, ?, ?, ?, ?, ?) returning id""")
			.params(unit.communityId(), unit.id(), unit.buildingId(), item.name(),
					Date.valueOf(today.withDayOfMonth(1)), amount.amount(), amount.amount(), detail,
					Date.valueOf(today), SqlTime.utc(clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * A paid repair's line, naming its work order (R3.4, R6.2); empty when the order has
	 * a line already (billed once).
	 */
	Optional<Long> insertRepairLine(UnitView unit, long workOrderId, Money amount, String detail, LocalDate today,
			LocalDate due) {
		return jdbc.sql("""
				insert into bill_line (community_id, unit_id, building_id, item, period, origin, quantity, rate, amount,
				  detail, due_date, created_at, work_order_id)
				values (?, ?, ?, 'PAID_REPAIR', ?, 'REPAIR', 1, ?, ?, ?, ?, ?, ?)
				on conflict (community_id, work_order_id) where work_order_id is not null do nothing returning id""")
			.params(unit.communityId(), unit.id(), unit.buildingId(), Date.valueOf(today.withDayOfMonth(1)),
					amount.amount(), amount.amount(), detail, Date.valueOf(due), SqlTime.utc(clock.instant()),
					workOrderId)
			.query(Long.class)
			.optional();
	}

	/** The community of an entry the caller may see. */
	Optional<Long> communityOfEntry(List<Long> communityIds, long entryId) {
		return jdbc.sql("select community_id from ledger_entry where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), entryId)
			.query(Long.class)
			.optional();
	}

	static Line mapLine(ResultSet rs, int row) throws SQLException {
		return new Line(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				ChargeItem.valueOf(rs.getString("item")), rs.getDate("period").toLocalDate(),
				Money.of(rs.getBigDecimal("amount")), Money.of(rs.getBigDecimal("outstanding")),
				rs.getDate("due_date").toLocalDate(), rs.getString("detail"));
	}

	static Entry mapEntry(ResultSet rs, int row) throws SQLException {
		String item = rs.getString("item");
		Date period = rs.getDate("period");
		return new Entry(rs.getLong("id"), rs.getLong("unit_id"), EntryKind.valueOf(rs.getString("kind")),
				Money.of(rs.getBigDecimal("amount")), (Long) rs.getObject("bill_line_id"),
				item == null ? null : ChargeItem.valueOf(item), period == null ? null : period.toLocalDate(),
				rs.getString("ref_type"), (Long) rs.getObject("ref_id"), (Long) rs.getObject("reverses_id"),
				rs.getString("reason"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				rs.getString("created_by"));
	}

}
