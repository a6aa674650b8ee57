package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Doing a round on a phone (R11.1, R11.2): record a checkpoint's checklist with notes and
 * photos (its time kept), skip a checkpoint with a reason, finish with checkpoints left,
 * open a checkpoint from its QR label. Each step is one transaction: the round is loaded
 * for update, the model takes the step, the round is saved with its version checked, the
 * photos are stored and the findings raised, then the events are published. A bad photo
 * or a missing answer refuses the whole checkpoint, nothing saved.
 */
@Service
@Transactional
@NamedInterface("api")
public class RoundWork {

	private final RoundRepository rounds;

	private final RoundListing listing;

	private final RoundQueries queries;

	private final FindingFollowUp followUp;

	private final InspectionSetup setup;

	private final FileStorage files;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoundWork(RoundRepository rounds, RoundListing listing, RoundQueries queries, FindingFollowUp followUp,
			InspectionSetup setup, FileStorage files, CommunityDirectory communities, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.listing = listing;
		this.queries = queries;
		this.followUp = followUp;
		this.setup = setup;
		this.files = files;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public RoundView visit(long roundId, int position, RecordVisit command) {
		Round round = load(roundId);
		Instant now = checkedAt(command);
		CheckpointVisit visit = round.visitAt(position);
		List<FieldProblem> problems = new ArrayList<>();
		List<InspectionPhotos.Prepared> photos = List.of();
		try {
			photos = InspectionPhotos.prepare(command.photos(), visit.items());
		}
		catch (ValidationException ex) {
			problems.addAll(ex.problems());
		}
		Long staffId = scope.staffId() == 0 ? null : scope.staffId();
		try {
			round.visit(position, command.answers(), command.note(), command.scanned(), now, scope.actor(), staffId);
		}
		catch (ValidationException ex) {
			problems.addAll(0, ex.problems());
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		rounds.save(round);
		for (InspectionPhotos.Prepared photo : photos) {
			var stored = files.store(round.communityId(), photo.filename(), "image/jpeg", photo.jpeg());
			rounds.insertPhoto(round.communityId(), round.id(), position, photo.itemPosition(), stored.id(),
					photo.filename(), now);
		}
		List<Object> raised = new ArrayList<>(round.takeEvents());
		raised.addAll(followUp.afterVisit(round, visit, now, scope.actor(), staffId));
		audit.record(round.communityId(), "inspection_round", round.id(), "visit",
				visit.name() + " ✗" + visit.failedItems() + " 📷" + photos.size());
		raised.forEach(events::publishEvent);
		return queries.view(round);
	}

	/**
	 * When the checkpoint was checked: now, or for a paper sheet entered afterwards the
	 * time given.
	 */
	private Instant checkedAt(RecordVisit command) {
		Instant now = clock.instant();
		if (command.checkedAt() == null) {
			return now;
		}
		scope.require(Permission.INSPECTION_SUPERVISE);
		if (command.checkedAt().isAfter(now)) {
			throw ValidationException.of("checkedAt", "inspection.checkedAt.future");
		}
		return command.checkedAt();
	}

	public RoundView skip(long roundId, int position, @Nullable String reason) {
		Round round = load(roundId);
		round.skip(position, reason == null ? "" : reason, clock.instant(), scope.actor());
		return save(round, "skip", reason);
	}

	/** Finishes a round with checkpoints left (incomplete). */
	public RoundView finish(long roundId) {
		Round round = load(roundId);
		round.finish(clock.instant(), scope.actor());
		return save(round, "finish", null);
	}

	public RoundView cancel(long roundId, @Nullable String reason) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		new com.guanjia.shared.Problems().text("reason", reason, 200).throwIfAny();
		Round round = load(roundId);
		round.cancel(reason.strip(), clock.instant(), scope.actor());
		return save(round, "cancel", reason);
	}

	/**
	 * What a scanned QR label opens: the checkpoint and today's round that still needs
	 * it.
	 */
	@Transactional(readOnly = true)
	public ScanResult scan(String token) {
		CheckpointView checkpoint = setup.scanned(token);
		ZoneId zone = communities.timeZone(checkpoint.communityId());
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, zone);
		return listing
			.pendingVisit(checkpoint.communityId(), checkpoint.id(), today.atStartOfDay(zone).toInstant(),
					today.plusDays(1).atStartOfDay(zone).toInstant(), scope.staffId(), now)
			.map(found -> new ScanResult(checkpoint, found[0], (int) found[1]))
			.orElse(new ScanResult(checkpoint, null, null));
	}

	/**
	 * Flags a round nobody started before its window closed, once however many instances
	 * check at the same time (the recurring job; no caller).
	 */
	public boolean flagMissed(RoundId id, Instant now) {
		Round round = rounds.load(List.of(id.communityId()), id.value(), true).orElseThrow();
		if (!round.allows(RoundStep.MISS) || !now.isAfter(round.plan().windowEnd())) {
			return false;
		}
		round.miss(now);
		rounds.save(round);
		audit.record(round.communityId(), "inspection_round", round.id(), "missed", round.plan().title());
		round.takeEvents().forEach(events::publishEvent);
		return true;
	}

	private Round load(long roundId) {
		scope.require(Permission.INSPECTION_PATROL);
		return rounds.load(scope.allowedIds(), roundId, true)
			.orElseThrow(() -> new NotFoundException("round", roundId));
	}

	private RoundView save(Round round, String action, @Nullable String detail) {
		rounds.save(round);
		audit.record(round.communityId(), "inspection_round", round.id(), action, detail);
		round.takeEvents().forEach(events::publishEvent);
		return queries.view(round);
	}

}
