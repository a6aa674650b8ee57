package com.guanjia.movein;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves move-in cases with their papers and the items handed out, and appends
 * their history; every statement names the community. A step loads the case
 * {@code for update} and saves it with the version check.
 */
@Repository
class MoveInCaseRepository {

	private static final String COLUMNS = """
			id, community_id, unit_id, unit_label, applicant_kind, owner_party_id, owner_name, proxy_party_id, proxy_name,
			status, opened_at, opened_by, documents_checked_at, registered_at, emergency_name, emergency_phone,
			emergency_relation, household_note, agreements, agreements_at, handed_out_at, resident_handbook,
			renovation_handbook, fees_settled_at, fees_deferred_reason, requests, acceptance_id, accepted_at, custody_id,
			completed_at, handover_date, final_state, cancel_reason, version""";

	private final JdbcClient jdbc;

	MoveInCaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('movein_case', 'id'))").query(Long.class).single();
	}

	Optional<MoveInCase> find(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from movein_case where community_id = any(?) and id = ?",
				communityIds.toArray(Long[]::new), id);
	}

	Optional<MoveInCase> lock(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from movein_case where community_id = any(?) and id = ? for update",
				communityIds.toArray(Long[]::new), id);
	}

	/** The unit's open case, if any. */
	Optional<MoveInCase> openOf(long communityId, long unitId) {
		return one("select " + COLUMNS + " from movein_case where community_id = ? and unit_id = ?"
				+ " and status in ('OPENED', 'IN_PROGRESS')", communityId, unitId);
	}

	/** The units with a completed case, for the archive review. */
	List<Long> unitsWithCompletedCases(long communityId) {
		return jdbc.sql("select distinct unit_id from movein_case where community_id = ? and status = ?")
			.params(communityId, MoveInStatus.COMPLETED.name())
			.query(Long.class)
			.list();
	}

	/** The unit's cases, newest first. */
	List<MoveInCase> ofUnit(long communityId, long unitId) {
		List<MoveInCase> cases = jdbc
			.sql("select " + COLUMNS + " from movein_case where community_id = ? and unit_id = ? order by id desc")
			.params(communityId, unitId)
			.query(this::map)
			.list();
		cases.forEach(this::fill);
		return cases;
	}

	/** The community's cases, open ones first, newest first (at most 300). */
	List<MoveInCase> list(long communityId, @Nullable MoveInStatus status) {
		List<MoveInCase> cases = jdbc.sql("select " + COLUMNS + """
				 from movein_case where community_id = ? and (cast(? as text) is null or status = ?)
				order by status in ('OPENED', 'IN_PROGRESS') desc, id desc limit 300""")
			.params(communityId, name(status), name(status))
			.query(this::map)
			.list();
		cases.forEach(this::fill);
		return cases;
	}

	private Optional<MoveInCase> one(String sql, Object... params) {
		Optional<MoveInCase> c = jdbc.sql(sql).params(params).query(this::map).optional();
		c.ifPresent(this::fill);
		return c;
	}

	List<MoveInHistoryLine> history(long communityId, long caseId) {
		return jdbc.sql("""
				select action, occurred_at, actor, note from movein_step where community_id = ? and case_id = ?
				order by id""")
			.params(communityId, caseId)
			.query((rs, row) -> new MoveInHistoryLine("movein.action." + rs.getString(1), instant(rs, "occurred_at"),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	void save(MoveInCase c, String actor) {
		if (c.isNew()) {
			MoveInCase.Applicant a = c.applicant();
			jdbc.sql("""
					insert into movein_case (community_id, id, unit_id, unit_label, applicant_kind, owner_party_id,
					  owner_name, proxy_party_id, proxy_name, status, opened_at, opened_by)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(c.communityId(), c.id(), c.unitId(), c.unitLabel(), a.kind().name(), a.ownerPartyId(),
						a.ownerName(), a.proxyPartyId(), a.proxyName(), c.status().name(), utc(c.openedAt()),
						c.openedBy())
				.update();
		}
		else {
			update(c);
		}
		for (Long documentId : c.newDocuments()) {
			jdbc.sql("""
					insert into movein_document (community_id, case_id, document_id, doc_type) values (?, ?, ?, ?)
					on conflict do nothing""")
				.params(c.communityId(), c.id(), documentId, c.documents().get(documentId).name())
				.update();
		}
		if (c.handOut() != null && c.steps().stream().anyMatch(s -> s.action() == MoveInAction.HAND_OUT)) {
			for (MoveInCase.HandedItem item : c.handOut().items()) {
				jdbc.sql(
						"""
								insert into movein_handout (community_id, case_id, item_id, kind, number) values (?, ?, ?, ?, ?)""")
					.params(c.communityId(), c.id(), item.itemId(), item.kind(), item.number())
					.update();
			}
		}
		for (MoveInCase.Step step : c.steps()) {
			jdbc.sql("""
					insert into movein_step (community_id, case_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(c.communityId(), c.id(), utc(step.at()), actor, step.action().name(), clip(step.note()))
				.update();
		}
	}

	private void update(MoveInCase c) {
		MoveInCase.Registration r = c.registration();
		MoveInCase.Agreements a = c.agreements();
		MoveInCase.HandOut h = c.handOut();
		MoveInCase.Fees f = c.fees();
		MoveInCase.Completion done = c.completion();
		int updated = jdbc.sql("""
				update movein_case set status = ?, documents_checked_at = ?, registered_at = ?, emergency_name = ?,
				  emergency_phone = ?, emergency_relation = ?, household_note = ?, agreements = ?, agreements_at = ?,
				  handed_out_at = ?, resident_handbook = ?, renovation_handbook = ?, fees_settled_at = ?,
				  fees_deferred_reason = ?, requests = ?, acceptance_id = ?, accepted_at = ?, custody_id = ?,
				  completed_at = ?, handover_date = ?, final_state = ?,
				  cancelled_at = coalesce(cancelled_at, ?), cancel_reason = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(c.status().name(), utcOrNull(c.documentsCheckedAt()), r == null ? null : utc(r.at()),
					r == null ? null : r.emergencyName(), r == null ? null : r.emergencyPhone(),
					r == null ? null : r.emergencyRelation(), r == null ? null : r.note(),
					a == null ? null : a.signed().stream().map(Enum::name).sorted().toArray(String[]::new),
					a == null ? null : utc(a.at()), h == null ? null : utc(h.at()),
					h == null ? null : h.residentHandbook(), h == null ? null : h.renovationHandbook(),
					f == null ? null : utcOrNull(f.settledAt()), f == null ? null : f.deferredReason(), c.requests(),
					c.acceptanceId(), utcOrNull(c.acceptedAt()), c.custodyId(), done == null ? null : utc(done.at()),
					done == null ? null : Date.valueOf(done.handoverDate()), done == null ? null : done.state().name(),
					cancelledAt(c), c.cancelReason(), c.communityId(), c.id(), c.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private MoveInCase map(ResultSet rs, int row) throws SQLException {
		long communityId = rs.getLong("community_id");
		MoveInCase.Applicant applicant = new MoveInCase.Applicant(ApplicantKind.valueOf(rs.getString("applicant_kind")),
				rs.getLong("owner_party_id"), rs.getString("owner_name"), (Long) rs.getObject("proxy_party_id"),
				rs.getString("proxy_name"));
		Instant registeredAt = instant(rs, "registered_at");
		MoveInCase.Registration registration = registeredAt == null ? null
				: new MoveInCase.Registration(rs.getString("emergency_name"), rs.getString("emergency_phone"),
						rs.getString("emergency_relation"), rs.getString("household_note"), registeredAt);
		Instant agreementsAt = instant(rs, "agreements_at");
		MoveInCase.Agreements agreements = agreementsAt == null ? null
				: new MoveInCase.Agreements(agreements(rs.getArray("agreements")), agreementsAt);
		Instant handedOutAt = instant(rs, "handed_out_at");
		MoveInCase.HandOut handOut = handedOutAt == null ? null : new MoveInCase.HandOut(new ArrayList<>(),
				rs.getBoolean("resident_handbook"), rs.getBoolean("renovation_handbook"), handedOutAt);
		Instant settledAt = instant(rs, "fees_settled_at");
		String deferred = rs.getString("fees_deferred_reason");
		MoveInCase.Fees fees = settledAt == null && deferred == null ? null : new MoveInCase.Fees(settledAt, deferred);
		Instant completedAt = instant(rs, "completed_at");
		MoveInCase.Completion completion = completedAt == null ? null : new MoveInCase.Completion(
				rs.getDate("handover_date").toLocalDate(), UnitState.valueOf(rs.getString("final_state")), completedAt);
		MoveInCase.Stored stored = new MoveInCase.Stored(MoveInStatus.valueOf(rs.getString("status")),
				new LinkedHashMap<>(), instant(rs, "documents_checked_at"), registration, agreements, handOut, fees,
				rs.getString("requests"), (Long) rs.getObject("acceptance_id"), instant(rs, "accepted_at"),
				(Long) rs.getObject("custody_id"), completion, rs.getString("cancel_reason"), rs.getInt("version"));
		return MoveInCase.restore(rs.getLong("id"), communityId, rs.getLong("unit_id"), rs.getString("unit_label"),
				applicant, instant(rs, "opened_at"), rs.getString("opened_by"), stored);
	}

	/** Adds the papers and the items handed out, which live in their own tables. */
	private void fill(MoveInCase c) {
		Map<Long, DocumentType> documents = new LinkedHashMap<>();
		jdbc.sql("select document_id, doc_type from movein_document where community_id = ? and case_id = ?"
				+ " order by document_id")
			.params(c.communityId(), c.id())
			.query(rs -> {
				documents.put(rs.getLong(1), DocumentType.valueOf(rs.getString(2)));
			});
		List<MoveInCase.HandedItem> items = jdbc.sql(
				"select item_id, kind, number from movein_handout where community_id = ? and case_id = ? order by kind, number")
			.params(c.communityId(), c.id())
			.query((rs, row) -> new MoveInCase.HandedItem(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
		c.restoreDetails(documents, items);
	}

	private static Set<Agreement> agreements(@Nullable Array array) throws SQLException {
		Set<Agreement> signed = EnumSet.noneOf(Agreement.class);
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				signed.add(Agreement.valueOf((String) o));
			}
		}
		return signed;
	}

	private static java.time.@Nullable OffsetDateTime cancelledAt(MoveInCase c) {
		return c.steps()
			.stream()
			.filter(s -> s.action() == MoveInAction.CANCEL)
			.map(s -> utc(s.at()))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable String clip(@Nullable String note) {
		return note == null || note.length() <= 500 ? note : note.substring(0, 500);
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

}
