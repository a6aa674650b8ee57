package com.guanjia.carpark;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.guanjia.access.DepartmentKind;
import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * The car park's shift handover log (R12.4, seed 001 11.2 停车场值班交接班登记表): a guard opens the
 * shift's log, hands it over with the form filled in — the fees written down are compared
 * with the shift's receipts, counted from the cashier's receipts of the gate in the
 * shift's time; the vehicles held during the shift are listed with it (R12.3) — and the
 * director signs: the lead of the community's security department (安保部主任) or the manager.
 * The log's steps are {@link ShiftLog}'s.
 */
@Service
@Transactional
@NamedInterface("api")
public class ShiftLogs {

	private static final DateTimeFormatter NUMBER_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	/** A shift starts: its name (白班, 夜班…) and post (岗), and for a 补录 when. */
	@NamedInterface("api")
	public record OpenShift(@Nullable String shiftName, @Nullable String post, @Nullable Instant at) {
	}

	private final ShiftLogRepository logs;

	private final ParkingFeeRepository fees;

	private final HeldVehicleRepository held;

	private final StaffManagement staff;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	ShiftLogs(ShiftLogRepository logs, ParkingFeeRepository fees, HeldVehicleRepository held, StaffManagement staff,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, GateTime time) {
		this.logs = logs;
		this.fees = fees;
		this.held = held;
		this.staff = staff;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	/** The shift starts its log; one is open per community at a time (409 otherwise). */
	public ShiftLogView open(long communityId, OpenShift command) {
		scope.require(Permission.CARPARK_GATE);
		scope.require(communityId);
		Problems p = new Problems();
		p.text("shiftName", command.shiftName(), 20);
		p.text("post", command.post(), 30);
		Instant at = recordedAt(p, command.at());
		p.throwIfAny();
		long id = logs.nextId();
		String number = NUMBER_DAY.format(time.dayOf(communityId, at)) + "-" + id;
		ShiftLog log = ShiftLog.open(id, communityId, number, command.shiftName().strip(), command.post().strip(), at,
				scope.actor());
		return commit(log);
	}

	/**
	 * Hands the shift over: the form's fields, and the shift's receipts counted from its
	 * opening to now; fees that differ from them must be explained in the notes.
	 */
	public ShiftLogView close(long logId, CloseShift command, @Nullable Instant at) {
		scope.require(Permission.CARPARK_GATE);
		command.validate();
		Problems p = new Problems();
		Instant closeAt = recordedAt(p, at);
		p.throwIfAny();
		ShiftLog log = load(logId);
		log.check(ShiftAction.CLOSE);
		if (!closeAt.isAfter(log.openedAt())) {
			throw new com.guanjia.shared.RuleViolationException("carpark.shift.closeBeforeOpen");
		}
		ParkingFeeRepository.Totals counted = fees.gateTotals(log.communityId(), log.openedAt(), closeAt);
		log.close(new ShiftLog.Handover(command.handedOverBy().strip(), command.takenOverBy().strip(),
				EnterVehicle.strip(command.events()), command.radios(), command.keys(), command.batons(),
				command.torches(), Money.of(command.fees()), command.tickets(), EnterVehicle.strip(command.notes())),
				new ShiftLog.Receipts(counted.count(), counted.amount()), closeAt, scope.actor());
		return commit(log);
	}

	/**
	 * The director signs (主任签字): the lead of the community's security department, or the
	 * manager; never the guard who handed the shift over.
	 */
	public ShiftLogView sign(long logId) {
		ShiftLog log = logs.lock(scope.allowedIds(), logId).orElseThrow(() -> new NotFoundException("shiftLog", logId));
		if (!maySign(log.communityId())) {
			throw new AccessDeniedException("only the security department's lead or the manager signs");
		}
		String name = staff.displayName(scope.staffId()).orElse(scope.actor());
		log.sign(name, time.now(), scope.actor());
		return commit(log);
	}

	/** Whether the caller signs a community's logs as its director. */
	@Transactional(readOnly = true)
	public boolean maySign(long communityId) {
		if (scope.has(Permission.CARPARK_ADMIN)) {
			return scope.allows(communityId);
		}
		long me = scope.staffId();
		return me != 0 && scope.allows(communityId)
				&& staff.department(communityId, DepartmentKind.SECURITY)
					.map(DepartmentView::leadStaffId)
					.filter(lead -> lead == me)
					.isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<ShiftLogView> current(long communityId) {
		requireReader();
		scope.require(communityId);
		return logs.openOf(communityId).map(this::view);
	}

	@Transactional(readOnly = true)
	public ShiftLogView get(long logId) {
		requireReader();
		return view(logs.find(scope.allowedIds(), logId).orElseThrow(() -> new NotFoundException("shiftLog", logId)));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long logId) {
		ShiftLogView log = get(logId);
		return logs.history(log.communityId(), logId);
	}

	@Transactional(readOnly = true)
	public List<ShiftLogView> recent(long communityId) {
		requireReader();
		scope.require(communityId);
		return logs.recent(communityId, 60).stream().map(this::view).toList();
	}

	// --- plumbing ----------------------------------------------------------------------

	private Instant recordedAt(Problems p, @Nullable Instant at) {
		if (at != null && !scope.has(Permission.CARPARK_RELEASE)) {
			throw new AccessDeniedException("only a shift lead records an earlier time");
		}
		return time.recorded(p, "at", at);
	}

	private ShiftLog load(long logId) {
		return logs.lock(scope.allowedIds(), logId).orElseThrow(() -> new NotFoundException("shiftLog", logId));
	}

	private ShiftLogView commit(ShiftLog log) {
		logs.save(log);
		for (Aggregate.Step step : log.steps()) {
			audit.record(log.communityId(), "shift_log", log.id(), step.action().toLowerCase(Locale.ROOT), step.note());
		}
		log.events().forEach(events::publishEvent);
		log.saved();
		return view(log);
	}

	private ShiftLogView view(ShiftLog log) {
		Instant end = log.closedAt() == null ? time.now() : log.closedAt();
		ParkingFeeRepository.Totals soFar = fees.gateTotals(log.communityId(), log.openedAt(), end);
		return ShiftLogView.of(log, new ShiftLog.Receipts(soFar.count(), soFar.amount()),
				fees.gateReceiptNumbers(log.communityId(), log.openedAt(), end),
				held.heldBetween(log.communityId(), log.openedAt(), end).stream().map(HeldView::of).toList());
	}

	private void requireReader() {
		if (!scope.has(Permission.CARPARK_REPORT) && !scope.has(Permission.CARPARK_ADMIN)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

}
