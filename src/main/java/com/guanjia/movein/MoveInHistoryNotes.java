package com.guanjia.movein;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A move-in case's history note as the reader reads it (issue 10 item 19: no codes on the
 * Chinese pages). The steps store their notes as data — "PROXY 吴晓东", "ID_COPY", "3
 * items", "2026-12-07 OCCUPIED" — and this turns them into bundle messages with the
 * applicant kind's, the paper's and the unit state's labels. A note of another shape (a
 * name, a reason typed by staff) is shown as it is.
 */
public final class MoveInHistoryNotes {

	private static final String PREFIX = "movein.action.";

	private MoveInHistoryNotes() {
	}

	/** The note as a message, or {@code null} when it is shown as it is. */
	public static @Nullable MessageSourceResolvable describe(MoveInHistoryLine line) {
		String note = line.note();
		if (note == null || !line.actionKey().startsWith(PREFIX)) {
			return null;
		}
		int space = note.indexOf(' ');
		String head = space < 0 ? note : note.substring(0, space);
		String rest = space < 0 ? "" : note.substring(space + 1);
		return switch (line.actionKey().substring(PREFIX.length())) {
			case "OPEN" -> {
				ApplicantKind kind = constant(ApplicantKind.class, head);
				yield kind == null ? null : message("movein.history.opened", resolvable(kind.messageKey()), rest);
			}
			case "ATTACH" -> {
				DocumentType type = constant(DocumentType.class, note);
				yield type == null ? null : resolvable(type.messageKey());
			}
			case "HAND_OUT" -> rest.equals("items") && head.matches("\\d{1,4}")
					? message("movein.history.handedOut", Integer.valueOf(head)) : null;
			case "COMPLETE" -> {
				UnitState state = constant(UnitState.class, rest);
				yield state == null || date(head) == null ? null
						: message("movein.history.completed", head, resolvable(state.messageKey()));
			}
			default -> null;
		};
	}

	private static MessageSourceResolvable message(String code, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { code }, args, code);
	}

	private static MessageSourceResolvable resolvable(String code) {
		return Refusals.resolvable(code);
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equals(name)) {
				return e;
			}
		}
		return null;
	}

	private static @Nullable LocalDate date(String s) {
		try {
			return LocalDate.parse(s);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
