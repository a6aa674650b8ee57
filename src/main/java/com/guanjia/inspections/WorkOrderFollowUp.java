package com.guanjia.inspections;

import java.time.Clock;
import java.util.List;

import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A finding that became a work order is resolved when the order closes (R11.3). Runs
 * after the order's commit, persisted; a redelivered event finds the finding resolved and
 * does nothing.
 */
@Component
class WorkOrderFollowUp {

	private final FindingRepository findings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkOrderFollowUp(FindingRepository findings, ApplicationEventPublisher events, Clock clock) {
		this.findings = findings;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WorkOrderClosed e) {
		for (long findingId : findings.orderedAs(e.communityId(), e.workOrderId())) {
			Finding f = findings.load(List.of(e.communityId()), findingId, true).orElseThrow();
			if (f.allows(FindingStep.RESOLVE)) {
				f.resolve(e.number(), clock.instant(), "system");
				findings.save(f);
				f.takeEvents().forEach(events::publishEvent);
			}
		}
	}

}
