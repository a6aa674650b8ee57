package com.guanjia.meters;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for meters and the reading-check settings; every statement names the community. */
@Repository
class MeterRepository {

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

	List<MeterView> meters(long communityId, @Nullable Long unitId) {
		return jdbc.sql(
				"select * from meter where community_id = ? and (cast(? as bigint) is null or unit_id = ?) order by code")
			.params(communityId, unitId, unitId)
			.query(MeterRepository::mapMeter)
			.list();
	}

	long insert(long communityId, MeterCommand command, String code, Instant now) {
		return jdbc.sql("""
				insert into meter (community_id, kind, code, unit_id, building_id, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, command.kind().name(), code, command.unitId(), command.buildingId(), SqlTime.utc(now))
			.query(Long.class)
			.single();
	}

	Optional<MeterSettings> settings(long communityId) {
		return jdbc.sql("""
				select spike_factor, history_months, custodial_water_limit, custodial_electricity_limit,
				  custodial_basis
				from meter_settings where community_id = ?""")
			.param(communityId)
			.query((rs, i) -> new MeterSettings(rs.getBigDecimal(1), rs.getInt(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), CustodialBasis.valueOf(rs.getString(5))))
			.optional();
	}

	void saveSettings(long communityId, MeterSettings settings) {
		jdbc.sql("""
				insert into meter_settings (community_id, spike_factor, history_months, custodial_water_limit,
				  custodial_electricity_limit, custodial_basis) values (?, ?, ?, ?, ?, ?)
				on conflict (community_id) do update set spike_factor = excluded.spike_factor,
				  history_months = excluded.history_months, custodial_water_limit = excluded.custodial_water_limit,
				  custodial_electricity_limit = excluded.custodial_electricity_limit,
				  custodial_basis = excluded.custodial_basis, version = meter_settings.version + 1""")
			.params(communityId, settings.spikeFactor(), settings.historyMonths(), settings.custodialWaterLimit(),
					settings.custodialElectricityLimit(), settings.custodialBasis().name())
			.update();
	}

	/** Keeps the day a unit was put in custody; a start already kept stays. */
	void startCustody(long communityId, long unitId, LocalDate since) {
		jdbc.sql("insert into meter_custody (community_id, unit_id, since) values (?, ?, ?) on conflict do nothing")
			.params(communityId, unitId, Date.valueOf(since))
			.update();
	}

	void endCustody(long communityId, long unitId) {
		jdbc.sql("delete from meter_custody where community_id = ? and unit_id = ?")
			.params(communityId, unitId)
			.update();
	}

	/** The day the unit was put in custody, when known. */
	Optional<LocalDate> custodySince(long communityId, long unitId) {
		return jdbc.sql("select since from meter_custody where community_id = ? and unit_id = ?")
			.params(communityId, unitId)
			.query((rs, i) -> rs.getDate(1).toLocalDate())
			.optional();
	}

	static MeterView mapMeter(ResultSet rs, int row) throws SQLException {
		return new MeterView(rs.getLong("id"), rs.getLong("community_id"), MeterKind.valueOf(rs.getString("kind")),
				rs.getString("code"), (Long) rs.getObject("unit_id"), null, (Long) rs.getObject("building_id"));
	}

}
