package com.guanjia.renovation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.inspections.ChecklistTemplates;
import com.guanjia.inspections.InspectionEvents.FindingRaised;
import com.guanjia.inspections.RoundId;
import com.guanjia.inspections.RoundKind;
import com.guanjia.inspections.RoundSubject;
import com.guanjia.inspections.RoundView;
import com.guanjia.inspections.Rounds;
import com.guanjia.inspections.ScheduleRound;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.shared.CommunityId;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily checks of a renovation under way (R9.5): each day its permit runs, a site
 * check against the renovation checklist and a corridor check before the end of the day,
 * as rounds of the inspections engine (created once per renovation, day and kind however
 * many instances plan); a failed item becomes a {@link SiteViolation}: stopped on the
 * spot, the owner told to put it right by a deadline, rectified or escalated to the
 * manager.
 */
@Service
@Transactional
@NamedInterface("api")
public class SiteChecks {

	/** The subject kind of the rounds about a renovation. */
	static final String SUBJECT = "RENOVATION";

	private final RenovationRepository renovations;

	private final SiteCheckRepository checks;

	private final ViolationRepository violations;

	private final HistoryRepository history;

	private final RenovationSetup setup;

	private final Rounds rounds;

	private final ChecklistTemplates templates;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SiteChecks(RenovationRepository renovations, SiteCheckRepository checks, ViolationRepository violations,
			HistoryRepository history, RenovationSetup setup, Rounds rounds, ChecklistTemplates templates,
			ResidentDirectory residents, CommunityDirectory communities, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.renovations = renovations;
		this.checks = checks;
		this.violations = violations;
		this.history = history;
		this.setup = setup;
		this.rounds = rounds;
		this.templates = templates;
		this.residents = residents;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- planning (the recurring job and the permit; no caller) -----------------------

	/** The communities with a renovation under way. */
	@Transactional(readOnly = true)
	List<Long> communitiesUnderWay() {
		return renovations.communitiesWithPermits();
	}

	/**
	 * Plans today's checks of every renovation whose permit runs today in the community
	 * (the recurring job; no caller); answers how many checks exist for today.
	 */
	int planToday(long communityId) {
		ZoneId zone = communities.timeZone(communityId);
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		int planned = 0;
		for (long id : renovations.permittedOn(communityId, today)) {
			Renovation r = renovations.find(List.of(communityId), id).orElseThrow();
			planned += plan(r, today, now);
		}
		return planned;
	}

	/**
	 * Plans the renovation's checks of the day whose window has not closed yet; a check
	 * planned before (here or on another instance) is kept. Answers how many exist.
	 */
	int plan(Renovation r, LocalDate day, Instant now) {
		if (!r.permitCovers(day)) {
			return 0;
		}
		long c = r.communityId();
		ZoneId zone = communities.timeZone(c);
		WorkingHours hours = setup.settingsOf(c).hours();
		int planned = 0;
		for (SiteCheckKind kind : SiteCheckKind.values()) {
			if (checks.planned(c, r.id(), day, kind)) {
				planned++;
				continue;
			}
			SiteCheckWindows.Window window = SiteCheckWindows.of(kind, day, hours, zone);
			if (!window.end().isAfter(now)) {
				continue;
			}
			CommunityId community = CommunityId.of(c);
			templates.ensure(community, kind.templateCode(), SiteChecklists.of(kind));
			String label = r.application().unitLabel();
			RoundId round = rounds.schedule(new ScheduleRound(community, RoundKind.RENOVATION,
					"renovation:" + r.id() + ":" + day + ":" + kind.name().toLowerCase(Locale.ROOT),
					title(kind) + " " + label, new RoundSubject(SUBJECT, r.id(), label), null, null,
					List.of(new ScheduleRound.Stop(label + (kind == SiteCheckKind.SITE ? " 装修现场" : " 楼道"),
							kind.templateCode(), null, null)),
					null, window.start(), window.end()));
			checks.insertIfAbsent(c, r.id(), day, kind, round.value(), now);
			planned++;
		}
		return planned;
	}

	private static String title(SiteCheckKind kind) {
		return switch (kind) {
			case SITE -> "装修日检";
			case CORRIDOR -> "装修楼道卫生检查";
		};
	}

	// --- what a check found ------------------------------------------------------------

	/**
	 * An item failed on a round: when the round is a renovation's daily check, the
	 * failure is a violation, stopped on the spot (R9.5). Idempotent: a finding becomes
	 * one violation however often it is delivered.
	 */
	void findingRaised(FindingRaised e) {
		checks.byRound(e.communityId(), e.roundId()).ifPresent(check -> {
			Renovation r = renovations.find(List.of(e.communityId()), check.renovationId()).orElseThrow();
			SiteViolation v = SiteViolation.find(violations.nextId(), e.communityId(), new SiteViolation.Found(r.id(),
					e.roundId(), e.findingId(), check.kind(), e.item(), e.place(), clock.instant(), "system"), site(r));
			if (violations.insertIfAbsent(v)) {
				audit.record(v.communityId(), "renovation_violation", v.id(), "find", e.item());
				v.takeEvents().forEach(events::publishEvent);
			}
		});
	}

	// --- the staff's steps -------------------------------------------------------------

	/**
	 * The owner was told to put the violation right by the deadline (local time of the
	 * community; ahead of now) — how and by whom in {@code told}; an SMS goes to the
	 * owner.
	 */
	public ViolationView demand(long renovationId, long violationId, @Nullable LocalDateTime deadline,
			@Nullable String told) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().required("deadline", deadline).text("ownerTold", told, 200).throwIfAny();
		Renovation r = renovation(renovationId);
		SiteViolation v = load(r, violationId);
		v.demand(deadline.atZone(communities.timeZone(r.communityId())).toInstant(), told.strip(), site(r),
				clock.instant(), scope.actor());
		return commit(v, "demand", told);
	}

