package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** All the SQL of the {@link Finding} aggregate. */
@Repository
class FindingRepository {

	private final JdbcClient jdbc;

	private final InspectionHistory history;

	FindingRepository(JdbcClient jdbc, InspectionHistory history) {
		this.jdbc = jdbc;
		this.history = history;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('inspection_finding', 'id'))")
			.query(Long.class)
			.single();
	}

	void insert(Finding f) {
		Finding.Origin o = f.origin();
		jdbc.sql(
				"""
						insert into inspection_finding (community_id, id, round_id, visit_position, item_position, checkpoint_id,
						  place, item_text, trade, note, status, raised_at, raised_by, raised_by_staff_id)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(o.communityId(), o.id(), o.roundId(), o.visitPosition(), o.itemPosition(), o.checkpointId(),
					o.place(), o.item(), o.trade().name(), o.note(), f.status().name(), SqlTime.utc(o.raisedAt()),
					o.raisedBy(), o.raisedByStaffId())
			.update();
		history.append(o.communityId(), InspectionHistory.FINDING, o.id(), f.takeSteps());
	}

	Optional<Finding> load(Collection<Long> communityIds, long id, boolean forUpdate) {
		return jdbc
			.sql("select * from inspection_finding where community_id = any(?) and id = ?"
					+ (forUpdate ? " for update" : ""))
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> restore(rs))
			.optional();
	}

	private static Finding restore(ResultSet rs) throws SQLException {
		Finding.Origin origin = new Finding.Origin(rs.getLong("community_id"), rs.getLong("id"), rs.getLong("round_id"),
				rs.getInt("visit_position"), rs.getInt("item_position"), (Long) rs.getObject("checkpoint_id"),
				rs.getString("place"), rs.getString("item_text"), Trade.valueOf(rs.getString("trade")),
				rs.getString("note"), SqlTime.instant(rs, "raised_at"), rs.getString("raised_by"),
				(Long) rs.getObject("raised_by_staff_id"));
		return Finding.restore(origin, FindingStatus.valueOf(rs.getString("status")),
				(Long) rs.getObject("work_order_id"), rs.getString("work_order_number"),
				(Long) rs.getObject("department_id"), rs.getString("referral_note"), SqlTime.instant(rs, "resolved_at"),
				rs.getString("resolution"), rs.getInt("version"));
	}

	void save(Finding f) {
		int updated = jdbc.sql("""
				update inspection_finding set status = ?, work_order_id = ?, work_order_number = ?, department_id = ?,
				  referral_note = ?, resolved_at = ?, resolution = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(f.status().name(), f.workOrderId(), f.workOrderNumber(), f.departmentId(), f.referralNote(),
					SqlTime.utcOrNull(f.resolvedAt()), f.resolution(), f.communityId(), f.id(), f.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		history.append(f.communityId(), InspectionHistory.FINDING, f.id(), f.takeSteps());
	}

	List<HistoryEntry> history(long communityId, long findingId) {
		return history.of(communityId, InspectionHistory.FINDING, findingId);
	}

	/** Findings at a checkpoint's item waiting for their contractor's fix. */
	List<Long> rectifyingAt(long communityId, long checkpointId, int itemPosition) {
		return jdbc.sql("""
				select id from inspection_finding where community_id = ? and checkpoint_id = ? and item_position = ?
				  and status = 'RECTIFYING' order by id""")
			.params(communityId, checkpointId, itemPosition)
			.query(Long.class)
			.list();
	}

	/** Findings that became this work order and are not resolved. */
	List<Long> orderedAs(long communityId, long workOrderId) {
		return jdbc
			.sql("""
					select id from inspection_finding where community_id = ? and work_order_id = ? and status = 'ORDERED'""")
			.params(communityId, workOrderId)
			.query(Long.class)
			.list();
	}

	/**
	 * A community's findings, newest first: open ones only, of one round, or of one round
	 * kind.
	 */
	List<FindingView> list(long communityId, boolean openOnly, @Nullable Long roundId, @Nullable RoundKind kind,
			int limit) {
		return jdbc.sql("""
				select f.*, r.kind as round_kind, r.title as round_title, x.id as x_id, x.contractor_id as x_contractor,
				  k.name as x_contractor_name, x.deadline as x_deadline, x.status as x_status, x.overdue as x_overdue,
				  x.failed_rechecks as x_rechecks, x.issued_at as x_issued_at, x.issued_by as x_issued_by,
				  x.confirmed_at as x_confirmed_at, x.confirmed_by as x_confirmed_by
				from inspection_finding f
				join inspection_round r on r.community_id = f.community_id and r.id = f.round_id
				left join inspection_rectification x on x.community_id = f.community_id and x.finding_id = f.id
				left join inspection_contractor k on k.community_id = x.community_id and k.id = x.contractor_id
				where f.community_id = :c and (not :open or f.status <> 'RESOLVED')
				  and (cast(:round as bigint) is null or f.round_id = :round)
				  and (cast(:kind as text) is null or r.kind = :kind)
				order by f.id desc limit :limit""")
			.param("c", communityId)
			.param("open", openOnly)
			.param("round", roundId)
			.param("kind", kind == null ? null : kind.name())
			.param("limit", limit)
			.query((rs, i) -> view(rs))
			.list();
	}

	Optional<FindingView> view(Collection<Long> communityIds, long id) {
		return jdbc.sql("""
				select f.*, r.kind as round_kind, r.title as round_title, x.id as x_id, x.contractor_id as x_contractor,
				  k.name as x_contractor_name, x.deadline as x_deadline, x.status as x_status, x.overdue as x_overdue,
				  x.failed_rechecks as x_rechecks, x.issued_at as x_issued_at, x.issued_by as x_issued_by,
				  x.confirmed_at as x_confirmed_at, x.confirmed_by as x_confirmed_by
				from inspection_finding f
				join inspection_round r on r.community_id = f.community_id and r.id = f.round_id
				left join inspection_rectification x on x.community_id = f.community_id and x.finding_id = f.id
				left join inspection_contractor k on k.community_id = x.community_id and k.id = x.contractor_id
				where f.community_id = any(?) and f.id = ?""")
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> view(rs))
			.optional();
	}

	private static FindingView view(ResultSet rs) throws SQLException {
		return new FindingView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("round_id"),
				RoundKind.valueOf(rs.getString("round_kind")), rs.getString("round_title"), rs.getString("place"),
				rs.getString("item_text"), Trade.valueOf(rs.getString("trade")), rs.getString("note"),
				FindingStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "raised_at"),
				rs.getString("raised_by"), (Long) rs.getObject("work_order_id"), rs.getString("work_order_number"),
				(Long) rs.getObject("department_id"), rs.getString("referral_note"), SqlTime.instant(rs, "resolved_at"),
				rs.getString("resolution"), rectification(rs), List.of(), List.of(), List.of());
	}

	private static @Nullable RectificationView rectification(ResultSet rs) throws SQLException {
		if (rs.getObject("x_id") == null) {
			return null;
		}
		return new RectificationView(rs.getLong("x_id"), rs.getLong("community_id"), rs.getLong("id"),
				rs.getLong("x_contractor"), rs.getString("x_contractor_name"), rs.getString("place"),
				rs.getString("item_text"), SqlTime.instant(rs, "x_deadline"),
				RectificationStatus.valueOf(rs.getString("x_status")), rs.getBoolean("x_overdue"),
				rs.getInt("x_rechecks"), SqlTime.instant(rs, "x_issued_at"), rs.getString("x_issued_by"),
				SqlTime.instant(rs, "x_confirmed_at"), rs.getString("x_confirmed_by"), List.of());
	}

}
