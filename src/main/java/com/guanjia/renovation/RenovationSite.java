package com.guanjia.renovation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site of a renovation under way: workers' temporary passes (R9.3), the office's
 * consent to work outside the hours and the gate's check of a pass (R9.4), the 48-hour
 * closed-water tests (R9.6). Each step goes through the {@link Renovation} (permitted
 * only) and lands in its history; times are the community's.
 */
@Service
@Transactional
@NamedInterface("api")
public class RenovationSite {

	private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private final Renovations renovations;

	private final RenovationRepository repository;

	private final DocumentRepository papers;

	private final SiteRepository site;

	private final NumberRepository numbers;

	private final RenovationArchive archive;

	private final RenovationSetup setup;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final Clock clock;

	RenovationSite(Renovations renovations, RenovationRepository repository, DocumentRepository papers,
			SiteRepository site, NumberRepository numbers, RenovationArchive archive, RenovationSetup setup,
			CommunityDirectory communities, CommunityScope scope, Clock clock) {
		this.renovations = renovations;
		this.repository = repository;
		this.papers = papers;
		this.site = site;
		this.numbers = numbers;
		this.archive = archive;
		this.setup = setup;
		this.communities = communities;
		this.scope = scope;
		this.clock = clock;
	}

	/**
	 * A temporary pass for a named worker (R9.3), valid from–until within the permit (the
	 * permit's period when left empty); its number goes into the QR code.
	 */
	public WorkerPassView issuePass(long renovationId, @Nullable Long workerId, @Nullable LocalDate from,
			@Nullable LocalDate until) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().required("workerId", workerId).throwIfAny();
		Renovation r = renovations.load(renovationId);
		WorkerView worker = papers.worker(r.communityId(), workerId)
			.filter(w -> w.renovationId() == r.id())
			.orElseThrow(() -> ValidationException.of("workerId", "validation.invalid"));
		Permit permit = r.permit();
		LocalDate validFrom = from != null ? from : permit != null ? permit.from() : today(r.communityId());
		LocalDate validUntil = until != null ? until : permit != null ? permit.until() : validFrom;
		String number = "LS" + r.id() + "-"
				+ String.format(Locale.ROOT, "%03d", numbers.next(r.communityId(), "PASS", String.valueOf(r.id())));
		r.passIssued(number, worker.name(), validFrom, validUntil, clock.instant(), scope.actor());
		long id = site.insertPass(r.communityId(), r.id(), worker.id(), number, validFrom, validUntil, clock.instant(),
				scope.actor());
		renovations.commit(r);
		return view(r, site.pass(List.of(r.communityId()), id).orElseThrow());
	}

	/** A renovation's passes, the ID numbers masked unless the viewer may see them. */
	@Transactional(readOnly = true)
	public List<WorkerPassView> passes(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = find(renovationId);
		return site.passes(r.communityId(), r.id()).stream().map(p -> view(r, p)).toList();
	}

	@Transactional(readOnly = true)
	public WorkerPassView pass(long passId) {
		scope.require(Permission.RENOVATION_READ);
		SiteRepository.StoredPass p = site.pass(scope.allowedIds(), passId)
			.orElseThrow(() -> new NotFoundException("worker-pass", passId));
		return view(find(p.renovationId()), p);
	}

	/**
	 * The office's written consent to work outside the hours (R9.4): a window in the
	 * community's local time, at most 24 hours, with its reason.
	 */
	public OvertimeView approveOvertime(long renovationId, @Nullable LocalDateTime startsAt,
			@Nullable LocalDateTime endsAt, @Nullable String reason) {
		scope.require(Permission.RENOVATION_APPROVE);
		Problems p = new Problems().required("startsAt", startsAt)
			.required("endsAt", endsAt)
			.text("reason", reason, 200);
		p.check(startsAt == null || endsAt == null || endsAt.isAfter(startsAt), "endsAt", "validation.date.order");
		p.check(startsAt == null || endsAt == null || !endsAt.isAfter(startsAt.plusHours(24)), "endsAt",
				"renovation.overtime.tooLong");
		p.throwIfAny();
		Renovation r = renovations.load(renovationId);
		ZoneId zone = communities.timeZone(r.communityId());
		Instant from = startsAt.atZone(zone).toInstant();
		Instant to = endsAt.atZone(zone).toInstant();
		r.overtimeApproved(from, to, reason.strip(), WINDOW.format(startsAt) + "–" + WINDOW.format(endsAt),
				clock.instant(), scope.actor());
		long id = site.insertOvertime(r.communityId(), r.id(), from, to, reason.strip(), clock.instant(),
				scope.actor());
		renovations.commit(r);
		return site.overtime(r.communityId(), r.id()).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<OvertimeView> overtime(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = find(renovationId);
		return site.overtime(r.communityId(), r.id());
	}

	/**
	 * The gate scans or types a worker's pass (R9.3, R9.4): admitted only while the
	 * permit runs, within the pass's dates, within the working hours or an approved
	 * overtime window. Every scan is logged with its answer; a refusal is an answer, not
	 * an error.
	 */
	public GateAnswer scan(long communityId, @Nullable String number) {
		scope.require(Permission.GATE_CHECK);
		scope.require(communityId);
		new Problems().text("passNumber", number, 40).throwIfAny();
		String typed = number.strip().toUpperCase(Locale.ROOT);
		Instant now = clock.instant();
		var found = site.passByNumber(communityId, typed);
		if (found.isEmpty()) {
			site.insertScan(communityId, null, typed, now, scope.actor(), false, GatePolicy.Refusal.UNKNOWN.name());
			return new GateAnswer(false, GatePolicy.Refusal.UNKNOWN.name(), GatePolicy.Refusal.UNKNOWN.messageKey(),
					null);
		}
		SiteRepository.StoredPass p = found.get();
		Renovation r = repository.find(List.of(communityId), p.renovationId()).orElseThrow();
		LocalDateTime local = LocalDateTime.ofInstant(now, communities.timeZone(communityId));
		List<GatePolicy.Window> windows = site.overtime(communityId, r.id())
			.stream()
			.map(o -> new GatePolicy.Window(o.startsAt(), o.endsAt()))
			.toList();
		GatePolicy.Refusal refusal = GatePolicy.check(r.permitCovers(local.toLocalDate()), p.validFrom(),
				p.validUntil(), local.toLocalDate(), local.toLocalTime(), now, setup.settingsOf(communityId).hours(),
				windows);
		site.insertScan(communityId, p.id(), typed, now, scope.actor(), refusal == null,
				refusal == null ? null : refusal.name());
		return new GateAnswer(refusal == null, refusal == null ? null : refusal.name(),
				refusal == null ? null : refusal.messageKey(), view(r, p));
	}

	/** A closed-water test starts now in the area (R9.6). */
	public WaterTestView startWaterTest(long renovationId, @Nullable WaterArea area) {
		requireWaterTester();
		new Problems().required("area", area).throwIfAny();
		Renovation r = renovations.load(renovationId);
		r.waterTestStarted(area, clock.instant(), scope.actor());
		long id = site.insertWaterTest(r.communityId(), r.id(), area, clock.instant(), scope.actor());
		renovations.commit(r);
		return site.lockWaterTest(r.communityId(), r.id(), id).orElseThrow();
	}

	/**
	 * A closed-water test ends now (R9.6): passed only after 48 hours with the unit below
	 * checked (422 otherwise, the test still standing), or failed with what was found.
	 */
	public WaterTestView endWaterTest(long renovationId, long testId, @Nullable Boolean passed, boolean belowChecked,
			@Nullable String note) {
		requireWaterTester();
		Problems p = new Problems().required("passed", passed).optionalText("note", note, 500);
		p.check(!Boolean.FALSE.equals(passed) || note != null && !note.isBlank(), "note", "validation.required");
		p.throwIfAny();
		Renovation r = renovations.load(renovationId);
		WaterTestView test = site.lockWaterTest(r.communityId(), r.id(), testId)
			.orElseThrow(() -> new NotFoundException("water-test", testId));
		if (!test.running()) {
			throw new ConflictException("renovation.water.ended");
		}
		String why = note == null || note.isBlank() ? null : note.strip();
		r.waterTestEnded(test.area(), test.startedAt(), passed, belowChecked, why, clock.instant(), scope.actor());
		site.endWaterTest(r.communityId(), testId, passed, belowChecked, why, clock.instant(), scope.actor());
		renovations.commit(r);
		archive.waterTestEnded(r, testId, test.area(), passed);
		return site.lockWaterTest(r.communityId(), r.id(), testId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<WaterTestView> waterTests(long renovationId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = find(renovationId);
		return site.waterTests(r.communityId(), r.id());
	}

	/** The service centre or engineering records water tests (R9.6). */
	private void requireWaterTester() {
		if (!scope.has(Permission.RENOVATION_WRITE)) {
			scope.require(Permission.RENOVATION_ACCEPT);
		}
	}

	private Renovation find(long renovationId) {
		return repository.find(scope.allowedIds(), renovationId)
			.orElseThrow(() -> new NotFoundException("renovation", renovationId));
	}

	private WorkerPassView view(Renovation r, SiteRepository.StoredPass p) {
		WorkerView w = papers.worker(p.communityId(), p.workerId()).orElseThrow();
		Permit permit = r.permit();
		return new WorkerPassView(p.id(), r.id(), p.number(), w.id(), w.name(),
				PersonalIds.shown(w.idCard(), scope.has(Permission.PERSONAL_ID_VIEW)), p.validFrom(), p.validUntil(),
				r.application().unitLabel(), permit == null ? "" : permit.number());
	}

	private LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

}
