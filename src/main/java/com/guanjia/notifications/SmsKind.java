package com.guanjia.notifications;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of SMS Guanjia sends, each a template the company registers with its SMS
 * provider (README: the template texts and their variables). The variables are the
 * message's arguments in order, named for the template.
 */
enum SmsKind {

	/** 缴费通知 of a billing run (R6.3). */
	PAYMENT_NOTICE("sms.paymentNotice", "community", "unit", "period", "amount", "owed", "due"),
	/** 催缴短信 of the dunning ladder (R6.7, seed 002: 可电话、短信提醒对方应缴纳的费用). */
	DUNNING_REMINDER("sms.dunningReminder", "community", "unit", "owed"),
	/** A missed deadline escalated to the next level (R4.2). */
	ESCALATION("notice.escalated", "number", "deadline", "due", "level"),
	/** A complaint reported to its supervisor or the manager (R4.2). */
	COMPLAINT("notice.complaint", "number", "severity"),
	/** The code a resident tells the technician to sign a finished repair off (R3.5). */
	CONFIRMATION_CODE("notice.confirmationCode", "number", "code"),
	/** A letter or parcel waits at the desk (R10.3, seed 003: 电话或短信告知业户). */
	MAIL_ARRIVED("sms.mailArrived", "community", "unit", "kind"),
	/** A patrol round nobody walked in its window, to the supervisors (R11.1). */
	ROUND_MISSED("notice.roundMissed", "round", "end"),
	/** A rectification notice to a cleaning or greening contractor (R11.3). */
	RECTIFICATION("sms.rectification", "contractor", "place", "item", "deadline"),
	/** A renovation permit issued, to engineering and security (R9.3). */
	RENOVATION_PERMITTED("notice.renovationPermitted", "unit", "permit", "period", "contractor"),
	/** A violation found on a renovation's daily check, to the owner (R9.5). */
	RENOVATION_VIOLATION("sms.renovationViolation", "owner", "unit", "item", "deadline"),
	/** An owner refusing to put a violation right, to the manager (R9.5). */
	RENOVATION_ESCALATED("notice.renovationEscalated", "unit", "owner", "item", "note");

	private final String messageKey;

	private final List<String> variables;

	SmsKind(String messageKey, String... variables) {
		this.messageKey = messageKey;
		this.variables = List.of(variables);
	}

	/** The kind of a message key, empty for a message no SMS template exists for. */
	static Optional<SmsKind> of(String messageKey) {
		return Arrays.stream(values()).filter(k -> k.messageKey.equals(messageKey)).findFirst();
	}

	String messageKey() {
		return messageKey;
	}

	/** The template's variable names, in the order of the message's arguments. */
	List<String> variables() {
		return variables;
	}

}
