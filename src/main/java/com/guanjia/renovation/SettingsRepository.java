package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Time;
import java.time.Instant;
import java.util.Optional;

import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A community's renovation settings; a community without a row has the defaults. */
@Repository
class SettingsRepository {

	private final JdbcClient jdbc;

	SettingsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RenovationSettings> find(long communityId) {
		return jdbc.sql("select * from renovation_settings where community_id = ?")
			.param(communityId)
			.query((rs, i) -> new RenovationSettings(rs.getTime("morning_start").toLocalTime(),
					rs.getTime("morning_end").toLocalTime(), rs.getTime("afternoon_start").toLocalTime(),
					rs.getTime("afternoon_end").toLocalTime(), rs.getBigDecimal("garbage_fee"),
					rs.getBigDecimal("deposit"), rs.getInt("max_permit_days"), rs.getInt("version")))
			.optional();
	}

	/**
	 * Writes the settings; {@code version} is the one the user saw (0 for the defaults),
	 * so a concurrent change is refused.
	 */
	void save(long communityId, RenovationSettings s, Instant now, String actor) {
		int updated = jdbc
			.sql("""
					insert into renovation_settings (community_id, morning_start, morning_end, afternoon_start,
					  afternoon_end, garbage_fee, deposit, max_permit_days, version, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
					on conflict (community_id) do update set morning_start = excluded.morning_start,
					  morning_end = excluded.morning_end, afternoon_start = excluded.afternoon_start,
					  afternoon_end = excluded.afternoon_end, garbage_fee = excluded.garbage_fee, deposit = excluded.deposit,
					  max_permit_days = excluded.max_permit_days, version = renovation_settings.version + 1,
					  updated_at = excluded.updated_at, updated_by = excluded.updated_by
					where renovation_settings.version = ?""")
			.params(communityId, Time.valueOf(s.morningStart()), Time.valueOf(s.morningEnd()),
					Time.valueOf(s.afternoonStart()), Time.valueOf(s.afternoonEnd()), s.garbageFee(), s.deposit(),
					s.maxPermitDays(), utc(now), actor, s.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

}
