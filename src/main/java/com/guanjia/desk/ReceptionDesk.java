package com.guanjia.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.guanjia.desk.ReceptionRecord.Caller;
import com.guanjia.desk.ReceptionRecord.Intake;
import com.guanjia.desk.ReceptionRecord.UnitRef;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.time.BackEntry;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.scheduling.DeadlineKind;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.FirstContactView;
import com.guanjia.workorders.FirstContacts;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.Severity;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reception log (R2): record, hand to a specialist with an agreed reply time (R2.2),
 * reply, archive; and turn a record into a work order with everything carried over. Each
 * method checks the caller, loads the {@link ReceptionRecord}, lets it take the step and
 * commits it: saved with its history, audited, its events published — one transaction.
 */
@Service
@Transactional
@NamedInterface("api")
public class ReceptionDesk {

	static final String SUBJECT = "RECEPTION";

	private final ReceptionRecordRepository records;

	private final CommunityScope scope;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final WorkOrderIntake intake;

	private final Deadlines deadlines;

	private final CommunityDirectory communities;

	private final IdempotencyKeys keys;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BackEntry backEntry;

	private final FirstContacts firstContacts;

	ReceptionDesk(ReceptionRecordRepository records, CommunityScope scope, UnitManagement units,
			ResidentDirectory residents, WorkOrderIntake intake, Deadlines deadlines, CommunityDirectory communities,
			IdempotencyKeys keys, AuditTrail audit, ApplicationEventPublisher events, Clock clock, BackEntry backEntry,
			FirstContacts firstContacts) {
		this.firstContacts = firstContacts;
		this.backEntry = backEntry;
		this.records = records;
		this.scope = scope;
		this.units = units;
		this.residents = residents;
		this.intake = intake;
		this.deadlines = deadlines;
		this.communities = communities;
		this.keys = keys;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a visit or call; the same request key (a double submit) records once and
	 * answers the first record.
	 */
	public ReceptionView record(long communityId, RecordVisit command) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		command.validate();
		Instant now = clock.instant();
		Problems p = new Problems();
		Instant received = backEntry.receivedAt(command.receivedAt(), now, "receivedAt", p);
		p.throwIfAny();
		String key = blank(command.requestKey());
		if (key != null) {
			keys.claim(communityId, "desk", key, "record-visit", command);
			var existing = records.idByRequestKey(communityId, key);
			if (existing.isPresent()) {
				return get(existing.get());
			}
		}
		ResidentSummary resident = command.partyId() == null ? null
				: residents.find(PartyId.of(communityId, command.partyId()))
					.orElseThrow(() -> ValidationException.of("partyId", "validation.resident.unknown"));
		Caller caller = caller(command, resident);
		// Seed 000: "如需回复的，应问清楚对方联系电话并清晰登记" — a record the resident waits for has
		// a number to call back (issue 10 item 10, R2.3).
		if (command.needsReply() && caller.phone() == null) {
			throw ValidationException.of("callerPhone", "validation.callbackPhone.required");
		}
		boolean backEntered = BackEntry.backEntered(received, now);
		Intake taken = new Intake(Objects.requireNonNull(command.channel()), caller,
				unit(communityId, command, resident), command.question().strip(), blank(command.result()),
				scope.actor(), scope.staffId() == 0 ? null : scope.staffId(), received, key, backEntered ? now : null);
		ReceptionView saved = commit(
				ReceptionRecord.record(records.nextId(), communityId, taken, command.answeredOnTheSpot()));
		if (backEntered) {
			audit.record(communityId, "reception_record", saved.id(), "backEntered", "received " + received);
		}
		return saved;
	}

	/**
	 * A question for a specialist (R2.2): who handles it and the reply time agreed with
	 * the resident; the agent's reply clock starts.
	 */
	public ReceptionView handle(long id, @Nullable String handler, @Nullable Instant agreedReplyAt) {
		Problems p = new Problems();
		p.text("handler", handler, 50);
		p.required("agreedReplyAt", agreedReplyAt);
		p.check(agreedReplyAt == null || agreedReplyAt.isAfter(clock.instant()), "agreedReplyAt",
				"validation.appointment.past");
		p.throwIfAny();
		ReceptionRecord r = load(id);
		r.handle(handler.strip(), agreedReplyAt, clock.instant());
		deadlines.startUntil(r.communityId(), subject(r), DeadlineKind.REPLY, "DESK.REPLY", agreedReplyAt,
				r.intake().agentStaffId(), 0);
		return commit(r);
	}

	public ReceptionView reply(long id, @Nullable String reply) {
		new Problems().text("reply", reply, 2000).throwIfAny();
		ReceptionRecord r = load(id);
		r.reply(reply.strip(), clock.instant());
		deadlines.meet(r.communityId(), subject(r), DeadlineKind.REPLY);
		return commit(r);
	}

	public ReceptionView archive(long id) {
		ReceptionRecord r = load(id);
		r.archive(clock.instant());
		return commit(r);
	}

