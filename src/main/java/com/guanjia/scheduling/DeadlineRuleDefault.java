package com.guanjia.scheduling;

import org.springframework.modulith.NamedInterface;

/**
 * One rule a module starts clocks under. {@code groupKey} names what it is about (a
 * message key, e.g. "major complaint"), {@code stepKey} the step as a message with the
 * time limit as {0} (e.g. "{0} report to the manager"). A rule whose due time is agreed
 * with the resident (an appointment, a reply time) has only its warning share to set; its
 * step message takes no time. {@code companyChoice}: a default the company chose, not a
 * number from the source documents.
 */
@NamedInterface("api")
public record DeadlineRuleDefault(String ruleKey, String groupKey, String stepKey, DeadlineRule rule,
		boolean agreedTime, boolean companyChoice) {

	public static DeadlineRuleDefault of(String ruleKey, String groupKey, String stepKey, DeadlineRule rule) {
		return new DeadlineRuleDefault(ruleKey, groupKey, stepKey, rule, false, false);
	}

	public static DeadlineRuleDefault agreed(String ruleKey, String groupKey, String stepKey) {
		return new DeadlineRuleDefault(ruleKey, groupKey, stepKey, DeadlineRule.minutes(0), true, false);
	}

	/**
	 * The same default marked as the company's own choice: no source document gives the
	 * number (issue 10 item 12), so the settings page and the API say so.
	 */
	public DeadlineRuleDefault chosenByCompany() {
		return new DeadlineRuleDefault(ruleKey, groupKey, stepKey, rule, agreedTime, true);
	}

}
