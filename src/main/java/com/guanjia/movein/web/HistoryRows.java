package com.guanjia.movein.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.movein.AcceptanceHistoryNotes;
import com.guanjia.movein.MoveInHistoryLine;
import com.guanjia.movein.MoveInHistoryNotes;
import com.guanjia.platform.web.Messages;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The history of a move-in case, an acceptance or a custody agreement as the pages show
 * it: labels instead of codes, the staff member's name (系统 for the system's own steps).
 */
@Component
class HistoryRows {

	/** A history line in words. */
	record HistoryRow(Instant at, String actionKey, String actor, String note) {
	}

	private final Messages messages;

	HistoryRows(Messages messages) {
		this.messages = messages;
	}

	List<HistoryRow> of(List<MoveInHistoryLine> lines, ZoneId zone) {
		return lines.stream().map(h -> row(h, zone)).toList();
	}

	private HistoryRow row(MoveInHistoryLine h, ZoneId zone) {
		@Nullable MessageSourceResolvable described = AcceptanceHistoryNotes.describe(h, zone);
		if (described == null) {
			described = MoveInHistoryNotes.describe(h);
		}
		String note = described != null ? messages.get(described.getCodes()[0], described.getArguments())
				: h.note() == null ? "" : h.note();
		return new HistoryRow(h.at(), h.actionKey(),
				h.actorName() == null ? messages.get("movein.actor.system") : h.actorName(), note);
	}

}
