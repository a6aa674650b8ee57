package com.guanjia.workorders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Masking;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores return visits (R5.1): one per closing of an order (its round), due by its clock,
 * made once. Visits are read with their order's number, kind, unit and reporter; the
 * reporter's phone is masked unless the reader may see it.
 */
@Repository
class ReturnVisitRepository {

	private static final String COLUMNS = """
			v.id, v.community_id, v.work_order_id, o.number, o.kind, o.unit_label, o.location, o.description, o.result,
			o.reporter_name, o.reporter_phone,
			v.round, v.due_at, v.done_at, v.done_by, v.method, v.satisfied, v.score, v.comment""";

	private static final String FROM = """
			 from return_visit v join work_order o on o.community_id = v.community_id and o.id = v.work_order_id
			""";

	private final JdbcClient jdbc;

	ReturnVisitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A visit for this round of the order, due at {@code dueAt}; empty when the round has
	 * one already.
	 */
	Optional<Long> insert(long communityId, long workOrderId, int round, Instant dueAt) {
		return jdbc.sql("""
				insert into return_visit (community_id, work_order_id, round, due_at) values (?, ?, ?, ?)
				on conflict (community_id, work_order_id, round) do nothing returning id""")
			.params(communityId, workOrderId, round, SqlTime.utc(dueAt))
			.query(Long.class)
			.optional();
	}

	void due(long communityId, long visitId, Instant dueAt) {
		jdbc.sql("update return_visit set due_at = ? where community_id = ? and id = ?")
			.params(SqlTime.utc(dueAt), communityId, visitId)
			.update();
	}

	/** The order (id and number) of a visit not yet made. */
	Optional<OrderRef> openVisitOrder(long communityId, long visitId) {
		return jdbc.sql("select o.id, o.number" + FROM + "where v.community_id = ? and v.id = ? and v.done_at is null")
			.params(communityId, visitId)
			.query((rs, i) -> new OrderRef(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	record OrderRef(long id, String number) {
	}

	List<ReturnVisitView> notDone(long communityId, boolean showPhones) {
		return jdbc
			.sql("select " + COLUMNS + FROM + "where v.community_id = ? and v.done_at is null order by v.due_at, v.id")
			.param(communityId)
			.query(mapper(showPhones))
			.list();
	}

	Optional<ReturnVisitView> find(List<Long> communityIds, long visitId, boolean showPhones) {
		return jdbc.sql("select " + COLUMNS + FROM + "where v.community_id = any(?) and v.id = ?")
			.params(communityIds.toArray(Long[]::new), visitId)
			.query(mapper(showPhones))
			.optional();
	}

	List<ReturnVisitView> ofOrder(long communityId, long workOrderId, boolean showPhones) {
		return jdbc
			.sql("select " + COLUMNS + FROM + "where v.community_id = ? and v.work_order_id = ? order by v.round")
			.params(communityId, workOrderId)
			.query(mapper(showPhones))
			.list();
	}

	/** Records the outcome of a visit not yet made (a visit is made once). */
	void made(long communityId, long visitId, Instant at, String by, ReturnVisits.VisitOutcome outcome,
			@Nullable String comment) {
		jdbc.sql("""
				update return_visit set done_at = ?, done_by = ?, method = ?, satisfied = ?, score = ?, comment = ?
				where community_id = ? and id = ? and done_at is null""")
			.params(SqlTime.utc(at), by, outcome.method().name(), outcome.satisfied(), outcome.score(), comment,
					communityId, visitId)
			.update();
	}

	/** Appends an attempt that did not reach the resident; the visit stays pending. */
	void attempted(long communityId, long visitId, Instant at, long staffId, String by, ReturnVisits.Method method,
			@Nullable String note) {
		jdbc.sql("""
				insert into return_visit_attempt (community_id, visit_id, attempted_at, staff_id, attempted_by, method,
				  note) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(communityId, visitId, SqlTime.utc(at), staffId == 0 ? null : staffId, by, method.name(), note)
			.update();
	}

	/** The attempts of the visits, by visit, the earliest first. */
	Map<Long, List<ReturnVisitView.AttemptLine>> attempts(long communityId, Collection<Long> visitIds) {
		if (visitIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select visit_id, attempted_at, attempted_by, method, note from return_visit_attempt
				where community_id = ? and visit_id = any(?) order by id""")
			.params(communityId, visitIds.toArray(Long[]::new))
			.query((rs, i) -> Map.entry(rs.getLong("visit_id"),
					new ReturnVisitView.AttemptLine(Objects.requireNonNull(SqlTime.instant(rs, "attempted_at")),
							rs.getString("attempted_by"), ReturnVisits.Method.valueOf(rs.getString("method")),
							rs.getString("note"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private static RowMapper<ReturnVisitView> mapper(boolean showPhones) {
		return (rs, row) -> map(rs, showPhones);
	}

	private static ReturnVisitView map(ResultSet rs, boolean showPhones) throws SQLException {
		String phone = rs.getString("reporter_phone");
		if (phone != null && !showPhones) {
			phone = Masking.phone(phone);
		}
		return new ReturnVisitView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("work_order_id"),
				rs.getString("number"), WorkOrderKind.valueOf(rs.getString("kind")), rs.getString("unit_label"),
				rs.getString("location"), rs.getString("description"), rs.getString("result"),
				rs.getString("reporter_name"), phone, rs.getInt("round"), SqlTime.instant(rs, "due_at"),
				SqlTime.instant(rs, "done_at"), rs.getString("done_by"), rs.getString("method"),
				(Boolean) rs.getObject("satisfied"), (Integer) rs.getObject("score"), rs.getString("comment"), null,
				List.of());
	}

}