	/** The violation was put right (seen by the one recording it). */
	public ViolationView rectify(long renovationId, long violationId, @Nullable String note) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().optionalText("note", note, 500).throwIfAny();
		Renovation r = renovation(renovationId);
		SiteViolation v = load(r, violationId);
		String why = note == null || note.isBlank() ? null : note.strip();
		v.rectify(why, clock.instant(), scope.actor());
		return commit(v, "rectify", why);
	}

	/** The owner refuses to put it right: the manager is told, with what was said. */
	public ViolationView escalate(long renovationId, long violationId, @Nullable String note) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().text("note", note, 500).throwIfAny();
		Renovation r = renovation(renovationId);
		SiteViolation v = load(r, violationId);
		v.escalate(note.strip(), site(r), clock.instant(), scope.actor());
		return commit(v, "escalate", note);
	}

	// --- reading -----------------------------------------------------------------------

	/** The renovation's daily checks, newest first, with how each round stands. */
	@Transactional(readOnly = true)
	public List<SiteCheckView> checks(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = renovations.find(scope.allowedIds(), renovationId)
			.orElseThrow(() -> new NotFoundException("renovation", renovationId));
		Map<Long, RoundView> byId = rounds.ofSubject(r.communityId(), SUBJECT, r.id())
			.stream()
			.collect(Collectors.toMap(RoundView::id, Function.identity()));
		List<SiteCheckView> views = new ArrayList<>();
		for (SiteCheckRepository.Planned p : checks.ofRenovation(r.communityId(), r.id())) {
			RoundView round = byId.get(p.roundId());
			if (round != null) {
				views.add(new SiteCheckView(p.day(), p.kind(), p.roundId(), round.windowStart(), round.windowEnd(),
						round.done(), round.missed(), round.late(), round.failedItems()));
			}
		}
		return views;
	}

	/** The renovation's violations, oldest first, with their steps and history. */
	@Transactional(readOnly = true)
	public List<ViolationView> violations(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = renovations.find(scope.allowedIds(), renovationId)
			.orElseThrow(() -> new NotFoundException("renovation", renovationId));
		Instant now = clock.instant();
		return violations.ofRenovation(r.communityId(), r.id()).stream().map(v -> view(v, now)).toList();
	}

	/**
	 * How many of the renovation's violations wait to be put right (acceptance waits).
	 */
	int openViolations(Renovation r) {
		return violations.openCount(r.communityId(), r.id());
	}

	// --- plumbing ----------------------------------------------------------------------

	private Renovation renovation(long renovationId) {
		return renovations.find(scope.allowedIds(), renovationId)
			.orElseThrow(() -> new NotFoundException("renovation", renovationId));
	}

	private SiteViolation load(Renovation r, long violationId) {
		return violations.lock(r.communityId(), r.id(), violationId)
			.orElseThrow(() -> new NotFoundException("violation", violationId));
	}

	private ViolationView commit(SiteViolation v, String action, @Nullable String detail) {
		violations.save(v);
		audit.record(v.communityId(), "renovation_violation", v.id(), action, detail);
		v.takeEvents().forEach(events::publishEvent);
		v.saved();
		return view(v, clock.instant());
	}

	private ViolationView view(SiteViolation v, Instant now) {
		return ViolationView.of(v, now, history.lines(v.communityId(), HistoryRepository.VIOLATION, v.id()));
	}

	/**
	 * The renovation's unit and owner for the messages: the phone the applicant gave, or
	 * else the first mobile of the unit's owners on record (whole: it goes only into the
	 * outbox).
	 */
	private SiteViolation.Site site(Renovation r) {
		Application a = r.application();
		String phone = a.applicant().phone();
		if (phone == null) {
			phone = residents.ownerMobilesForMessages(r.communityId(), List.of(a.unitId()))
				.getOrDefault(a.unitId(), List.of())
				.stream()
				.findFirst()
				.orElse(null);
		}
		return new SiteViolation.Site(a.unitId(), a.unitLabel(), a.applicant().ownerName(), phone);
	}

}
