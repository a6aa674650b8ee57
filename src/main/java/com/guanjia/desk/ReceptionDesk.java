package com.guanjia.desk;

import com.guanjia.shared.Masking;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reception log (R2): record, hand to a specialist with an agreed reply time (R2.2),
 * reply, archive; and turn a record into a work order with everything carried over. Each
 * step is one transaction, audited, and appended to the record's history.
 */
@Service
@Transactional
public class ReceptionDesk {

	static final String SUBJECT = "RECEPTION";

	private static final String COLUMNS = """
			id, community_id, channel, status, party_id, caller_name, caller_phone, unit_id, unit_label, question, result,
			handler, agreed_reply_at, reply, replied_at, archived_at, work_order_id, work_order_number, agent,
			agent_staff_id, created_at, version""";

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final UnitManagement units;

	private final WorkOrderIntake intake;

	private final Deadlines deadlines;

	private final CommunityDirectory communities;

	private final AuditTrail audit;

	private final Clock clock;

	private final ResidentDirectory residents;

	ReceptionDesk(JdbcClient jdbc, CommunityScope scope, UnitManagement units, WorkOrderIntake intake,
			Deadlines deadlines, CommunityDirectory communities, AuditTrail audit, Clock clock,
			ResidentDirectory residents) {
		this.residents = residents;
		this.jdbc = jdbc;
		this.scope = scope;
		this.units = units;
		this.intake = intake;
		this.deadlines = deadlines;
		this.communities = communities;
		this.audit = audit;
		this.clock = clock;
	}

