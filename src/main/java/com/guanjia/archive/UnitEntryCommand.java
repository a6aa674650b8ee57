package com.guanjia.archive;

import java.time.LocalDate;

import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/** An entry staff add to a unit's events log: a leak, a renovation starting, a note… */
public record UnitEntryCommand(@Nullable UnitEventKind kind, @Nullable LocalDate occurredOn, @Nullable String note) {

	void validate(Problems p, LocalDate today) {
		p.required("kind", kind);
		p.check(kind == null || kind.manual(), "kind", "archive.kind.notManual");
		if (kind == UnitEventKind.NOTE) {
			p.text("note", note, 500);
		}
		else {
			p.optionalText("note", note, 500);
		}
		p.check(occurredOn == null || !occurredOn.isAfter(today), "occurredOn", "validation.date.future");
	}

}
