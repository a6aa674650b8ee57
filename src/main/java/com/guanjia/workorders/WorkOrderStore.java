package com.guanjia.workorders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Loads an order the caller may see (404 otherwise, never revealing another community's
 * orders), and commits a step: saves the order, appends its timeline, audits it and
 * publishes its events.
 */
@Component
class WorkOrderStore {

	final WorkOrderRepository orders;

	final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkOrderStore(WorkOrderRepository orders, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.orders = orders;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** The order, locked for this transaction, when the caller may see it. */
	WorkOrder load(WorkOrderId id) {
		scope.require(Permission.WORKORDER_READ);
		return orders.lock(scope.allowedIds(), id.value())
			.orElseThrow(() -> new NotFoundException("workOrder", id.value()));
	}

	/** The order for a system caller (listener, scheduler) that names the community. */
	WorkOrder loadForSystem(long communityId, long id) {
		return orders.lock(java.util.List.of(communityId), id)
			.orElseThrow(() -> new NotFoundException("workOrder", id));
	}

	void commit(WorkOrder o, WorkOrderAction action) {
		save(o, action);
		publishPending(o);
	}

	/**
	 * Saves the order and its new steps and audits the step, without publishing its
	 * events yet.
	 */
	void save(WorkOrder o, WorkOrderAction action) {
		orders.save(o, now(), scope.staffId(), scope.actor());
		audit(o, action);
	}

	private void audit(WorkOrder o, WorkOrderAction action) {
		audit.record(o.communityId(), "work_order", o.id(), action.name().toLowerCase(java.util.Locale.ROOT),
				o.number() + " " + o.status());
	}

	/**
	 * Inserts a new order (its id {@link WorkOrderRepository#reserveId reserved}, its
	 * clocks started) with its first step and its number of the day, and audits it: the
	 * last two statements of an intake, so the day's counter row stays locked only until
	 * the commit right after them.
	 */
	void insertNew(WorkOrder o, LocalDate day, @Nullable String requestKey) {
		insertNew(o, day, requestKey, false);
	}

	/**
	 * As {@link #insertNew(WorkOrder, LocalDate, String)}; a back-entered order (补录,
	 * received before it was entered) is audited as such with the time it was received.
	 */
	void insertNew(WorkOrder o, LocalDate day, @Nullable String requestKey, boolean backEntered) {
		orders.insertNew(o, day, requestKey, scope.staffId(), scope.actor());
		audit(o, WorkOrderAction.OPEN);
		if (backEntered) {
			audit.record(o.communityId(), "work_order", o.id(), "backEntered",
					o.number() + " received " + o.createdAt());
		}
	}

	void publishPending(WorkOrder o) {
		o.events().forEach(events::publishEvent);
		o.clearEvents();
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

	boolean showsPhones() {
		return scope.has(Permission.PHONE_VIEW);
	}

	/**
	 * Whether the caller sees the reporter's phone on this order (R1.3): staff who run
	 * the desk and supervise see it on every order of their communities; a technician
	 * only on the orders dispatched to them, since the assigned technician calls the
	 * resident to book the visit and nobody else in the field needs the number.
	 */
	boolean showsPhone(WorkOrderSnapshot o) {
		if (!scope.has(Permission.PHONE_VIEW)) {
			return false;
		}
		Long technician = o.assignment().technicianId();
		return scope.has(Permission.WORKORDER_WRITE) || (technician != null && technician == scope.staffId());
	}

	WorkOrderView view(WorkOrder o) {
		return view(o.snapshot());
	}

	WorkOrderView view(WorkOrderSnapshot o) {
		return WorkOrderView.of(o, showsPhone(o));
	}

}
