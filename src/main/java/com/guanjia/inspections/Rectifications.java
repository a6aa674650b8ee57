package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contractors' rectification notices (R11.3): the list with deadlines, a recheck that
 * confirms the fix (resolving the finding) or finds it still wrong, and the recurring
 * check that marks notices overdue once their deadline passes.
 */
@Service
@Transactional
public class Rectifications {

	private final RectificationRepository rectifications;

	private final FindingFollowUp followUp;

	private final InspectionHistory history;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rectifications(RectificationRepository rectifications, FindingFollowUp followUp, InspectionHistory history,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.rectifications = rectifications;
		this.followUp = followUp;
		this.history = history;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RectificationView> list(long communityId, boolean openOnly) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return rectifications.list(communityId, openOnly, 200).stream().map(this::view).toList();
	}

	/** A notice the caller may see, or 404. */
	@Transactional(readOnly = true)
	public RectificationView get(long id) {
		scope.require(Permission.INSPECTION_READ);
		return view(rectifications.load(scope.allowedIds(), id, false)
			.orElseThrow(() -> new NotFoundException("rectification", id)));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id) {
		RectificationView x = get(id);
		return history.of(x.communityId(), InspectionHistory.RECTIFICATION, id);
	}

	/** A recheck found it fixed: the notice is confirmed and its finding resolved. */
	public RectificationView confirm(long id) {
		Rectification x = load(id);
		x.require(RectificationStep.CONFIRM);
		List<Object> raised = followUp.confirm(x.communityId(), x.notice().findingId(), null, clock.instant(),
				scope.actor());
		audit.record(x.communityId(), "inspection_rectification", id, "confirm", null);
		raised.forEach(events::publishEvent);
		return get(id);
	}

	/** A recheck found it still not put right. */
	public RectificationView recheckFailed(long id, @Nullable String note) {
		Rectification x = load(id);
		x.recheckFailed(note == null ? "" : note, clock.instant(), scope.actor());
		rectifications.save(x);
		audit.record(x.communityId(), "inspection_rectification", id, "recheckFailed", note);
		x.takeEvents().forEach(events::publishEvent);
		return get(id);
	}

	/** Marks a notice overdue once its deadline passed (the recurring job; no caller). */
	public boolean markOverdue(RectificationId id, Instant now) {
		Rectification x = rectifications.load(List.of(id.communityId()), id.value(), true).orElseThrow();
		if (!x.allows(RectificationStep.MARK_OVERDUE) || !now.isAfter(x.notice().deadline())) {
			return false;
		}
		x.markOverdue(now);
		rectifications.save(x);
		x.takeEvents().forEach(events::publishEvent);
		return true;
	}

	private Rectification load(long id) {
		scope.require(Permission.INSPECTION_PATROL);
		return rectifications.load(scope.allowedIds(), id, true)
			.orElseThrow(() -> new NotFoundException("rectification", id));
	}

	private RectificationView view(Rectification x) {
		Rectification.Notice n = x.notice();
		return new RectificationView(n.id(), n.communityId(), n.findingId(), n.contractorId(), n.contractorName(),
				n.place(), n.item(), n.deadline(), x.status(), x.overdue(), x.failedRechecks(), n.issuedAt(),
				n.issuedBy(), x.confirmedAt(), x.confirmedBy(),
				scope.has(Permission.INSPECTION_PATROL) ? x.possibleSteps() : List.of());
	}

}
