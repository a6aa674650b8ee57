package com.guanjia.movein;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.guanjia.archive.DocumentFiling;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.inspections.ChecklistTemplates;
import com.guanjia.inspections.ChecklistTemplates.ReviseTemplate;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RoundSubject;
import com.guanjia.inspections.RoundView;
import com.guanjia.inspections.Rounds;
import com.guanjia.inspections.ScheduleRound;
import com.guanjia.inspections.Trade;
import com.guanjia.meters.HoldReason;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.movein.MoveInEvents.CustodyExcessFlagged;
import com.guanjia.movein.MoveInEvents.HeavyRainChecksOrdered;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.CommunityId;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody of vacant units (托管, R8.4; seed 002
 * "⑥房屋托管：签订《托管协议》；查抄水表、电表读数，托管期间水表不超过5º，电表不超过20º；
 * 物业管理费按全额的70%收取。每周及大雨前后安排人员对托管房进行户外巡查，发现问题及时处理并通知业主"). The agreement puts the unit in
 * the custodial state — at the end of its move-in case when signed during one, at once
 * for a unit already handed over and vacant — so billing charges the custodial share and
 * meters holds a reading above the custodial limits; such a held reading is flagged on
 * the agreement. The outside checks are rounds of the inspection engine ({@link Rounds},
 * kind {@link RoundKind#CUSTODY}, the unit as subject, the {@value #TEMPLATE} checklist):
 * one per unit and week, and one per unit whenever a butler orders the before- or
 * after-heavy-rain checks for the whole community. Findings are recorded on the round
 * like a patrol's.
 */
@Service
@Transactional
@NamedInterface("api")
public class Custodies {

	/**
	 * The checklist of the outside check, created in each community when first needed.
	 */
	static final String TEMPLATE = "CUSTODY";

	private static final ReviseTemplate CHECKLIST = new ReviseTemplate("托管房屋户外巡查",
			List.of(item("门窗关闭完好，无破损", Trade.ENGINEERING), item("外墙、阳台无渗漏、无异物", Trade.ENGINEERING),
					item("户外水电表无异常走动", Trade.ENGINEERING), item("门口无积水、无异味、无堆放", Trade.CLEANING),
					item("门锁、封条完好", Trade.SECURITY)));

	private final CustodyRepository custody;

	private final MoveInCaseRepository cases;

	private final MoveIns moveIns;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final UnitDocuments archive;

	private final Rounds rounds;

	private final ChecklistTemplates templates;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AdvisoryLocks locks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final StaffNames staffNames;

	Custodies(CustodyRepository custody, MoveInCaseRepository cases, MoveIns moveIns, UnitManagement units,
			ResidentDirectory residents, UnitDocuments archive, Rounds rounds, ChecklistTemplates templates,
			CommunityDirectory communities, CommunityScope scope, AdvisoryLocks locks, AuditTrail audit,
			ApplicationEventPublisher events, java.time.Clock clock, StaffNames staffNames) {
		this.staffNames = staffNames;
		this.custody = custody;
		this.cases = cases;
		this.moveIns = moveIns;
		this.units = units;
		this.residents = residents;
		this.archive = archive;
		this.rounds = rounds;
		this.templates = templates;
		this.communities = communities;
		this.scope = scope;
		this.locks = locks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The custody agreement (托管协议): its period and the keys the management holds. During
	 * the unit's open move-in case it is step ⑥ of the case and the unit becomes
	 * custodial when the case completes; otherwise the unit must be handed over and
	 * vacant, and becomes custodial now. One agreement in force per unit (409).
	 */
	public CustodyView sign(long communityId, SignCustody command) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		command.validate();
		UnitView unit = units.find(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		locks.lockForTransaction(communityId, "custody:" + unit.id());
		if (custody.lockActiveOf(communityId, unit.id()).isPresent()) {
			throw new ConflictException("custody.alreadyActive", unit.label());
		}
		long id = custody.nextId();
		Instant now = clock.instant();
		String owner;
		MoveInCase c = cases.openOf(communityId, unit.id())
			.flatMap(open -> cases.lock(List.of(communityId), open.id()))
			.orElse(null);
		if (c != null) {
			c.custody(id, now);
			owner = c.applicant().ownerName();
		}
		else {
			if (unit.state() != UnitState.VACANT || unit.handoverDate() == null) {
				throw new RuleViolationException("custody.notVacant", unit.label());
			}
			owner = residents.ownersOf(unit.unitId())
				.stream()
				.map(ResidentSummary::name)
				.collect(Collectors.joining("、"));
			if (owner.isEmpty()) {
				throw ValidationException.of("unitId", "movein.owner.none", unit.label());
			}
		}
		CustodyAgreement a = CustodyAgreement.sign(id, communityId, unit.id(), unit.label(), c == null ? null : c.id(),
				owner.length() > 100 ? owner.substring(0, 100) : owner,
				new CustodyAgreement.Terms(command.validFrom(), command.validUntil(), command.keysHeld().strip()), now,
				scope.actor());
		CustodyView view = commit(a);
		if (c != null) {
			moveIns.commit(c);
		}
		else {
			units.changeState(unit.unitId(), UnitState.CUSTODIAL);
		}
		archive.file(unit.unitId(), DocumentFiling.form(DocumentType.CUSTODY_AGREEMENT,
				unit.label() + " · custody #" + id, "/custody/" + id, "custody:" + id), "form");
		planWeek(a, now);
		return view;
	}

	/**
	 * The owner takes the unit back: it is occupied (the owner moves in) or vacant from
	 * now on. A unit whose case has not completed yet keeps its state for the case, and
	 * the case follows: its step ⑥ is undone, so the unit is not handed over into custody
	 * (the case decides occupied or vacant when it completes).
	 */
	public CustodyView end(long id, @Nullable String reason, boolean movingIn) {
		new Problems().text("reason", reason, 200).throwIfAny();
		CustodyAgreement a = load(id);
		UnitState state = movingIn ? UnitState.OCCUPIED : UnitState.VACANT;
		Instant now = clock.instant();
		a.end(reason.strip(), state, now);
		UnitId unit = UnitId.of(a.communityId(), a.unitId());
		if (units.find(unit).map(u -> u.state() == UnitState.CUSTODIAL).orElse(false)) {
			units.changeState(unit, state);
		}
		CustodyView view = commit(a);
		openCaseOf(a).ifPresent(c -> {
			c.custodyEnded(a.id(), now);
			moveIns.commit(c);
		});
		return view;
	}

	/**
	 * The open move-in case the agreement was signed for, while it still counts on it.
	 */
	private Optional<MoveInCase> openCaseOf(CustodyAgreement a) {
		Long caseId = a.caseId();
		if (caseId == null) {
			return Optional.empty();
		}
		return cases.lock(List.of(a.communityId()), caseId)
			.filter(c -> c.allows(MoveInAction.END_CUSTODY) && Long.valueOf(a.id()).equals(c.custodyId()));
	}

	/** An excess flagged on the agreement was explained: cleared with the note. */
	public CustodyView clearExcess(long id, long excessId, @Nullable String note) {
		new Problems().text("note", note, 200).throwIfAny();
		CustodyAgreement a = load(id);
		a.check(CustodyAction.CLEAR_EXCESS);
		if (!custody.clearExcess(a.communityId(), a.id(), excessId, note.strip(), scope.actor(), clock.instant())) {
			throw new NotFoundException("custodyExcess", excessId);
		}
		a.clearExcess(excessId, note.strip(), clock.instant());
		return commit(a);
	}

	/**
	 * A butler orders the before- or after-heavy-rain check of every unit in custody in
	 * the community at once ("大雨前后"): one round per unit, due within the next hours.
	 * Refused when no unit is in custody; answers how many checks were ordered.
	 */
	public int orderHeavyRainChecks(long communityId, @Nullable HeavyRain when) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		new Problems().required("when", when).throwIfAny();
		Instant now = clock.instant();
		LocalDate today = today(communityId);
		List<CustodyAgreement> kept = custody.active(communityId).stream().filter(a -> a.inForceOn(today)).toList();
		if (kept.isEmpty()) {
			throw new RuleViolationException("custody.noneActive");
		}
		long order = custody.orderRain(communityId, when.name(), now, scope.actor(), kept.size());
		Duration window = when == HeavyRain.BEFORE ? Duration.ofHours(12) : Duration.ofHours(24);
		for (CustodyAgreement a : kept) {
			schedule(a, "custody:rain:" + order + ":" + a.id(), when == HeavyRain.BEFORE ? "托管房大雨前户外巡查" : "托管房大雨后户外巡查",
					now, now.plus(window));
		}
		audit.record(communityId, "custody_rain_order", order, "order", when.name() + " " + kept.size());
		events.publishEvent(new HeavyRainChecksOrdered(communityId, order, when.name(), kept.size()));
		return kept.size();
	}

	// --- reads -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public CustodyView get(long id) {
		scope.require(Permission.MOVEIN_WRITE);
		CustodyAgreement a = custody.find(scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("custody", id));
		return full(a);
	}

	@Transactional(readOnly = true)
	public List<MoveInHistoryLine> history(long id) {
		CustodyView a = get(id);
		return staffNames.named(custody.history(a.communityId(), a.id()));
	}

	/** The community's agreements, those in force first. */
	@Transactional(readOnly = true)
	public List<CustodyView> list(long communityId) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		var open = custody.openExcesses(communityId);
		return custody.list(communityId)
			.stream()
			.map(a -> CustodyView.of(a, open.getOrDefault(a.id(), 0), List.of(), List.of()))
			.toList();
	}

	/**
	 * A unit's agreements, newest first, with their checks; 404 outside the caller's
	 * communities.
	 */
	@Transactional(readOnly = true)
	public List<CustodyView> ofUnit(long unitId) {
		scope.require(Permission.MOVEIN_WRITE);
		UnitView unit = units.get(unitId);
		return custody.ofUnit(unit.communityId(), unit.id()).stream().map(this::full).toList();
	}

	// --- for the job and the listener (no caller) --------------------------------------

	List<Long> communitiesWithCustody() {
		return custody.communitiesWithCustody();
	}

	/** This week's outside check of every unit kept in the community (once per week). */
	int planWeek(long communityId, Instant now) {
		int planned = 0;
		for (CustodyAgreement a : custody.active(communityId)) {
			planned += planWeek(a, now) ? 1 : 0;
		}
		return planned;
	}

	/**
	 * A reading meters held because the custodial unit used more than it may (R7.2) is
	 * flagged on the unit's agreement in force, once however often it is delivered.
	 */
	void flag(ReadingHeld held) {
		if (held.reason() != HoldReason.CUSTODIAL_LIMIT || held.unitId() == null) {
			return;
		}
		custody.lockActiveOf(held.communityId(), held.unitId())
			.ifPresent(a -> custody
				.flagExcess(held.communityId(), a.id(), held.readingId(), held.meterCode(), clock.instant())
				.ifPresent(excess -> {
					audit.record(a.communityId(), "custody_agreement", a.id(), "excess",
							a.unitLabel() + " " + held.meterCode());
					events.publishEvent(new CustodyExcessFlagged(a.communityId(), a.id(), a.unitId(), a.unitLabel(),
							held.meterCode(), held.readingId()));
				}));
	}

	private boolean planWeek(CustodyAgreement a, Instant now) {
		ZoneId zone = communities.timeZone(a.communityId());
		LocalDate today = LocalDate.ofInstant(now, zone);
		if (!a.inForceOn(today)) {
			return false;
		}
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		schedule(a, "custody:weekly:" + a.id() + ":" + monday, "托管房每周户外巡查", monday.atStartOfDay(zone).toInstant(),
				monday.plusWeeks(1).atStartOfDay(zone).toInstant());
		return true;
	}

	/** The round's title is data kept with the round, in the community's language. */
	private void schedule(CustodyAgreement a, String key, String what, Instant from, Instant until) {
		CommunityId community = CommunityId.of(a.communityId());
		templates.ensure(community, TEMPLATE, CHECKLIST);
		rounds.schedule(new ScheduleRound(community, RoundKind.CUSTODY, key, a.unitLabel() + " " + what,
				new RoundSubject(RoundSubject.UNIT, a.unitId(), a.unitLabel()), null, null,
				List.of(new ScheduleRound.Stop(a.unitLabel(), TEMPLATE, null, null)), null, from, until));
	}

	private CustodyView full(CustodyAgreement a) {
		List<CustodyView.Excess> excesses = custody.excesses(a.communityId(), a.id());
		List<CustodyView.Check> checks = rounds.ofSubject(a.communityId(), RoundSubject.UNIT, a.unitId())
			.stream()
			.filter(r -> r.kind() == RoundKind.CUSTODY && !r.windowEnd().isBefore(a.signedAt()))
			.map(Custodies::check)
			.toList();
		return CustodyView.of(a, (int) excesses.stream().filter(CustodyView.Excess::open).count(), excesses, checks);
	}

	private static CustodyView.Check check(RoundView r) {
		return new CustodyView.Check(r.id(), r.title(), r.windowStart(), r.windowEnd(), r.done(), r.missed(),
				r.failedItems());
	}

	private CustodyAgreement load(long id) {
		scope.require(Permission.MOVEIN_WRITE);
		return custody.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("custody", id));
	}

	private CustodyView commit(CustodyAgreement a) {
		custody.save(a, scope.actor());
		for (CustodyAgreement.Step step : a.steps()) {
			audit.record(a.communityId(), "custody_agreement", a.id(), step.action().name().toLowerCase(Locale.ROOT),
					a.unitLabel() + (step.note() == null ? "" : " " + step.note()));
		}
		a.events().forEach(events::publishEvent);
		a.saved();
		return full(a);
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	private static ReviseTemplate.Item item(String text, Trade trade) {
		return new ReviseTemplate.Item(text, trade, BigDecimal.ONE);
	}

	/**
	 * The agreement as staff enter it: the unit, the case if during one, period and keys.
	 */
	@NamedInterface("api")
	public record SignCustody(@Nullable Long unitId, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil,
			@Nullable String keysHeld) {

		void validate() {
			Problems p = new Problems();
			p.required("unitId", unitId).required("validFrom", validFrom).text("keysHeld", keysHeld, 300);
			p.check(validFrom == null || validUntil == null || !validUntil.isBefore(validFrom), "validUntil",
					"custody.period.invalid");
			p.throwIfAny();
		}

	}

}
