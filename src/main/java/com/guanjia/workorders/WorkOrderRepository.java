package com.guanjia.workorders;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves the work-order aggregate; every statement names the community. */
@Repository
class WorkOrderRepository {

	static final String COLUMNS = """
			community_id, id, number, kind, status, unit_id, unit_label, location, reporter_party_id, reporter_name,
			reporter_phone, description, convenient_time, immediate, appointment_at, category, warranty, warranty_until,
			leak, safety, severity, complained_party, resident_wants, resident_deadline, answer, result, valid,
			department_id, technician_id, technician_name, hold_reason, status_before_hold, cancel_reason, solution,
			consent_at, arrived_at, completed_at, leak_test_at, confirmation_code, signed_by, signature_file_id,
			signed_at, inspected_by, inspected_at, closed_at, due_at, adjustment, adjustment_reason, escalation_level,
			reopen_count, source_record_id, created_at, version""";

	private final JdbcClient jdbc;

	WorkOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<WorkOrder> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from work_order where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(WorkOrderRepository::map)
			.optional();
	}

	/**
	 * Locks the row for the rest of the transaction (steps of one order never
	 * interleave).
	 */
	Optional<WorkOrder> lock(List<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from work_order where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(WorkOrderRepository::map)
			.optional();
	}

	Optional<Long> idByRequestKey(long communityId, String requestKey) {
		return jdbc.sql("select id from work_order where community_id = ? and request_key = ?")
			.params(communityId, requestKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * An id for a new order, taken before it is inserted so its clocks can be started
	 * first.
	 */
	long reserveId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('work_order', 'id'))").query(Long.class).single();
	}

	/**
	 * Inserts a new order under its {@link #reserveId reserved id} with its first step,
	 * in one statement that also takes the next number of the day (WO-yyyyMMdd-nnnn,
	 * gap-free: the counter row stays locked until the intake commits, so the intake
	 * sends this statement last but for its audit entry). Returns the number.
	 */
	String insertNew(WorkOrder o, LocalDate day, @Nullable String requestKey, long actorId, String actor) {
		if (o.steps().size() != 1) {
			throw new IllegalStateException("a new order has exactly one step, not " + o.steps());
		}
		WorkOrder.Step step = o.steps().get(0);
		String number = jdbc
			.sql("""
					with counter as (
					  insert into work_order_counter (community_id, day, last) values (:community, :day, 1)
					  on conflict (community_id, day) do update set last = work_order_counter.last + 1
					  returning last
					), new_order as (
					  insert into work_order (community_id, id, number, kind, status, unit_id, unit_label, location,
					    reporter_party_id, reporter_name, reporter_phone, description, convenient_time, immediate,
					    category, warranty, warranty_until, leak, safety, severity, complained_party, resident_wants,
					    resident_deadline, due_at, department_id, source_record_id, request_key, created_at, created_by)
					  overriding system value
					  values (:community, :id,
					    (select :prefix || lpad(last::text, greatest(4, length(last::text)), '0') from counter),
					    :kind, :status, :unitId, :unitLabel, :location, :reporterPartyId, :reporterName, :reporterPhone,
					    :description, :convenientTime, :immediate, :category, :warranty, :warrantyUntil, :leak, :safety,
					    :severity, :complainedParty, :residentWants, :residentDeadline, :dueAt, :departmentId, :sourceRecordId,
					    :requestKey, :createdAt, :actor)
					  returning community_id, id, number
					), first_step as (
					  insert into work_order_step (community_id, work_order_id, occurred_at, actor_staff_id, actor, action,
					    from_status, to_status, note)
					  select community_id, id, :createdAt, cast(:actorId as bigint), :actor, :action,
					    cast(:fromStatus as varchar), :toStatus, cast(:note as varchar)
					  from new_order
					)
					select number from new_order""")
			.param("community", o.communityId)
			.param("day", Date.valueOf(day))
			.param("prefix", "WO-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-")
			.param("id", o.id)
			.param("kind", o.kind.name())
			.param("status", o.status.name())
			.param("unitId", o.unitId)
			.param("unitLabel", o.unitLabel)
			.param("location", o.location)
			.param("reporterPartyId", o.reporterPartyId)
			.param("reporterName", o.reporterName)
			.param("reporterPhone", o.reporterPhone)
			.param("description", o.description)
			.param("convenientTime", o.convenientTime)
			.param("immediate", o.immediate)
			.param("category", o.category)
			.param("warranty", o.warranty.name())
			.param("warrantyUntil", date(o.warrantyUntil))
			.param("leak", o.leak)
			.param("safety", o.safety)
			.param("severity", name(o.severity))
			.param("complainedParty", o.complainedParty)
			.param("residentWants", o.residentWants)
			.param("residentDeadline", date(o.residentDeadline))
			.param("dueAt", utc(o.dueAt))
			.param("departmentId", o.departmentId)
			.param("sourceRecordId", o.sourceRecordId)
			.param("requestKey", requestKey)
			.param("createdAt", utc(o.createdAt))
			.param("actor", actor)
			.param("actorId", actorId == 0 ? null : actorId)
			.param("action", step.action().name())
			.param("fromStatus", name(step.from()))
			.param("toStatus", step.to().name())
			.param("note", step.note())
			.query(String.class)
			.single();
		o.clearSteps();
		return number;
	}

	/**
	 * Saves the changed order (refused when someone else saved it first) and appends its
	 * new steps.
	 */
	void save(WorkOrder o, Instant now, long actorId, String actor) {
		int updated = jdbc
			.sql("""
					update work_order set status = ?, appointment_at = ?, category = ?, warranty = ?, warranty_until = ?,
					  leak = ?, safety = ?, severity = ?, answer = ?, result = ?, valid = ?, department_id = ?,
					  technician_id = ?, technician_name = ?, hold_reason = ?, status_before_hold = ?, cancel_reason = ?,
					  solution = ?, consent_at = ?, arrived_at = ?, completed_at = ?, leak_test_at = ?,
					  confirmation_code = ?, signed_by = ?, signature_file_id = ?, signed_at = ?, inspected_by = ?,
					  inspected_at = ?, closed_at = ?, due_at = ?, adjustment = ?, adjustment_reason = ?, escalation_level = ?,
					  reopen_count = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
			.params(o.status.name(), utc(o.appointmentAt), o.category, o.warranty.name(), date(o.warrantyUntil), o.leak,
					o.safety, name(o.severity), o.answer, o.result, o.valid, o.departmentId, o.technicianId,
					o.technicianName, name(o.holdReason), name(o.statusBeforeHold), o.cancelReason, o.solution,
					utc(o.consentAt), utc(o.arrivedAt), utc(o.completedAt), utc(o.leakTestAt), o.confirmationCode,
					o.signedBy, o.signatureFileId, utc(o.signedAt), o.inspectedBy, utc(o.inspectedAt), utc(o.closedAt),
					utc(o.dueAt), o.adjustment, o.adjustmentReason, o.escalationLevel, o.reopenCount, o.communityId,
					o.id, o.version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		o.version++;
		appendSteps(o, now, actorId, actor);
		o.clearSteps();
	}

	void appendSteps(WorkOrder o, Instant now, long actorId, String actor) {
		for (WorkOrder.Step s : o.steps()) {
			jdbc.sql(
					"""
							insert into work_order_step (community_id, work_order_id, occurred_at, actor_staff_id, actor, action,
							  from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(o.communityId, o.id, utc(now), actorId == 0 ? null : actorId, actor, s.action().name(),
						name(s.from()), s.to().name(), s.note())
				.update();
		}
	}

	List<TimelineEntry> timeline(long communityId, long workOrderId) {
		return jdbc.sql("""
				select occurred_at, actor, action, from_status, to_status, note from work_order_step
				where community_id = ? and work_order_id = ? order by id""")
			.params(communityId, workOrderId)
			.query((rs, i) -> new TimelineEntry(instant(rs, "occurred_at"), rs.getString("actor"),
					WorkOrderAction.valueOf(rs.getString("action")),
					rs.getString("from_status") == null ? null : WorkOrderStatus.valueOf(rs.getString("from_status")),
					WorkOrderStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
			.list();
	}

	static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant i) {
		return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
	}

	static @Nullable Date date(@Nullable LocalDate d) {
		return d == null ? null : Date.valueOf(d);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	static WorkOrder map(ResultSet rs, int row) throws SQLException {
		WorkOrder o = new WorkOrder();
		o.communityId = rs.getLong("community_id");
		o.id = rs.getLong("id");
		o.number = rs.getString("number");
		o.kind = WorkOrderKind.valueOf(rs.getString("kind"));
		o.status = WorkOrderStatus.valueOf(rs.getString("status"));
		o.unitId = (Long) rs.getObject("unit_id");
		o.unitLabel = rs.getString("unit_label");
		o.location = rs.getString("location");
		o.reporterPartyId = (Long) rs.getObject("reporter_party_id");
		o.reporterName = rs.getString("reporter_name");
		o.reporterPhone = rs.getString("reporter_phone");
		o.description = rs.getString("description");
		o.convenientTime = rs.getString("convenient_time");
		o.immediate = rs.getBoolean("immediate");
		o.appointmentAt = instant(rs, "appointment_at");
		o.category = rs.getString("category");
		o.warranty = Warranty.Decision.valueOf(rs.getString("warranty"));
		Date until = rs.getDate("warranty_until");
		o.warrantyUntil = until == null ? null : until.toLocalDate();
		o.leak = rs.getBoolean("leak");
		o.safety = rs.getBoolean("safety");
		o.severity = rs.getString("severity") == null ? null : Severity.valueOf(rs.getString("severity"));
		o.complainedParty = rs.getString("complained_party");
		o.residentWants = rs.getString("resident_wants");
		Date deadline = rs.getDate("resident_deadline");
		o.residentDeadline = deadline == null ? null : deadline.toLocalDate();
		o.answer = rs.getString("answer");
		o.result = rs.getString("result");
		o.valid = (Boolean) rs.getObject("valid");
		o.departmentId = (Long) rs.getObject("department_id");
		o.technicianId = (Long) rs.getObject("technician_id");
		o.technicianName = rs.getString("technician_name");
		o.holdReason = rs.getString("hold_reason") == null ? null : HoldReason.valueOf(rs.getString("hold_reason"));
		o.statusBeforeHold = rs.getString("status_before_hold") == null ? null
				: WorkOrderStatus.valueOf(rs.getString("status_before_hold"));
		o.cancelReason = rs.getString("cancel_reason");
		o.solution = rs.getString("solution");
		o.consentAt = instant(rs, "consent_at");
		o.arrivedAt = instant(rs, "arrived_at");
		o.completedAt = instant(rs, "completed_at");
		o.leakTestAt = instant(rs, "leak_test_at");
		o.confirmationCode = rs.getString("confirmation_code");
		o.signedBy = rs.getString("signed_by");
		o.signatureFileId = (Long) rs.getObject("signature_file_id");
		o.signedAt = instant(rs, "signed_at");
		o.inspectedBy = rs.getString("inspected_by");
		o.inspectedAt = instant(rs, "inspected_at");
		o.closedAt = instant(rs, "closed_at");
		o.dueAt = instant(rs, "due_at");
		o.adjustment = rs.getBigDecimal("adjustment");
		o.adjustmentReason = rs.getString("adjustment_reason");
		o.escalationLevel = rs.getInt("escalation_level");
		o.reopenCount = rs.getInt("reopen_count");
		o.sourceRecordId = (Long) rs.getObject("source_record_id");
		o.createdAt = instant(rs, "created_at");
		o.version = rs.getInt("version");
		return o;
	}

}
