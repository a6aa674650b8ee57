package com.guanjia.workorders;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.scheduling.DeadlineRuleCatalogue;
import com.guanjia.scheduling.DeadlineRuleDefault;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The default deadlines of work orders and return visits (R3.2, R4.2, R5.1): the clocks
 * start under these. With the tasks the money side hands to engineering
 * ({@link DepartmentTasks}) they are the work-order rules the deadline settings page
 * shows in words, where a manager overrides any of them for a community by its rule key.
 */
@Component
@Order(10)
class WorkOrderDeadlineRules implements DeadlineRuleCatalogue {

	/** R3.2: on site within 30 minutes of a request to come at once. */
	static final DeadlineRule RESPONSE = DeadlineRule.minutes(30);

	/**
	 * R4.2 major: to the centre manager the same day, a clear answer within 2 days,
	 * resolved within 10.
	 */
	static final DeadlineRule MAJOR_ESCALATE = DeadlineRule.sameDay();

	static final DeadlineRule MAJOR_ANSWER = DeadlineRule.days(2);

	static final DeadlineRule MAJOR_RESOLVE = DeadlineRule.days(10);

	/**
	 * R4.2 important: to the department supervisor within 1 hour of intake, done within 3
	 * days.
	 */
	static final DeadlineRule IMPORTANT_ESCALATE = DeadlineRule.hours(1);

	static final DeadlineRule IMPORTANT_RESOLVE = DeadlineRule.days(3);

	/**
	 * R4.3: the resident is told the same day the complaint was received (seed 002:
	 * "在当天将投诉处理结果通报投诉住户"), by the end of that day in the community's zone.
	 */
	static final DeadlineRule TELL_RESIDENT = DeadlineRule.sameDay();

	/** R4.2 minor: within 2 days, or by the resident's own deadline. */
	static final DeadlineRule MINOR_RESOLVE = DeadlineRule.days(2);

	/**
	 * R5.1: safety facilities within 2 days, leaks within 3 days of the leak test, others
	 * within 2.
	 */
	static final DeadlineRule VISIT_SAFETY = DeadlineRule.days(2);

	static final DeadlineRule VISIT_LEAK = DeadlineRule.days(3);

	static final DeadlineRule VISIT_OTHER = DeadlineRule.days(2);

	static final DeadlineRule VISIT_COMPLAINT = DeadlineRule.days(2);

	@Override
	public List<DeadlineRuleDefault> deadlineRules() {
		List<DeadlineRuleDefault> rules = new ArrayList<>();
		rules.add(DeadlineRuleDefault.of("COMPLAINT.TELL", "deadline.group.COMPLAINT", "deadline.step.tellResident",
				TELL_RESIDENT));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.MAJOR.ESCALATE", "deadline.group.COMPLAINT.MAJOR",
				"deadline.step.escalateManager", MAJOR_ESCALATE));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.MAJOR.ANSWER", "deadline.group.COMPLAINT.MAJOR",
				"deadline.step.answer", MAJOR_ANSWER));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.MAJOR.RESOLVE", "deadline.group.COMPLAINT.MAJOR",
				"deadline.step.resolve", MAJOR_RESOLVE));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.IMPORTANT.ESCALATE", "deadline.group.COMPLAINT.IMPORTANT",
				"deadline.step.escalateSupervisor", IMPORTANT_ESCALATE));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.IMPORTANT.RESOLVE", "deadline.group.COMPLAINT.IMPORTANT",
				"deadline.step.done", IMPORTANT_RESOLVE));
		rules.add(DeadlineRuleDefault.of("COMPLAINT.MINOR.RESOLVE", "deadline.group.COMPLAINT.MINOR",
				"deadline.step.resolveOrResidentDate", MINOR_RESOLVE));
		rules.add(DeadlineRuleDefault.of("WORK_ORDER.RESPONSE", "deadline.group.IMMEDIATE", "deadline.step.onSite",
				RESPONSE));
		rules.add(DeadlineRuleDefault.agreed("WORK_ORDER.APPOINTMENT", "deadline.group.APPOINTMENT",
				"deadline.step.appointment"));
		for (WorkOrderKind kind : WorkOrderKind.values()) {
			String group = kind.messageKey();
			if (!kind.graded()) {
				// A complaint is always taken in with a severity, whose rules are above.
				// The
				// other kinds' times (repair 3 days, defects 15, help 1, enquiry 2,
				// suggestion 7) are no seed numbers: the company's choices (issue 10 item
				// 12).
				rules.add(DeadlineRuleDefault
					.of(kind.name() + ".RESOLVE", group, "deadline.step.done", kind.profile().defaultDeadline())
					.chosenByCompany());
			}
			rules.add(DeadlineRuleDefault
				.of(kind.name() + ".REWORK", group, "deadline.step.rework", kind.profile().defaultDeadline())
				.chosenByCompany());
		}
		// department tasks: 2 hours to restore supply, 2 days to re-check a reading — the
		// company's choices too
		rules.add(
				DeadlineRuleDefault
					.of("UTILITY_RESTORE.RESOLVE", "deadline.group.UTILITY_RESTORE", "deadline.step.restore",
							DepartmentTasks.RESTORE_RULE)
					.chosenByCompany());
		rules.add(
				DeadlineRuleDefault
					.of("METER_RECHECK.RESOLVE", "deadline.group.METER_RECHECK", "deadline.step.recheck",
							DepartmentTasks.RECHECK_RULE)
					.chosenByCompany());
		rules.add(DeadlineRuleDefault.of("RETURN_VISIT.SAFETY", "deadline.group.RETURN_VISIT",
				"deadline.step.visitSafety", VISIT_SAFETY));
		rules.add(DeadlineRuleDefault.of("RETURN_VISIT.LEAK", "deadline.group.RETURN_VISIT", "deadline.step.visitLeak",
				VISIT_LEAK));
		rules.add(DeadlineRuleDefault.of("RETURN_VISIT.OTHER", "deadline.group.RETURN_VISIT",
				"deadline.step.visitOther", VISIT_OTHER));
		rules.add(DeadlineRuleDefault.of("RETURN_VISIT.COMPLAINT", "deadline.group.RETURN_VISIT",
				"deadline.step.visitComplaint", VISIT_COMPLAINT));
		return List.copyOf(rules);
	}

}
