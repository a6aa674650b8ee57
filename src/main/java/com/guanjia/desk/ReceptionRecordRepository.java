package com.guanjia.desk;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.desk.ReceptionRecord.Caller;
import com.guanjia.desk.ReceptionRecord.Handling;
import com.guanjia.desk.ReceptionRecord.Intake;
import com.guanjia.desk.ReceptionRecord.OrderRef;
import com.guanjia.desk.ReceptionRecord.Reply;
import com.guanjia.desk.ReceptionRecord.UnitRef;
import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves reception records and appends their history; every statement names the
 * community. A step loads the record with {@code for update} (two agents' steps on one
 * record never interleave) and saves it with the version check.
 */
@Repository
class ReceptionRecordRepository {

	private static final String COLUMNS = """
			id, community_id, channel, status, party_id, caller_name, caller_phone, unit_id, unit_label, question, result,
			handler, agreed_reply_at, reply, replied_at, archived_at, work_order_id, work_order_number, agent,
			agent_staff_id, created_at, request_key, entered_at, version""";

	private final JdbcClient jdbc;

	ReceptionRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An id for a new record, so the record and its events are whole before saving. */
	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('reception_record', 'id'))").query(Long.class).single();
	}

	Optional<ReceptionRecord> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from reception_record where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ReceptionRecordRepository::map)
			.optional();
	}

	/** The record, locked for the rest of the transaction. */
	Optional<ReceptionRecord> lock(List<Long> communityIds, long id) {
		return jdbc
			.sql("select " + COLUMNS + " from reception_record where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(ReceptionRecordRepository::map)
			.optional();
	}

	/** The record a work order was made from, locked. */
	Optional<ReceptionRecord> lockByWorkOrder(long communityId, long workOrderId) {
		return jdbc
			.sql("select " + COLUMNS + " from reception_record where community_id = ? and work_order_id = ? for update")
			.params(communityId, workOrderId)
			.query(ReceptionRecordRepository::map)
			.optional();
	}

	Optional<Long> idByRequestKey(long communityId, String requestKey) {
		return jdbc.sql("select id from reception_record where community_id = ? and request_key = ?")
			.params(communityId, requestKey)
			.query(Long.class)
			.optional();
	}

	/** The records made in {@code [from, to)}, newest first (at most 500). */
	List<ReceptionRecord> createdBetween(long communityId, Instant from, Instant to) {
		return jdbc
			.sql("select " + COLUMNS + " from reception_record where community_id = ? and created_at >= ?"
					+ " and created_at < ? order by id desc limit 500")
			.params(communityId, utc(from), utc(to))
			.query(ReceptionRecordRepository::map)
			.list();
	}

	/**
	 * Records with an agreed reply not given yet, the earliest first; {@code mineOnly}
	 * keeps those the agent took.
	 */
	List<ReceptionRecord> awaitingReply(long communityId, boolean mineOnly, long agentStaffId) {
		return jdbc.sql("select " + COLUMNS + " from reception_record where community_id = ? and status = 'HANDLING'"
				+ " and agreed_reply_at is not null and (? = false or agent_staff_id = ?) order by agreed_reply_at, id")
			.params(communityId, mineOnly, agentStaffId)
			.query(ReceptionRecordRepository::map)
			.list();
	}

	/**
	 * Inserts a new record or updates a loaded one ({@code ConflictException} when it
	 * changed since), and appends the history of its new steps.
	 */
	void save(ReceptionRecord r, String actor) {
		if (r.isNew()) {
			insert(r);
		}
		else {
			update(r);
		}
		for (ReceptionRecord.Step step : r.steps()) {
			jdbc.sql("""
					insert into reception_step (community_id, record_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(r.communityId(), r.id(), utc(step.at()), actor, step.action().name(), step.note())
				.update();
		}
	}

	private void insert(ReceptionRecord r) {
		Intake in = r.intake();
		Reply reply = r.reply();
		jdbc.sql(
				"""
						insert into reception_record (community_id, id, channel, status, party_id, caller_name, caller_phone,
						  unit_id, unit_label, question, result, reply, replied_at, agent, agent_staff_id, created_at, request_key,
						  entered_at)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.communityId(), r.id(), in.channel().name(), r.status().name(), in.caller().partyId(),
					in.caller().name(), in.caller().phone(), in.unit() == null ? null : in.unit().id(),
					in.unit() == null ? null : in.unit().label(), in.question(), in.result(),
					reply == null ? null : reply.text(), reply == null ? null : utc(reply.at()), in.agent(),
					in.agentStaffId(), utc(in.at()), in.requestKey(), utcOrNull(in.enteredAt()))
			.update();
	}

	private void update(ReceptionRecord r) {
		Handling h = r.handling();
		Reply reply = r.reply();
		OrderRef order = r.workOrder();
		int updated = jdbc.sql("""
				update reception_record set status = ?, handler = ?, agreed_reply_at = ?, reply = ?, replied_at = ?,
				  archived_at = ?, work_order_id = ?, work_order_number = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(r.status().name(), h == null ? null : h.handler(), h == null ? null : utc(h.agreedReplyAt()),
					reply == null ? null : reply.text(), reply == null ? null : utc(reply.at()),
					utcOrNull(r.archivedAt()), order == null ? null : order.id(), order == null ? null : order.number(),
					r.communityId(), r.id(), r.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private static ReceptionRecord map(ResultSet rs, int row) throws SQLException {
		Long unitId = (Long) rs.getObject("unit_id");
		Intake intake = new Intake(Channel.valueOf(rs.getString("channel")),
				new Caller((Long) rs.getObject("party_id"), rs.getString("caller_name"), rs.getString("caller_phone")),
				unitId == null ? null : new UnitRef(unitId, Objects.requireNonNullElse(rs.getString("unit_label"), "")),
				rs.getString("question"), rs.getString("result"), rs.getString("agent"),
				(Long) rs.getObject("agent_staff_id"), Objects.requireNonNull(instant(rs, "created_at")),
				rs.getString("request_key"), instant(rs, "entered_at"));
		String handler = rs.getString("handler");
		Instant agreed = instant(rs, "agreed_reply_at");
		String reply = rs.getString("reply");
		Instant repliedAt = instant(rs, "replied_at");
		Long orderId = (Long) rs.getObject("work_order_id");
		return ReceptionRecord.restore(rs.getLong("id"), rs.getLong("community_id"), intake,
				ReceptionStatus.valueOf(rs.getString("status")),
				handler == null || agreed == null ? null : new Handling(handler, agreed),
				reply == null || repliedAt == null ? null : new Reply(reply, repliedAt), instant(rs, "archived_at"),
				orderId == null ? null : new OrderRef(orderId, rs.getString("work_order_number")),
				rs.getInt("version"));
	}

}
