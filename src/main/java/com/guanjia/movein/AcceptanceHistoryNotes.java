package com.guanjia.movein;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An acceptance history line's note as the reader reads it (issue 10 item 19: no codes on
 * the Chinese pages). The steps store their notes as data — "客厅 墙面 PASS", "客厅 8", "2
 * defects", "1 failed", an instant — and this turns them into bundle messages with the
 * outcome's label and the time in the community's zone. A note of another shape (a name,
 * the work-order numbers, the rooms) is shown as it is.
 */
public final class AcceptanceHistoryNotes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private AcceptanceHistoryNotes() {
	}

	/** The note as a message, or {@code null} when it is shown as it is. */
	public static @Nullable MessageSourceResolvable describe(MoveInHistoryLine line, ZoneId zone) {
		String note = line.note();
		if (note == null || !line.actionKey().startsWith("acceptance.action.")) {
			return null;
		}
		String action = line.actionKey().substring("acceptance.action.".length());
		int space = note.lastIndexOf(' ');
		String head = space < 0 ? "" : note.substring(0, space);
		String tail = note.substring(space + 1);
		return switch (action) {
			case "RECORD_ITEM" -> outcome(tail) == null ? null
					: message("acceptance.history.item", head, Refusals.resolvable(outcome(tail).messageKey()));
			case "PASS_ROOM" -> number(tail) == null ? null : message("acceptance.history.roomPassed", head, tail);
			case "FINISH" ->
				tail.equals("defects") && number(head) != null ? message("acceptance.history.defects", head) : null;
			case "RECHECK" -> !tail.equals("failed") || number(head) == null ? null : head.equals("0")
					? message("acceptance.history.recheckPassed") : message("acceptance.history.recheckFailed", head);
			case "BOOK_RECHECK" -> instant(note) == null ? null
					: message("acceptance.history.recheckAt", MINUTES.format(instant(note).atZone(zone)));
			default -> null;
		};
	}

	private static MessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args, code);
	}

	private static @Nullable ItemOutcome outcome(String s) {
		for (ItemOutcome o : ItemOutcome.values()) {
			if (o.name().equals(s)) {
				return o;
			}
		}
		return null;
	}

	private static @Nullable Integer number(String s) {
		return s.matches("\\d{1,4}") ? Integer.valueOf(s) : null;
	}

	private static @Nullable Instant instant(String s) {
		try {
			return Instant.parse(s);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
