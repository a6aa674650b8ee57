package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The site of a renovation under way: workers' passes, overtime windows, scans at the
 * gate, closed-water tests. Every statement names the community.
 */
@Repository
class SiteRepository {

	/** A pass as stored, with its renovation (for the gate). */
	record StoredPass(long id, long communityId, long renovationId, long workerId, String number, LocalDate validFrom,
			LocalDate validUntil) {
	}

	private final JdbcClient jdbc;

	SiteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertPass(long communityId, long renovationId, long workerId, String number, LocalDate from, LocalDate until,
			Instant at, String by) {
		return jdbc.sql("""
				insert into renovation_worker_pass (community_id, renovation_id, worker_id, number, valid_from,
				  valid_until, issued_by, issued_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, renovationId, workerId, number, Date.valueOf(from), Date.valueOf(until), by, utc(at))
			.query(Long.class)
			.single();
	}

	List<StoredPass> passes(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_worker_pass where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(SiteRepository::pass)
			.list();
	}

	Optional<StoredPass> pass(List<Long> communityIds, long id) {
		return jdbc.sql("select * from renovation_worker_pass where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(SiteRepository::pass)
			.optional();
	}

	Optional<StoredPass> passByNumber(long communityId, String number) {
		return jdbc.sql("select * from renovation_worker_pass where community_id = ? and number = ?")
			.params(communityId, number)
			.query(SiteRepository::pass)
			.optional();
	}

	void insertScan(long communityId, @Nullable Long passId, String number, Instant at, String by, boolean admitted,
			@Nullable String reason) {
		jdbc.sql(
				"""
						insert into renovation_gate_scan (community_id, pass_id, number, scanned_at, scanned_by, admitted, reason)
						values (?, ?, ?, ?, ?, ?, ?)""")
			.params(communityId, passId, number.length() <= 40 ? number : number.substring(0, 40), utc(at), by,
					admitted, reason)
			.update();
	}

	long insertOvertime(long communityId, long renovationId, Instant startsAt, Instant endsAt, String reason,
			Instant at, String by) {
		return jdbc.sql("""
				insert into renovation_overtime (community_id, renovation_id, starts_at, ends_at, reason, approved_by,
				  approved_at) values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, renovationId, utc(startsAt), utc(endsAt), reason, by, utc(at))
			.query(Long.class)
			.single();
	}

	List<OvertimeView> overtime(long communityId, long renovationId) {
		return jdbc
			.sql("select * from renovation_overtime where community_id = ? and renovation_id = ? order by starts_at")
			.params(communityId, renovationId)
			.query((rs, i) -> new OvertimeView(rs.getLong("id"), rs.getLong("renovation_id"),
					Objects.requireNonNull(instant(rs, "starts_at")), Objects.requireNonNull(instant(rs, "ends_at")),
					rs.getString("reason"), rs.getString("approved_by"),
					Objects.requireNonNull(instant(rs, "approved_at"))))
			.list();
	}

	long insertWaterTest(long communityId, long renovationId, WaterArea area, Instant at, String by) {
		return jdbc.sql("""
				insert into renovation_water_test (community_id, renovation_id, area, started_at, started_by)
				values (?, ?, ?, ?, ?) returning id""")
			.params(communityId, renovationId, area.name(), utc(at), by)
			.query(Long.class)
			.single();
	}

	/** The test, locked for the rest of the transaction. */
	Optional<WaterTestView> lockWaterTest(long communityId, long renovationId, long id) {
		return jdbc
			.sql("""
					select * from renovation_water_test where community_id = ? and renovation_id = ? and id = ? for update""")
			.params(communityId, renovationId, id)
			.query(SiteRepository::waterTest)
			.optional();
	}

	void endWaterTest(long communityId, long id, boolean passed, boolean belowChecked, @Nullable String note,
			Instant at, String by) {
		jdbc.sql("""
				update renovation_water_test set ended_at = ?, ended_by = ?, result = ?, below_checked = ?, note = ?,
				  version = version + 1
				where community_id = ? and id = ? and ended_at is null""")
			.params(utc(at), by, passed ? "PASSED" : "FAILED", belowChecked, note, communityId, id)
			.update();
	}

	List<WaterTestView> waterTests(long communityId, long renovationId) {
		return jdbc.sql("select * from renovation_water_test where community_id = ? and renovation_id = ? order by id")
			.params(communityId, renovationId)
			.query(SiteRepository::waterTest)
			.list();
	}

	boolean waterTestRunning(long communityId, long renovationId) {
		return jdbc.sql("""
				select exists (select 1 from renovation_water_test
				  where community_id = ? and renovation_id = ? and ended_at is null)""")
			.params(communityId, renovationId)
			.query(Boolean.class)
			.single();
	}

	private static StoredPass pass(ResultSet rs, int row) throws SQLException {
		return new StoredPass(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("renovation_id"),
				rs.getLong("worker_id"), rs.getString("number"), rs.getDate("valid_from").toLocalDate(),
				rs.getDate("valid_until").toLocalDate());
	}

	private static WaterTestView waterTest(ResultSet rs, int row) throws SQLException {
		return new WaterTestView(rs.getLong("id"), rs.getLong("renovation_id"), WaterArea.valueOf(rs.getString("area")),
				Objects.requireNonNull(instant(rs, "started_at")), rs.getString("started_by"), instant(rs, "ended_at"),
				rs.getString("ended_by"), rs.getString("result"), (Boolean) rs.getObject("below_checked"),
				rs.getString("note"));
	}

}
