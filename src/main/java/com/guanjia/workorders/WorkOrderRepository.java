package com.guanjia.workorders;

import static com.guanjia.workorders.WorkOrderRows.name;
import static com.guanjia.workorders.WorkOrderRows.sqlDate;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves the work-order aggregate — the order, its timeline and the charges,
 * materials and photos its steps added — and answers the few questions the services ask
 * about stored orders ({@link WorkOrderReads} has what pages show). Every statement names
 * the community.
 */
@Repository
class WorkOrderRepository {

	private final JdbcClient jdbc;

	WorkOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<WorkOrder> find(List<Long> communityIds, long id) {
		return jdbc.sql("select " + WorkOrderRows.COLUMNS + " from work_order where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(WorkOrderRows::order)
			.optional();
	}

	/**
	 * Locks the row for the rest of the transaction (steps of one order never
	 * interleave).
	 */
	Optional<WorkOrder> lock(List<Long> communityIds, long id) {
		return jdbc
			.sql("select " + WorkOrderRows.COLUMNS
					+ " from work_order where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(WorkOrderRows::order)
			.optional();
	}

	Optional<Long> idByRequestKey(long communityId, String requestKey) {
		return jdbc.sql("select id from work_order where community_id = ? and request_key = ?")
			.params(communityId, requestKey)
			.query(Long.class)
			.optional();
	}

	/**
	 * Whether an order raised under a request key starting with {@code keyPrefix} is open
	 * for the unit.
	 */
	boolean openForUnit(long communityId, long unitId, String keyPrefix) {
		return jdbc.sql("""
				select exists (select 1 from work_order where community_id = ? and unit_id = ? and request_key like ?
				  and status not in ('CLOSED', 'CANCELLED'))""")
			.params(communityId, unitId, keyPrefix + "%")
			.query(Boolean.class)
			.single();
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
	 * sends this statement last but for its audit entry), and gives the order its number.
	 */
	void insertNew(WorkOrder o, LocalDate day, @Nullable String requestKey, long actorId, String actor) {
		if (o.steps().size() != 1) {
			throw new IllegalStateException("a new order has exactly one step, not " + o.steps());
		}
		WorkOrder.Step step = o.steps().get(0);
		WorkOrderSnapshot s = o.snapshot();
		var request = s.request();
		var c = s.classification();
		var complaint = s.complaint();
		String number = jdbc
			.sql("""
					with counter as (
					  insert into work_order_counter (community_id, day, last) values (:community, :day, 1)
					  on conflict (community_id, day) do update set last = work_order_counter.last + 1
					  returning last
					), new_order as (
					  insert into work_order (community_id, id, number, kind, status, unit_id, unit_label, location,
					    reporter_party_id, reporter_name, reporter_phone, reporter_staff_id, description, convenient_time, immediate,
					    category, warranty, warranty_until, leak, safety, severity, complained_party, resident_wants,
					    resident_deadline, due_at, department_id, source_record_id, request_key, created_at, created_by)
					  overriding system value
					  values (:community, :id,
					    (select :prefix || lpad(last::text, greatest(4, length(last::text)), '0') from counter),
					    :kind, :status, :unitId, :unitLabel, :location, :reporterPartyId, :reporterName, :reporterPhone,
					    :reporterStaffId, :description, :convenientTime, :immediate, :category, :warranty, :warrantyUntil, :leak, :safety,
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
			.param("community", s.header().communityId())
			.param("day", Date.valueOf(day))
			.param("prefix", "WO-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-")
			.param("id", s.header().id())
			.param("kind", s.header().kind().name())
			.param("status", s.header().status().name())
			.param("unitId", request.place().unitId())
			.param("unitLabel", request.place().unitLabel())
			.param("location", request.place().location())
			.param("reporterPartyId", request.reporter().partyId())
			.param("reporterName", request.reporter().name())
			.param("reporterPhone", request.reporter().phone())
			.param("reporterStaffId", request.reporter().staffId())
			.param("description", request.description())
			.param("convenientTime", request.convenientTime())
			.param("immediate", request.immediate())
			.param("category", c.category())
			.param("warranty", c.warranty().name())
			.param("warrantyUntil", sqlDate(c.warrantyUntil()))
			.param("leak", c.leak())
			.param("safety", c.safety())
			.param("severity", complaint == null ? null : complaint.severity().name())
			.param("complainedParty", complaint == null ? null : complaint.complainedParty())
			.param("residentWants", complaint == null ? null : complaint.residentWants())
			.param("residentDeadline", complaint == null ? null : sqlDate(complaint.residentDeadline()))
			.param("dueAt", SqlTime.utcOrNull(s.standing().dueAt()))
			.param("departmentId", s.assignment().departmentId())
			.param("sourceRecordId", request.sourceRecordId())
			.param("requestKey", requestKey)
			.param("createdAt", SqlTime.utc(s.header().createdAt()))
			.param("actor", actor)
			.param("actorId", actorId == 0 ? null : actorId)
			.param("action", step.action().name())
			.param("fromStatus", name(step.from()))
			.param("toStatus", step.to().name())
			.param("note", step.note())
			.query(String.class)
			.single();
		o.numbered(number);
	}

	/**
	 * Saves the changed order (refused when someone else saved it first) and appends its
	 * new steps, charges, materials and photos.
	 */
	void save(WorkOrder o, Instant now, long actorId, String actor) {
		WorkOrderSnapshot s = o.snapshot();
		var v = s.visit();
		var out = s.outcome();
		var cl = s.closure();
		var st = s.standing();
		var complaint = s.complaint();
		var contact = complaint == null ? null : complaint.firstContact();
		int updated = jdbc
			.sql("""
					update work_order set status = ?, appointment_at = ?, severity = ?, answer = ?, result = ?, valid = ?,
					  department_id = ?, technician_id = ?, technician_name = ?, hold_reason = ?, status_before_hold = ?,
					  cancel_reason = ?, solution = ?, consent_at = ?, arrived_at = ?, completed_at = ?, leak_test_at = ?,
					  confirmation_code = ?, signed_by = ?, signature_file_id = ?, signed_at = ?, inspected_by = ?,
					  inspected_at = ?, closed_at = ?, due_at = ?, adjustment = ?, adjustment_reason = ?, escalation_level = ?,
					  reopen_count = ?, first_contact_at = ?, first_contact_channel = ?, first_contact_staff_id = ?,
					  first_contact_by = ?, declined = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
			.params(s.header().status().name(), SqlTime.utcOrNull(v.appointmentAt()),
					complaint == null ? null : complaint.severity().name(), out.answer(), out.result(), out.valid(),
					s.assignment().departmentId(), s.assignment().technicianId(), s.assignment().technicianName(),
					name(s.pause().holdReason()), name(s.pause().statusBeforeHold()), s.pause().cancelReason(),
					v.solution(), SqlTime.utcOrNull(v.consentAt()), SqlTime.utcOrNull(v.arrivedAt()),
					SqlTime.utcOrNull(out.completedAt()), SqlTime.utcOrNull(out.leakTestAt()), out.confirmationCode(),
					cl.signedBy(), cl.signatureFileId(), SqlTime.utcOrNull(cl.signedAt()), cl.inspectedBy(),
					SqlTime.utcOrNull(cl.inspectedAt()), SqlTime.utcOrNull(cl.closedAt()),
					SqlTime.utcOrNull(st.dueAt()), st.adjustment(), st.adjustmentReason(), st.escalationLevel(),
					st.reopenCount(), SqlTime.utcOrNull(contact == null ? null : contact.at()),
					contact == null ? null : contact.channel().name(), contact == null ? null : contact.staffId(),
					contact == null ? null : contact.staffName(), s.pause().declined(), s.header().communityId(),
					s.header().id(), s.header().version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		appendSteps(o, now, actorId, actor);
		insertLines(o, now, actor);
		o.saved();
	}

	private void appendSteps(WorkOrder o, Instant now, long actorId, String actor) {
		for (WorkOrder.Step s : o.steps()) {
			jdbc.sql(
					"""
							insert into work_order_step (community_id, work_order_id, occurred_at, actor_staff_id, actor, action,
							  from_status, to_status, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(o.communityId(), o.id(), SqlTime.utc(now), actorId == 0 ? null : actorId, actor,
						s.action().name(), name(s.from()), s.to().name(), s.note())
				.update();
		}
	}

	private void insertLines(WorkOrder o, Instant now, String actor) {
		for (WorkOrder.MaterialUsed m : o.newMaterials()) {
			jdbc.sql("""
					insert into work_order_material (community_id, work_order_id, name, quantity, source, inspected_ok,
					  inspection_note, added_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(o.communityId(), o.id(), m.name(), m.quantity(), m.source().name(), m.inspectedOk(),
						m.inspectionNote(), SqlTime.utc(now))
				.update();
		}
		for (WorkOrderDetail.ChargeLine c : o.newCharges()) {
			jdbc.sql("""
					insert into work_order_charge (community_id, work_order_id, price_code, name, unit, quantity,
					  unit_price, amount, added_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(o.communityId(), o.id(), c.priceCode(), c.name(), c.unit(), c.quantity(), c.unitPrice(),
						c.amount(), SqlTime.utc(now))
				.update();
		}
		for (WorkOrder.PhotoAdded p : o.newPhotos()) {
			jdbc.sql("""
					insert into work_order_photo (community_id, work_order_id, file_id, filename, added_at, added_by)
					values (?, ?, ?, ?, ?, ?)""")
				.params(o.communityId(), o.id(), p.fileId(), p.filename(), SqlTime.utc(now), actor)
				.update();
		}
	}

	/**
	 * Records that a breached deadline escalated the order; false when it already did
	 * (the key decides between concurrent deliveries of the same breach).
	 */
	boolean recordEscalation(WorkOrder o, long deadlineId, int level, Instant now) {
		return jdbc.sql("""
				insert into work_order_escalation (community_id, deadline_id, work_order_id, level, escalated_at)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(o.communityId(), deadlineId, o.id(), level, SqlTime.utc(now))
			.update() == 1;
	}

	BigDecimal chargesTotal(WorkOrder o) {
		return jdbc
			.sql("select coalesce(sum(amount), 0) from work_order_charge where community_id = ? and work_order_id = ?")
			.params(o.communityId(), o.id())
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * How many orders were taken in at the unit (the registry may not delete it then).
	 */
	long countAtUnit(long communityId, long unitId) {
		return jdbc.sql("select count(*) from work_order where community_id = ? and unit_id = ?")
			.params(communityId, unitId)
			.query(Long.class)
			.single();
	}

	/** How many orders the resident reported. */
	long countReportedBy(long communityId, long partyId) {
		return jdbc.sql("select count(*) from work_order where community_id = ? and reporter_party_id = ?")
			.params(communityId, partyId)
			.query(Long.class)
			.single();
	}

}
