package com.guanjia.access;

import java.time.Clock;
import java.util.List;

import com.guanjia.access.AccessEvents.DepartmentLeadCleared;
import com.guanjia.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps every department's lead — its head and its shift leads (班长) — an enabled member
 * of that department (decision of issue 10, R13): when staff administration disables an
 * account or moves someone out of a department, the departments they led lose their lead
 * in the same transaction, each clearing is audited, and {@link DepartmentLeadCleared}
 * tells the community's manager to name a new one. Work routed to a lead (department
 * tasks, public-facility sign-off) then goes to the department until a new lead is named,
 * never to someone who left.
 */
@Component
class DepartmentLeads {

	private final StaffRepository staff;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DepartmentLeads(StaffRepository staff, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Clears the departments {@code member} (as saved just now) leads but may lead no
	 * longer: the same rule {@link StaffManagement#setLead} checks when a lead is named.
	 */
	void clearWhereNoLongerEligible(StaffView member) {
		List<DepartmentView> cleared = new java.util.ArrayList<>(staff.clearLeadsNoLongerEligible(member.id()));
		cleared.addAll(staff.clearShiftLeadsNoLongerEligible(member.id()));
		DepartmentLeadCleared.Why why = member.enabled() ? DepartmentLeadCleared.Why.MOVED
				: DepartmentLeadCleared.Why.DISABLED;
		for (DepartmentView d : cleared) {
			audit.record(d.communityId(), "department", d.id(), "clearLead",
					d.code() + " lead " + member.id() + " -> null (" + why + ")");
			events.publishEvent(new DepartmentLeadCleared(d.communityId(), d.id(), d.name(), member.id(),
					member.displayName(), why, clock.instant()));
		}
	}

}
