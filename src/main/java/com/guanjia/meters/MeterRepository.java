package com.guanjia.meters;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meters and readings; every statement names the community. */
@Repository
class MeterRepository {

	private static final String READING = """
			select r.*, m.code, m.kind as meter_kind, m.unit_id from meter_reading r
			join meter m on m.community_id = r.community_id and m.id = r.meter_id\s""";

	private final JdbcClient jdbc;

	MeterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MeterView> meter(List<Long> communityIds, long id) {
		return jdbc.sql("select * from meter where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(MeterRepository::mapMeter)
			.optional();
	}

	Optional<MeterView> meterByCode(long communityId, String code) {
		return jdbc.sql("select * from meter where community_id = ? and code = ?")
			.params(communityId, code)
			.query(MeterRepository::mapMeter)
			.optional();
	}

	List<MeterView> meters(long communityId, Long unitId) {
		return jdbc.sql(
				"select * from meter where community_id = ? and (cast(? as bigint) is null or unit_id = ?) order by code")
			.params(communityId, unitId, unitId)
			.query(MeterRepository::mapMeter)
			.list();
	}

	Optional<ReadingView> reading(List<Long> communityIds, long id) {
		return jdbc.sql(READING + " where r.community_id = any(?) and r.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(MeterRepository::mapReading)
			.optional();
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

	List<ReadingView> readings(long communityId, LocalDate period, ReadingStatus status) {
		return jdbc.sql(READING + """
				where r.community_id = ? and (cast(? as date) is null or r.period = ?)
				  and (cast(? as text) is null or r.status = ?) and r.status <> 'SUPERSEDED'
				order by m.code, r.id""")
			.params(communityId, period == null ? null : Date.valueOf(period),
					period == null ? null : Date.valueOf(period), status == null ? null : status.name(),
					status == null ? null : status.name())
			.query(MeterRepository::mapReading)
			.list();
	}

	List<ReadingView> readingsOfMeter(long communityId, long meterId) {
		return jdbc
			.sql(READING + " where r.community_id = ? and r.meter_id = ? order by r.period desc nulls last, r.id desc")
			.params(communityId, meterId)
			.query(MeterRepository::mapReading)
			.list();
	}

	static MeterView mapMeter(ResultSet rs, int row) throws SQLException {
		return new MeterView(rs.getLong("id"), rs.getLong("community_id"), MeterKind.valueOf(rs.getString("kind")),
				rs.getString("code"), (Long) rs.getObject("unit_id"), null, (Long) rs.getObject("building_id"));
	}

	static ReadingView mapReading(ResultSet rs, int row) throws SQLException {
		Date period = rs.getDate("period");
		String hold = rs.getString("hold_reason");
		return new ReadingView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("meter_id"),
				rs.getString("code"), MeterKind.valueOf(rs.getString("meter_kind")), (Long) rs.getObject("unit_id"),
				"BASE".equals(rs.getString("kind")), period == null ? null : period.toLocalDate(),
				rs.getBigDecimal("reading"), rs.getBigDecimal("previous"), rs.getBigDecimal("consumption"),
				rs.getBigDecimal("replaced_final"), rs.getBigDecimal("replaced_initial"),
				ReadingStatus.valueOf(rs.getString("status")), hold == null ? null : HoldReason.valueOf(hold),
				rs.getDate("read_on").toLocalDate(), rs.getString("owner_confirmed"), rs.getString("note"),
				rs.getString("entered_by"), rs.getInt("version"));
	}

}
