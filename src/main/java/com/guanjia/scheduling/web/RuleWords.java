package com.guanjia.scheduling.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.web.Messages;
import com.guanjia.scheduling.CalendarMode;
import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.scheduling.DeadlineRuleBook.RuleLine;

/**
 * Deadline rules in the words staff use: "严重投诉：当天上报经理，2天内答复，10天内解决", in the caller's
 * language.
 */
final class RuleWords {

	private final Messages messages;

	RuleWords(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The rules grouped by what they are about, in the order the modules declare them.
	 */
	List<Group> groups(List<RuleLine> rules) {
		Map<String, List<Line>> byGroup = new LinkedHashMap<>();
		for (RuleLine rule : rules) {
			byGroup.computeIfAbsent(rule.definition().groupKey(), k -> new ArrayList<>()).add(line(rule));
		}
		List<Group> groups = new ArrayList<>();
		byGroup.forEach((key, lines) -> groups.add(new Group(messages.get(key),
				String.join(messages.get("deadline.separator"), lines.stream().map(Line::step).toList()), lines)));
		return groups;
	}

	Line line(RuleLine rule) {
		var d = rule.definition();
		DeadlineRule r = rule.effective();
		return new Line(d.ruleKey(), messages.get(d.groupKey()), step(rule, r), step(rule, d.rule()),
				d.agreedTime() ? "" : messages.get("deadline.mode." + r.mode().name()),
				messages.get("deadline.warn", String.valueOf(Math.round(r.warnShare() * 100))), rule.custom(),
				d.agreedTime(), d.companyChoice());
	}

	private String step(RuleLine rule, DeadlineRule r) {
		var d = rule.definition();
		return d.agreedTime() ? messages.get(d.stepKey()) : messages.get(d.stepKey(), amount(r));
	}

	/** "当天", "30分钟内", "2天内", "18个工作小时内"… */
	String amount(DeadlineRule r) {
		boolean business = r.mode() == CalendarMode.BUSINESS;
		if (r.endOfDay()) {
			return messages.get(business ? "deadline.amount.sameWorkingDay" : "deadline.amount.sameDay");
		}
		long minutes = r.allowed().toMinutes();
		if (business) {
			return minutes % 60 == 0 ? messages.get("deadline.amount.workingHours", minutes / 60)
					: messages.get("deadline.amount.workingMinutes", minutes);
		}
		if (minutes > 0 && minutes % 1440 == 0) {
			return messages.get("deadline.amount.days", minutes / 1440);
		}
		if (minutes > 0 && minutes % 60 == 0) {
			return messages.get("deadline.amount.hours", minutes / 60);
		}
		return messages.get("deadline.amount.minutes", minutes);
	}

	/** What a group of rules is about and its rules in one sentence. */
	record Group(String title, String summary, List<Line> lines) {
	}

	/**
	 * One rule: its step in words now and by default, how time is counted, when it warns,
	 * whose it is.
	 */
	record Line(String ruleKey, String group, String step, String defaultStep, String mode, String warn, boolean custom,
			boolean agreed, boolean companyChoice) {
	}

}
