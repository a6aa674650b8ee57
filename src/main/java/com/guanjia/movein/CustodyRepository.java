package com.guanjia.movein;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every statement of custody agreements, their excesses and the heavy-rain orders. */
@Repository
class CustodyRepository {

	private static final String COLUMNS = """
			id, community_id, unit_id, unit_label, case_id, owner_name, valid_from, valid_until, keys_held, status,
			signed_at, signed_by, ended_at, end_reason, version""";

	private final JdbcClient jdbc;

	CustodyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('custody_agreement', 'id'))").query(Long.class).single();
	}

	Optional<CustodyAgreement> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from custody_agreement where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(CustodyRepository::map)
			.optional();
	}

	Optional<CustodyAgreement> lock(Collection<Long> communityIds, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from custody_agreement where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(CustodyRepository::map)
			.optional();
	}

	/** The unit's agreement in force, locked. */
	Optional<CustodyAgreement> lockActiveOf(long communityId, long unitId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from custody_agreement where community_id = ? and unit_id = ? and status = 'ACTIVE' for update""")
			.params(communityId, unitId)
			.query(CustodyRepository::map)
			.optional();
	}

	/** The community's agreements in force. */
	List<CustodyAgreement> active(long communityId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from custody_agreement where community_id = ? and status = 'ACTIVE' order by unit_label, id""")
			.params(communityId)
			.query(CustodyRepository::map)
			.list();
	}

	/** The community's agreements, those in force first, newest first. */
	List<CustodyAgreement> list(long communityId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from custody_agreement where community_id = ? order by status, id desc limit 500""")
			.params(communityId)
			.query(CustodyRepository::map)
			.list();
	}

	List<CustodyAgreement> ofUnit(long communityId, long unitId) {
		return jdbc.sql("select " + COLUMNS + " " + """
				from custody_agreement where community_id = ? and unit_id = ? order by id desc""")
			.params(communityId, unitId)
			.query(CustodyRepository::map)
			.list();
	}

	/** The communities with an agreement in force (the weekly checks' job). */
	List<Long> communitiesWithCustody() {
		return jdbc.sql("select distinct community_id from custody_agreement where status = 'ACTIVE'")
			.query(Long.class)
			.list();
	}

	void save(CustodyAgreement a, String actor) {
		if (a.isNew()) {
			CustodyAgreement.Terms t = a.terms();
			jdbc.sql(
					"""
							insert into custody_agreement (community_id, id, unit_id, unit_label, case_id, owner_name, valid_from,
							  valid_until, keys_held, status, signed_at, signed_by)
							overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(a.communityId(), a.id(), a.unitId(), a.unitLabel(), a.caseId(), a.ownerName(),
						Date.valueOf(t.validFrom()), t.validUntil() == null ? null : Date.valueOf(t.validUntil()),
						t.keysHeld(), a.status().name(), utc(a.signedAt()), a.signedBy())
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update custody_agreement set status = ?, ended_at = ?, end_reason = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(a.status().name(), utcOrNull(a.endedAt()), a.endReason(), a.communityId(), a.id(), a.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (CustodyAgreement.Step s : a.steps()) {
			jdbc.sql("""
					insert into custody_step (community_id, agreement_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(a.communityId(), a.id(), utc(s.at()), actor, s.action().name(), s.note())
				.update();
		}
	}

	List<MoveInHistoryLine> history(long communityId, long agreementId) {
		return jdbc.sql("""
				select action, occurred_at, actor, note from custody_step where community_id = ? and agreement_id = ?
				order by id""")
			.params(communityId, agreementId)
			.query((rs, row) -> new MoveInHistoryLine("custody.action." + rs.getString(1), instant(rs, "occurred_at"),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	// --- excesses
	// -----------------------------------------------------------------------

	/**
	 * Flags a held reading on the agreement; answers the new id, empty when it was
	 * flagged already.
	 */
	Optional<Long> flagExcess(long communityId, long agreementId, long readingId, String meterCode, Instant at) {
		return jdbc.sql("""
				insert into custody_excess (community_id, agreement_id, reading_id, meter_code, flagged_at)
				values (?, ?, ?, ?, ?) on conflict (community_id, reading_id) do nothing returning id""")
			.params(communityId, agreementId, readingId, meterCode, utc(at))
			.query(Long.class)
			.optional();
	}

	/** Clears an open excess of the agreement; false when there is none such. */
	boolean clearExcess(long communityId, long agreementId, long excessId, String note, String actor, Instant at) {
		return jdbc.sql("""
				update custody_excess set cleared_at = ?, cleared_by = ?, clear_note = ?
				where community_id = ? and agreement_id = ? and id = ? and cleared_at is null""")
			.params(utc(at), actor, note, communityId, agreementId, excessId)
			.update() == 1;
	}

	List<CustodyView.Excess> excesses(long communityId, long agreementId) {
		return jdbc.sql("""
				select id, reading_id, meter_code, flagged_at, cleared_at, cleared_by, clear_note from custody_excess
				where community_id = ? and agreement_id = ? order by id""")
			.params(communityId, agreementId)
			.query((rs, row) -> new CustodyView.Excess(rs.getLong("id"), rs.getLong("reading_id"),
					rs.getString("meter_code"), instant(rs, "flagged_at"), instant(rs, "cleared_at"),
					rs.getString("cleared_by"), rs.getString("clear_note")))
			.list();
	}

	/** How many excesses of the community's agreements are still open, by agreement. */
	java.util.Map<Long, Integer> openExcesses(long communityId) {
		return jdbc
			.sql("""
					select agreement_id, count(*)::int as n from custody_excess where community_id = ? and cleared_at is null
					group by agreement_id""")
			.params(communityId)
			.query((rs, row) -> java.util.Map.entry(rs.getLong("agreement_id"), rs.getInt("n")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	long orderRain(long communityId, String occasion, Instant at, String actor, int units) {
		return jdbc.sql("""
				insert into custody_rain_order (community_id, occasion, ordered_at, ordered_by, units)
				values (?, ?, ?, ?, ?) returning id""")
			.params(communityId, occasion, utc(at), actor, units)
			.query(Long.class)
			.single();
	}

	private static CustodyAgreement map(ResultSet rs, int row) throws SQLException {
		Date until = rs.getDate("valid_until");
		return CustodyAgreement.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getString("unit_label"), (Long) rs.getObject("case_id"), rs.getString("owner_name"),
				new CustodyAgreement.Terms(rs.getDate("valid_from").toLocalDate(),
						until == null ? null : until.toLocalDate(), rs.getString("keys_held")),
				instant(rs, "signed_at"), rs.getString("signed_by"), CustodyStatus.valueOf(rs.getString("status")),
				instant(rs, "ended_at"), rs.getString("end_reason"), rs.getInt("version"));
	}

}