	/**
	 * One action: the record becomes a work order carrying the caller, unit and question
	 * over.
	 */
	public ReceptionView toWorkOrder(long id, @Nullable WorkOrderKind kind, @Nullable String category,
			@Nullable Severity severity, boolean immediate, @Nullable String convenientTime) {
		ReceptionRecord r = load(id);
		r.check(ReceptionAction.ORDER);
		Intake in = r.intake();
		UnitRef unit = in.unit();
		// Where the work is, for a kind worked in a public place: the kind's profile says
		// so (WorkOrderKind#inPublicPlace), whichever kind it is.
		String location = kind == null || !kind.inPublicPlace() ? null : unit == null ? in.question() : unit.label();
		Caller caller = in.caller();
		// A record taken without a caller (a patrol, an anonymous report) is reported by
		// the agent who recorded it (issue 10 item 14).
		boolean noCaller = caller.partyId() == null && caller.name() == null && caller.phone() == null;
		WorkOrderView order = intake.open(r.communityId(),
				OpenWorkOrder.of(kind)
					.unit(unit == null ? null : unit.id())
					.location(location)
					.reporter(caller.partyId(), caller.name(), caller.phone())
					.reportedByStaff(noCaller ? in.agentStaffId() : null)
					.description(in.question())
					.convenientTime(convenientTime)
					.immediate(immediate)
					.category(category)
					.severity(severity)
					.sourceRecord(r.id())
					// A back-entered record's order counts from when it was received.
					.receivedAt(in.backEntered() ? in.at() : null)
					.requestKey("desk:" + r.id())
					.build());
		r.order(order.id(), order.number(), clock.instant());
		return commit(r);
	}

	/**
	 * The work order made from a record was closed: the resident has had the answer, so
	 * the reply clock agreed for the record (R2.2) is met too — else it would breach and
	 * remind the agent of a reply already given.
	 */
	void orderClosed(long communityId, long workOrderId) {
		records.lockByWorkOrder(communityId, workOrderId)
			.filter(r -> r.allows(ReceptionAction.ORDER_DONE))
			.ifPresent(r -> {
				r.orderDone(clock.instant());
				deadlines.meet(r.communityId(), subject(r), DeadlineKind.REPLY);
				commit(r);
			});
	}

	@Transactional(readOnly = true)
	public ReceptionView get(long id) {
		scope.require(Permission.DESK_WRITE);
		return view(
				records.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("receptionRecord", id)));
	}

	/** The day's log of a community (in its zone), newest first. */
	@Transactional(readOnly = true)
	public List<ReceptionView> day(long communityId, LocalDate day) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		ZoneId zone = communities.timeZone(communityId);
		return views(communityId, records.createdBetween(communityId, day.atStartOfDay(zone).toInstant(),
				day.plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/**
	 * The agent's queue (R2.2): replies that are agreed and not yet given, the earliest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<ReceptionView> queue(long communityId, boolean mineOnly) {
		scope.require(Permission.DESK_WRITE);
		scope.require(communityId);
		return views(communityId, records.awaitingReply(communityId, mineOnly, scope.staffId()));
	}

	public LocalDate today(long communityId) {
		return clock.instant().atZone(communities.timeZone(communityId)).toLocalDate();
	}

	// --- plumbing ----------------------------------------------------------------------

	/** The record, locked, when the caller may see it (404 otherwise). */
	private ReceptionRecord load(long id) {
		scope.require(Permission.DESK_WRITE);
		return records.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("receptionRecord", id));
	}

	/**
	 * Saves the record with its new history, audits each step and publishes its events.
	 */
	private ReceptionView commit(ReceptionRecord r) {
		records.save(r, scope.actor());
		for (ReceptionRecord.Step step : r.steps()) {
			audit.record(r.communityId(), "reception_record", r.id(), step.action().name().toLowerCase(Locale.ROOT),
					step.note());
		}
		r.events().forEach(events::publishEvent);
		r.saved();
		return view(r);
	}

	private ReceptionView view(ReceptionRecord r) {
		return views(r.communityId(), List.of(r)).get(0);
	}

	/**
	 * The records as shown, each with the first contact of the work order made from it
	 * (R4.3), read through the work orders' API in one go.
	 */
	private List<ReceptionView> views(long communityId, List<ReceptionRecord> list) {
		Map<Long, FirstContactView> contacts = firstContacts.of(communityId,
				list.stream()
					.map(ReceptionRecord::workOrder)
					.filter(Objects::nonNull)
					.map(ReceptionRecord.OrderRef::id)
					.toList());
		boolean phones = scope.has(Permission.PHONE_VIEW);
		return list.stream().map(r -> {
			var order = r.workOrder();
			return ReceptionView.of(r, phones, order == null ? null : contacts.get(order.id()));
		}).toList();
	}

	private static Deadlines.Subject subject(ReceptionRecord r) {
		return Deadlines.Subject.of(SUBJECT, r.id());
	}

	/**
	 * The caller as typed; a registered resident found with the search box brings the
	 * name and phone the agent left empty.
	 */
	private static Caller caller(RecordVisit command, @Nullable ResidentSummary resident) {
		String name = blank(command.callerName());
		String phone = blank(command.callerPhone()) == null ? null : PhoneNumber.normalize(command.callerPhone());
		if (resident != null) {
			if (name == null) {
				name = resident.name();
			}
			if (phone == null) {
				phone = resident.phones()
					.stream()
					.map(PhoneNumber::normalize)
					.filter(Objects::nonNull)
					.findFirst()
					.orElse(null);
			}
		}
		return new Caller(command.partyId(), name, phone);
	}

	/** The unit named, or a registered resident's only unit. */
	private @Nullable UnitRef unit(long communityId, RecordVisit command, @Nullable ResidentSummary resident) {
		Long unitId = command.unitId();
		if (unitId == null && resident != null && resident.units().size() == 1) {
			unitId = resident.units().get(0).unitId();
		}
		if (unitId == null) {
			return null;
		}
		UnitView unit = units.find(UnitId.of(communityId, unitId))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		return new UnitRef(unit.id(), unit.label());
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