	public ReceptionView record(long communityId, RecordVisit command) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		command.validate();
		String key = command.requestKey() == null || command.requestKey().isBlank() ? null
				: command.requestKey().strip();
		if (key != null) {
			jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
				.params((int) communityId, "desk:" + key)
				.query(rs -> {
				});
			Optional<Long> existing = jdbc
				.sql("select id from reception_record where community_id = ? and request_key = ?")
				.params(communityId, key)
				.query(Long.class)
				.optional();
			if (existing.isPresent()) {
				return find(List.of(communityId), existing.get()).orElseThrow();
			}
		}
		String callerName = blank(command.callerName());
		String callerPhone = command.callerPhone() == null || command.callerPhone().isBlank() ? null
				: PhoneNumber.normalize(command.callerPhone());
		Long unitId = command.unitId();
		if (command.partyId() != null) {
			// A registered resident found with the search box: name, phone and (single)
			// unit come along.
			ResidentSummary resident = residents.find(PartyId.of(communityId, command.partyId()))
				.orElseThrow(() -> ValidationException.of("partyId", "validation.resident.unknown"));
			if (callerName == null) {
				callerName = resident.name();
			}
			if (callerPhone == null) {
				callerPhone = resident.phones()
					.stream()
					.map(PhoneNumber::normalize)
					.filter(java.util.Objects::nonNull)
					.findFirst()
					.orElse(null);
			}
			if (unitId == null && resident.units().size() == 1) {
				unitId = resident.units().get(0).unitId();
			}
		}
		UnitView unit = null;
		if (unitId != null) {
			unit = units.find(UnitId.of(communityId, unitId))
				.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		}
		boolean answered = command.answeredOnTheSpot();
		Instant now = clock.instant();
		long id = jdbc
			.sql("""
					insert into reception_record (community_id, channel, status, party_id, caller_name, caller_phone, unit_id,
					  unit_label, question, result, reply, replied_at, agent, agent_staff_id, created_at, request_key)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, command.channel().name(),
					(answered ? ReceptionStatus.REPLIED : ReceptionStatus.RECORDED).name(), command.partyId(),
					callerName, callerPhone, unit == null ? null : unit.id(), unit == null ? null : unit.label(),
					command.question().strip(), blank(command.result()), answered ? command.result().strip() : null,
					answered ? utc(now) : null, scope.actor(), scope.staffId() == 0 ? null : scope.staffId(), utc(now),
					key)
			.query(Long.class)
			.single();
		step(communityId, id, "RECORD", command.channel().name());
		if (answered) {
			step(communityId, id, "REPLY", command.result());
		}
		return get(id);
	}

	/**
	 * A question for a specialist (R2.2): who handles it and the reply time agreed with
	 * the resident.
	 */
	public ReceptionView handle(long id, @Nullable String handler, @Nullable Instant agreedReplyAt) {
		Problems p = new Problems();
		p.text("handler", handler, 50);
		p.required("agreedReplyAt", agreedReplyAt);
		p.check(agreedReplyAt == null || agreedReplyAt.isAfter(clock.instant()), "agreedReplyAt",
				"validation.appointment.past");
		p.throwIfAny();
		ReceptionView r = load(id);
		require(r, ReceptionStatus.RECORDED, "HANDLE");
		update(r,
				"update reception_record set status = 'HANDLING', handler = ?, agreed_reply_at = ?, version = version + 1"
						+ " where community_id = ? and id = ? and version = ?",
				handler.strip(), utc(agreedReplyAt));
		deadlines.startUntil(r.communityId(), Deadlines.Subject.of(SUBJECT, id), DeadlineKind.REPLY, "DESK.REPLY",
				agreedReplyAt, staffOf(r), 0);
		step(r.communityId(), id, "HANDLE", handler.strip());
		return get(id);
	}

	public ReceptionView reply(long id, @Nullable String reply) {
		new Problems().text("reply", reply, 2000).throwIfAny();
		ReceptionView r = load(id);
		if (r.status() != ReceptionStatus.RECORDED && r.status() != ReceptionStatus.HANDLING) {
			throw illegal(r, "REPLY");
		}
		update(r, "update reception_record set status = 'REPLIED', reply = ?, replied_at = ?, version = version + 1"
				+ " where community_id = ? and id = ? and version = ?", reply.strip(), utc(clock.instant()));
		deadlines.meet(r.communityId(), Deadlines.Subject.of(SUBJECT, id), DeadlineKind.REPLY);
		step(r.communityId(), id, "REPLY", reply.strip());
		return get(id);
	}

	public ReceptionView archive(long id) {
		ReceptionView r = load(id);
		require(r, ReceptionStatus.REPLIED, "ARCHIVE");
		update(r, "update reception_record set status = 'ARCHIVED', archived_at = ?, version = version + 1"
				+ " where community_id = ? and id = ? and version = ?", utc(clock.instant()));
		step(r.communityId(), id, "ARCHIVE", null);
		return get(id);
	}

	/**
	 * One action: the record becomes a work order carrying the caller, unit and question
	 * over.
	 */
	public ReceptionView toWorkOrder(long id, @Nullable WorkOrderKind kind, @Nullable String category,
			@Nullable Severity severity, boolean immediate, @Nullable String convenientTime) {
		ReceptionView r = load(id);
		if (r.workOrderId() != null) {
			throw new RuleViolationException("desk.alreadyOrdered", r.workOrderNumber());
		}
		if (r.status() == ReceptionStatus.ARCHIVED) {
			throw illegal(r, "ORDER");
		}
		String phone = jdbc.sql("select caller_phone from reception_record where community_id = ? and id = ?")
			.params(r.communityId(), id)
			.query(String.class)
			.optional()
			.orElse(null);
		WorkOrderView order = intake.open(r.communityId(),
				new OpenWorkOrder(kind, r.unitId(),
						kind == WorkOrderKind.PUBLIC_REPAIR ? r.unitLabel() == null ? r.question() : r.unitLabel()
								: null,
						r.partyId(), r.callerName(), phone, r.question(), convenientTime, immediate, category, severity,
						null, null, null, id, "desk:" + id));
		update(r,
				"update reception_record set status = 'HANDLING', work_order_id = ?, work_order_number = ?,"
						+ " version = version + 1 where community_id = ? and id = ? and version = ?",
				order.id(), order.number());
		step(r.communityId(), id, "ORDER", order.number());
		return get(id);
	}

	/** The work order made from a record was closed: the resident has had the answer. */
	void orderClosed(long communityId, long workOrderId, String number) {
		jdbc.sql(
				"""
						update reception_record set status = 'REPLIED', reply = coalesce(reply, ?), replied_at = coalesce(replied_at, ?),
						  version = version + 1
						where community_id = ? and work_order_id = ? and status in ('RECORDED', 'HANDLING')""")
			.params("工单 " + number + " 已完结", utc(clock.instant()), communityId, workOrderId)
			.update();
	}

	@Transactional(readOnly = true)
	public ReceptionView get(long id) {
		scope.require(Permission.DESK_WRITE);
		return find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("receptionRecord", id));
	}

	/** The day's log of a community (in its zone), newest first. */
	@Transactional(readOnly = true)
	public List<ReceptionView> day(long communityId, LocalDate day) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		ZoneId zone = communities.timeZone(communityId);
		return jdbc
			.sql("select " + COLUMNS + " from reception_record where community_id = ? and created_at >= ?"
					+ " and created_at < ? order by id desc limit 500")
			.params(communityId, utc(day.atStartOfDay(zone).toInstant()),
					utc(day.plusDays(1).atStartOfDay(zone).toInstant()))
			.query(this::map)
			.list();
	}

	/**
	 * The agent's queue (R2.2): replies that are agreed and not yet given, the earliest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<ReceptionView> queue(long communityId, boolean mineOnly) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		return jdbc.sql("select " + COLUMNS + " from reception_record where community_id = ? and status = 'HANDLING'"
				+ " and agreed_reply_at is not null and (? = false or agent_staff_id = ?) order by agreed_reply_at, id")
			.params(communityId, mineOnly, scope.staffId())
			.query(this::map)
			.list();
	}

	public LocalDate today(long communityId) {
		return clock.instant().atZone(communities.timeZone(communityId)).toLocalDate();
	}

	// --- plumbing ----------------------------------------------------------------------

	private ReceptionView load(long id) {
		scope.require(Permission.DESK_WRITE);
		return jdbc
			.sql("select " + COLUMNS + " from reception_record where community_id = any(?) and id = ? for update")
			.params(scope.allowedIds().toArray(Long[]::new), id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("receptionRecord", id));
	}

	private Optional<ReceptionView> find(List<Long> communities, long id) {
		return jdbc.sql("select " + COLUMNS + " from reception_record where community_id = any(?) and id = ?")
			.params(communities.toArray(Long[]::new), id)
			.query(this::map)
			.optional();
	}

	private @Nullable Long staffOf(ReceptionView r) {
		return jdbc.sql("select agent_staff_id from reception_record where community_id = ? and id = ?")
			.params(r.communityId(), r.id())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private void update(ReceptionView r, String sql, Object... values) {
		Object[] params = new Object[values.length + 3];
		System.arraycopy(values, 0, params, 0, values.length);
		params[values.length] = r.communityId();
		params[values.length + 1] = r.id();
		params[values.length + 2] = r.version();
		if (jdbc.sql(sql).params(params).update() == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private void require(ReceptionView r, ReceptionStatus status, String action) {
		if (r.status() != status) {
			throw illegal(r, action);
		}
	}

	private static RuleViolationException illegal(ReceptionView r, String action) {
		return new RuleViolationException("desk.illegal", resolvable("desk.action." + action),
				resolvable(r.status().messageKey()));
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private void step(long communityId, long id, String action, @Nullable String note) {
		jdbc.sql("""
				insert into reception_step (community_id, record_id, occurred_at, actor, action, note)
				values (?, ?, ?, ?, ?, ?)""")
			.params(communityId, id, utc(clock.instant()), scope.actor(), action, note)
			.update();
		audit.record(communityId, "reception_record", id, action.toLowerCase(java.util.Locale.ROOT), note);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant i) {
		return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String c) throws SQLException {
		Timestamp t = rs.getTimestamp(c);
		return t == null ? null : t.toInstant();
	}

	private ReceptionView map(ResultSet rs, int row) throws SQLException {
		String phone = rs.getString("caller_phone");
		if (phone != null && !scope.has(Permission.PHONE_VIEW)) {
			phone = Masking.phone(phone);
		}
		return new ReceptionView(rs.getLong("id"), rs.getLong("community_id"), Channel.valueOf(rs.getString("channel")),
				ReceptionStatus.valueOf(rs.getString("status")), (Long) rs.getObject("party_id"),
				rs.getString("caller_name"), phone, (Long) rs.getObject("unit_id"), rs.getString("unit_label"),
				rs.getString("question"), rs.getString("result"), rs.getString("handler"),
				instant(rs, "agreed_reply_at"), rs.getString("reply"), instant(rs, "replied_at"),
				instant(rs, "archived_at"), (Long) rs.getObject("work_order_id"), rs.getString("work_order_number"),
				rs.getString("agent"), instant(rs, "created_at"), rs.getInt("version"));
	}

}
