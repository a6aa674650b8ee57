package com.guanjia.meters;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import com.guanjia.meters.MeterReading.Entered;
import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link MeterReading}s and answers the questions asked of a meter's
 * readings (the last accepted value, the recent consumption, what is held). A re-check is
 * saved with the version the user saw; every statement names the community.
 */
@Repository
class MeterReadingRepository {

	private static final String READING = """
			select r.*, m.code, m.kind as meter_kind, m.unit_id, m.building_id from meter_reading r
			join meter m on m.community_id = r.community_id and m.id = r.meter_id\s""";

	private final JdbcClient jdbc;

	MeterReadingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MeterReading> find(List<Long> communityIds, long id) {
		return jdbc.sql(READING + " where r.community_id = any(?) and r.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(MeterReadingRepository::map)
			.optional();
	}

	void insert(MeterReading reading) {
		MeterReading.Stored r = reading.stored();
		Entered e = r.entered();
		long id = jdbc.sql("""
				insert into meter_reading (community_id, meter_id, kind, period, reading, previous, consumption,
				  replaced_final, replaced_initial, status, hold_reason, read_on, source, owner_confirmed, note,
				  entered_by, created_at)
				values (:c, :meter, :kind, :period, :reading, :previous, :consumption, :replacedFinal,
				  :replacedInitial, :status, :hold, :readOn, :source, :owner, :note, :by, :at) returning id""")
			.param("c", r.meter().communityId())
			.param("meter", r.meter().id())
			.param("kind", r.base() ? "BASE" : "REGULAR")
			.param("period", r.period() == null ? null : Date.valueOf(r.period()))
			.param("reading", r.reading())
			.param("previous", r.previous())
			.param("consumption", r.consumption())
			.param("replacedFinal", r.replacedFinal())
			.param("replacedInitial", r.replacedInitial())
			.param("status", r.status().name())
			.param("hold", r.holdReason() == null ? null : r.holdReason().name())
			.param("readOn", Date.valueOf(e.readOn()))
			.param("source", e.source())
			.param("owner", r.ownerConfirmed())
			.param("note", e.note())
			.param("by", e.by())
			.param("at", SqlTime.utc(e.at()))
			.query(Long.class)
			.single();
		reading.recorded(id);
	}

	/** Saves a re-check; {@code error.staleVersion} when someone saved one meanwhile. */
	void save(MeterReading reading) {
		MeterReading.Stored r = reading.stored();
		int updated = jdbc.sql("""
				update meter_reading set status = ?, note = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), r.entered().note(), r.meter().communityId(), r.id(), r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		reading.saved();
	}

	boolean hasBase(long communityId, long meterId) {
		return jdbc.sql("select count(*) from meter_reading where community_id = ? and meter_id = ? and kind = 'BASE'")
			.params(communityId, meterId)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the meter has a live (not superseded) reading of the month. */
	boolean hasMonth(long communityId, long meterId, YearMonth month) {
		return jdbc.sql("""
				select count(*) from meter_reading where community_id = ? and meter_id = ? and period = ?
				  and kind = 'REGULAR' and status <> 'SUPERSEDED'""")
			.params(communityId, meterId, Date.valueOf(month.atDay(1)))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The meter's last accepted value before the month: a billable regular reading or the
	 * base reading.
	 */
	Optional<BigDecimal> previousValue(long communityId, long meterId, LocalDate period) {
		return jdbc.sql("""
				select reading from meter_reading
				where community_id = ? and meter_id = ? and status in ('OK', 'CONFIRMED')
				  and (kind = 'BASE' or period < ?)
				order by kind = 'REGULAR' desc, period desc nulls last, id desc limit 1""")
			.params(communityId, meterId, Date.valueOf(period))
			.query(BigDecimal.class)
			.optional();
	}

	/**
	 * What the meter's accepted monthly readings used from {@code from} up to (not
	 * including) the period.
	 */
	BigDecimal usedBetween(long communityId, long meterId, LocalDate from, LocalDate period) {
		return jdbc.sql("""
				select coalesce(sum(consumption), 0) from meter_reading
				where community_id = ? and meter_id = ? and kind = 'REGULAR' and status in ('OK', 'CONFIRMED')
				  and period >= ? and period < ?""")
			.params(communityId, meterId, Date.valueOf(from), Date.valueOf(period))
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Billable consumption of the meter's last months before the period, newest first.
	 */
	List<BigDecimal> history(long communityId, long meterId, LocalDate period, int months) {
		return jdbc.sql("""
				select consumption from meter_reading
				where community_id = ? and meter_id = ? and kind = 'REGULAR' and status in ('OK', 'CONFIRMED')
				  and period < ? and period >= ?
				order by period desc""")
			.params(communityId, meterId, Date.valueOf(period), Date.valueOf(period.minusMonths(months)))
			.query(BigDecimal.class)
			.list();
	}

	List<ReadingView> readings(long communityId, @Nullable LocalDate period, @Nullable ReadingStatus status) {
		return jdbc.sql(READING + """
				where r.community_id = ? and (cast(? as date) is null or r.period = ?)
				  and (cast(? as text) is null or r.status = ?) and r.status <> 'SUPERSEDED'
				order by m.code, r.id""")
			.params(communityId, period == null ? null : Date.valueOf(period),
					period == null ? null : Date.valueOf(period), status == null ? null : status.name(),
					status == null ? null : status.name())
			.query((rs, i) -> map(rs, i).toView())
			.list();
	}

	List<ReadingView> readingsOfMeter(long communityId, long meterId) {
		return jdbc
			.sql(READING + " where r.community_id = ? and r.meter_id = ? order by r.period desc nulls last, r.id desc")
			.params(communityId, meterId)
			.query((rs, i) -> map(rs, i).toView())
			.list();
	}

	/** Billable consumption of a month, for billing runs (held readings left out). */
	List<Consumption> billable(long communityId, YearMonth month) {
		return jdbc.sql("""
				select m.id, m.kind, m.unit_id, m.building_id, r.consumption from meter_reading r
				join meter m on m.community_id = r.community_id and m.id = r.meter_id
				where r.community_id = ? and r.period = ? and r.kind = 'REGULAR' and r.status in ('OK', 'CONFIRMED')
				order by m.id""")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query((rs, i) -> new Consumption(rs.getLong(1), MeterKind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getBigDecimal(5)))
			.list();
	}

	boolean isHeld(long communityId, long readingId) {
		return jdbc.sql("select exists (select 1 from meter_reading where community_id = ? and id = ? and status = ?)")
			.params(communityId, readingId, ReadingStatus.HELD.name())
			.query(Boolean.class)
			.single();
	}

	long heldCount(long communityId, YearMonth month) {
		return jdbc.sql("select count(*) from meter_reading where community_id = ? and period = ? and status = ?")
			.params(communityId, Date.valueOf(month.atDay(1)), ReadingStatus.HELD.name())
			.query(Long.class)
			.single();
	}

	static MeterReading map(ResultSet rs, int row) throws SQLException {
		Date period = rs.getDate("period");
		String hold = rs.getString("hold_reason");
		MeterView meter = new MeterView(rs.getLong("meter_id"), rs.getLong("community_id"),
				MeterKind.valueOf(rs.getString("meter_kind")), rs.getString("code"), (Long) rs.getObject("unit_id"),
				null, (Long) rs.getObject("building_id"));
		Entered entered = new Entered(rs.getString("source"), rs.getDate("read_on").toLocalDate(),
				rs.getString("entered_by"), SqlTime.instant(rs, "created_at"), rs.getString("note"));
		return MeterReading.restore(new MeterReading.Stored(rs.getLong("id"), meter,
				"BASE".equals(rs.getString("kind")), period == null ? null : period.toLocalDate(),
				rs.getBigDecimal("reading"), rs.getBigDecimal("previous"), rs.getBigDecimal("consumption"),
				rs.getBigDecimal("replaced_final"), rs.getBigDecimal("replaced_initial"),
				ReadingStatus.valueOf(rs.getString("status")), hold == null ? null : HoldReason.valueOf(hold),
				rs.getString("owner_confirmed"), entered, rs.getInt("version")));
	}

}
