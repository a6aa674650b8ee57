package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rounds with their checkpoint visits, item results and photos: all the SQL of the
 * {@link Round} aggregate. A round is inserted once per occurrence key; it is loaded
 * {@code for update} when a step will follow and saved with its version checked.
 */
@Repository
class RoundRepository {

	private final JdbcClient jdbc;

	private final TemplateRepository templates;

	private final InspectionHistory history;

	RoundRepository(JdbcClient jdbc, TemplateRepository templates, InspectionHistory history) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('inspection_round', 'id'))").query(Long.class).single();
	}

	/**
	 * Inserts a new round unless its occurrence already exists; answers whether it did.
	 */
	boolean insertIfAbsent(Round round) {
		RoundPlan p = round.plan();
		int inserted = jdbc
			.sql("""
					insert into inspection_round (community_id, id, occurrence_key, kind, schedule_id, route_id, subject_kind,
					  subject_id, title, assignee_staff_id, window_start, window_end, status, checkpoints, created_at)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (community_id, occurrence_key) do nothing""")
			.params(p.communityId(), p.id(), p.occurrenceKey(), p.kind().name(), p.scheduleId(), p.routeId(),
					p.subject() == null ? null : p.subject().kind(), p.subject() == null ? null : p.subject().id(),
					p.title(), p.assigneeStaffId(), SqlTime.utc(p.windowStart()), SqlTime.utc(p.windowEnd()),
					round.status().name(), round.visits().size(), SqlTime.utc(p.createdAt()))
			.update();
		if (inserted == 0) {
			round.takeSteps();
			return false;
		}
		for (CheckpointVisit v : round.visits()) {
			jdbc.sql("""
					insert into inspection_visit (community_id, round_id, position, checkpoint_id, name, area_id,
					  template_id, status) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.communityId(), p.id(), v.position(), v.checkpointId(), v.name(), v.areaId(), v.templateId(),
						v.status().name())
				.update();
		}
		history.append(p.communityId(), InspectionHistory.ROUND, p.id(), round.takeSteps());
		return true;
	}

	Optional<Long> idByOccurrence(long communityId, String occurrenceKey) {
		return jdbc.sql("select id from inspection_round where community_id = ? and occurrence_key = ?")
			.params(communityId, occurrenceKey)
			.query(Long.class)
			.optional();
	}

	/** A round of one of the communities, with everything it holds. */
	Optional<Round> load(Collection<Long> communityIds, long id, boolean forUpdate) {
		return jdbc
			.sql("select * from inspection_round where community_id = any(?) and id = ?"
					+ (forUpdate ? " for update" : ""))
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> restore(rs))
			.optional();
	}

	private Round restore(ResultSet rs) throws SQLException {
		long communityId = rs.getLong("community_id");
		long id = rs.getLong("id");
		String subjectKind = rs.getString("subject_kind");
		RoundPlan plan = new RoundPlan(communityId, id, rs.getString("occurrence_key"),
				RoundKind.valueOf(rs.getString("kind")), (Long) rs.getObject("schedule_id"),
				(Long) rs.getObject("route_id"),
				subjectKind == null ? null
						: new RoundSubject(subjectKind, rs.getLong("subject_id"), rs.getString("title")),
				rs.getString("title"), (Long) rs.getObject("assignee_staff_id"), SqlTime.instant(rs, "window_start"),
				SqlTime.instant(rs, "window_end"), SqlTime.instant(rs, "created_at"));
		return Round.restore(plan, visits(communityId, id), RoundStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at"), SqlTime.instant(rs, "missed_at"),
				rs.getBoolean("late"), rs.getInt("version"));
	}

	private List<CheckpointVisit> visits(long communityId, long roundId) {
		Map<Integer, List<ItemResult>> results = new HashMap<>();
		jdbc.sql("""
				select visit_position, item_position, item_text, trade, weight, outcome, note from inspection_result
				where community_id = ? and round_id = ? order by visit_position, item_position""")
			.params(communityId, roundId)
			.query(rs -> {
				results.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
					.add(new ItemResult(rs.getInt(2), rs.getString(3), Trade.valueOf(rs.getString(4)),
							rs.getBigDecimal(5), Outcome.valueOf(rs.getString(6)), rs.getString(7)));
			});
		record Row(int position, Long checkpointId, String name, Long areaId, long templateId, VisitStatus status,
				Instant visitedAt, boolean scanned, String visitedBy, Long visitedByStaffId, String note) {
		}
		List<Row> rows = jdbc.sql("""
				select position, checkpoint_id, name, area_id, template_id, status, visited_at, scanned, visited_by,
				  visited_by_staff_id, note from inspection_visit where community_id = ? and round_id = ?
				order by position""")
			.params(communityId, roundId)
			.query((rs, i) -> new Row(rs.getInt(1), (Long) rs.getObject(2), rs.getString(3), (Long) rs.getObject(4),
					rs.getLong(5), VisitStatus.valueOf(rs.getString(6)), SqlTime.instant(rs, "visited_at"),
					rs.getBoolean(8), rs.getString(9), (Long) rs.getObject(10), rs.getString(11)))
			.list();
		Map<Long, List<ChecklistItem>> items = templates.items(communityId,
				rows.stream().map(Row::templateId).toList());
		return rows.stream()
			.map(r -> new CheckpointVisit(r.position(), r.checkpointId(), r.name(), r.areaId(), r.templateId(),
					items.getOrDefault(r.templateId(), List.of()), r.status(), r.visitedAt(), r.scanned(),
					r.visitedBy(), r.visitedByStaffId(), r.note(), results.getOrDefault(r.position(), List.of())))
			.toList();
	}

	/**
	 * Saves the round's state, its newly recorded checkpoints and its steps; refuses a
	 * stale version.
	 */
	void save(Round round) {
		RoundPlan p = round.plan();
		int updated = jdbc.sql("""
				update inspection_round set status = ?, started_at = ?, finished_at = ?, missed_at = ?, late = ?,
				  visited = ?, failed_items = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(round.status().name(), SqlTime.utcOrNull(round.startedAt()), SqlTime.utcOrNull(round.finishedAt()),
					SqlTime.utcOrNull(round.missedAt()), round.late(), round.visited(), round.failedItems(),
					p.communityId(), p.id(), round.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		for (CheckpointVisit v : round.visits()) {
			if (v.changed()) {
				saveVisit(p, v);
				v.saved();
			}
		}
		history.append(p.communityId(), InspectionHistory.ROUND, p.id(), round.takeSteps());
	}

	private void saveVisit(RoundPlan p, CheckpointVisit v) {
		jdbc.sql("""
				update inspection_visit set status = ?, visited_at = ?, scanned = ?, visited_by = ?,
				  visited_by_staff_id = ?, note = ? where community_id = ? and round_id = ? and position = ?""")
			.params(v.status().name(), SqlTime.utcOrNull(v.visitedAt()), v.scanned(), v.visitedBy(),
					v.visitedByStaffId(), v.note(), p.communityId(), p.id(), v.position())
			.update();
		for (ItemResult r : v.results()) {
			jdbc.sql("""
					insert into inspection_result (community_id, round_id, visit_position, item_position, item_text,
					  trade, weight, outcome, note, area_id, visited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(p.communityId(), p.id(), v.position(), r.position(), r.text(), r.trade().name(), r.weight(),
						r.outcome().name(), r.note(), v.areaId(), SqlTime.utcOrNull(v.visitedAt()))
				.update();
		}
	}

	void insertPhoto(long communityId, long roundId, int visitPosition, int itemPosition, long fileId, String filename,
			Instant now) {
		jdbc.sql("""
				insert into inspection_photo (community_id, round_id, visit_position, item_position, file_id, filename,
				  added_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(communityId, roundId, visitPosition, itemPosition, fileId, filename, SqlTime.utc(now))
			.update();
	}

	List<PhotoView> photos(long communityId, long roundId) {
		return jdbc.sql("""
				select id, visit_position, item_position, file_id, filename from inspection_photo
				where community_id = ? and round_id = ? order by id""")
			.params(communityId, roundId)
			.query((rs, i) -> new PhotoView(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getLong(4), rs.getString(5)))
			.list();
	}

	/** A photo of one of the communities, with its community. */
	Optional<long[]> photo(Collection<Long> communityIds, long photoId) {
		return jdbc.sql("select community_id, file_id from inspection_photo where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), photoId)
			.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
	}

	/**
	 * Rounds nobody started whose window closed before {@code now} and that are not
	 * flagged yet.
	 */
	List<RoundId> missable(Instant now, int limit) {
		return jdbc.sql("""
				select community_id, id from inspection_round
				where status in ('DUE', 'IN_PROGRESS') and missed_at is null and window_end < ? and status = 'DUE'
				order by window_end limit ?""")
			.params(SqlTime.utc(now), limit)
			.query((rs, i) -> RoundId.of(rs.getLong(1), rs.getLong(2)))
			.list();
	}

}
