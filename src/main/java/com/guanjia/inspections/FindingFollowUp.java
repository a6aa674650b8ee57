package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What a recorded checkpoint means for findings (R11.3): a failed item raises a finding;
 * a passed item confirms the open rectification of the same item at the same checkpoint
 * ("the next round confirms it fixed"); an item still failing while its contractor is
 * rectifying it counts as a failed recheck instead of a second finding.
 */
@Component
class FindingFollowUp {

	private final FindingRepository findings;

	private final RectificationRepository rectifications;

	FindingFollowUp(FindingRepository findings, RectificationRepository rectifications) {
		this.findings = findings;
		this.rectifications = rectifications;
	}

	/** Raises and confirms what the visit shows; answers the events to publish. */
	List<Object> afterVisit(Round round, CheckpointVisit visit, Instant now, String actor, @Nullable Long staffId) {
		List<Object> events = new ArrayList<>();
		long communityId = round.communityId();
		for (ItemResult r : visit.results()) {
			List<Long> rectifying = visit.checkpointId() == null ? List.of()
					: findings.rectifyingAt(communityId, visit.checkpointId(), r.position());
			switch (r.outcome()) {
				case FAIL -> {
					if (rectifying.isEmpty()) {
						Finding f = Finding.raise(new Finding.Origin(communityId, findings.nextId(), round.id(),
								visit.position(), r.position(), visit.checkpointId(), visit.name(), r.text(), r.trade(),
								r.note(), now, actor, staffId));
						findings.insert(f);
						events.addAll(f.takeEvents());
					}
					for (long findingId : rectifying) {
						rectifications.loadByFinding(communityId, findingId).ifPresent(x -> {
							x.recheckFailed(round.plan().title() + ": " + visit.name(), now, actor);
							rectifications.save(x);
							events.addAll(x.takeEvents());
						});
					}
				}
				case PASS -> {
					for (long findingId : rectifying) {
						events.addAll(confirm(communityId, findingId, round.id(), now, actor));
					}
				}
				case NOT_APPLICABLE -> {
				}
			}
		}
		return events;
	}

	/**
	 * Confirms a finding's rectification fixed (by a round or a recheck) and resolves the
	 * finding.
	 */
	List<Object> confirm(long communityId, long findingId, @Nullable Long roundId, Instant now, String actor) {
		List<Object> events = new ArrayList<>();
		Rectification x = rectifications.loadByFinding(communityId, findingId).orElseThrow();
		x.confirm(now, actor, roundId);
		rectifications.save(x);
		events.addAll(x.takeEvents());
		Finding f = findings.load(List.of(communityId), findingId, true).orElseThrow();
		f.rectified(x.notice().contractorName() + (x.overdue() ? " (overdue)" : ""), now, actor);
		findings.save(f);
		events.addAll(f.takeEvents());
		return events;
	}

}
