package com.guanjia.inspections;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * One checkpoint of a round, part of the {@link Round} aggregate: pending until the
 * butler records its checklist (every item answered once, its time kept) or skips it with
 * a reason. A visited or skipped checkpoint is never recorded again.
 */
final class CheckpointVisit {

	private final int position;

	private final @Nullable Long checkpointId;

	private final String name;

	private final @Nullable Long areaId;

	private final long templateId;

	private final List<ChecklistItem> items;

	private VisitStatus status;

	private @Nullable Instant visitedAt;

	private boolean scanned;

	private @Nullable String visitedBy;

	private @Nullable Long visitedByStaffId;

	private @Nullable String note;

	private List<ItemResult> results;

	private boolean changed;

	CheckpointVisit(int position, @Nullable Long checkpointId, String name, @Nullable Long areaId, long templateId,
			List<ChecklistItem> items, VisitStatus status, @Nullable Instant visitedAt, boolean scanned,
			@Nullable String visitedBy, @Nullable Long visitedByStaffId, @Nullable String note,
			List<ItemResult> results) {
		this.position = position;
		this.checkpointId = checkpointId;
		this.name = name;
		this.areaId = areaId;
		this.templateId = templateId;
		this.items = List.copyOf(items);
		this.status = status;
		this.visitedAt = visitedAt;
		this.scanned = scanned;
		this.visitedBy = visitedBy;
		this.visitedByStaffId = visitedByStaffId;
		this.note = note;
		this.results = List.copyOf(results);
	}

	/** A checkpoint of a new round, nothing recorded yet. */
	static CheckpointVisit pending(int position, @Nullable Long checkpointId, String name, @Nullable Long areaId,
			long templateId, List<ChecklistItem> items) {
		return new CheckpointVisit(position, checkpointId, name, areaId, templateId, items, VisitStatus.PENDING, null,
				false, null, null, null, List.of());
	}

	void record(List<ItemAnswer> answers, @Nullable String note, boolean scanned, Instant now, String actor,
			@Nullable Long staffId) {
		requirePending();
		Map<Integer, ItemAnswer> byPosition = new HashMap<>();
		Problems p = new Problems();
		for (ItemAnswer a : answers) {
			p.check(byPosition.putIfAbsent(a.position(), a) == null, "items", "inspection.item.twice", a.position());
			p.check(items.stream().anyMatch(i -> i.position() == a.position()), "items", "inspection.item.unknown",
					a.position());
		}
		List<ItemResult> recorded = new ArrayList<>();
		for (ChecklistItem item : items) {
			ItemAnswer a = byPosition.get(item.position());
			String field = "items[" + item.position() + "].outcome";
			if (a == null || a.outcome() == null) {
				p.add(field, "inspection.item.unanswered", item.text());
				continue;
			}
			String itemNote = a.note() == null || a.note().isBlank() ? null : a.note().strip();
			p.optionalText("items[" + item.position() + "].note", itemNote, 500);
			recorded
				.add(new ItemResult(item.position(), item.text(), item.trade(), item.weight(), a.outcome(), itemNote));
		}
		p.optionalText("note", note, 500);
		p.throwIfAny();
		this.results = List.copyOf(recorded);
		this.note = note == null || note.isBlank() ? null : note.strip();
		this.scanned = scanned;
		this.visitedAt = now;
		this.visitedBy = actor;
		this.visitedByStaffId = staffId;
		this.status = VisitStatus.VISITED;
		this.changed = true;
	}

	void skip(String reason, Instant now, String actor) {
		requirePending();
		new Problems().text("reason", reason, 200).throwIfAny();
		this.note = reason.strip();
		this.visitedAt = now;
		this.visitedBy = actor;
		this.status = VisitStatus.SKIPPED;
		this.changed = true;
	}

	private void requirePending() {
		if (status != VisitStatus.PENDING) {
			throw new RuleViolationException("inspection.visit.done", name, Aggregate.resolvable(status.messageKey()));
		}
	}

	long failedItems() {
		return results.stream().filter(r -> r.outcome() == Outcome.FAIL).count();
	}

	boolean changed() {
		return changed;
	}

	void saved() {
		changed = false;
	}

	int position() {
		return position;
	}

	@Nullable Long checkpointId() {
		return checkpointId;
	}

	String name() {
		return name;
	}

	@Nullable Long areaId() {
		return areaId;
	}

	long templateId() {
		return templateId;
	}

	List<ChecklistItem> items() {
		return items;
	}

	VisitStatus status() {
		return status;
	}

	@Nullable Instant visitedAt() {
		return visitedAt;
	}

	boolean scanned() {
		return scanned;
	}

	@Nullable String visitedBy() {
		return visitedBy;
	}

	@Nullable Long visitedByStaffId() {
		return visitedByStaffId;
	}

	@Nullable String note() {
		return note;
	}

	List<ItemResult> results() {
		return results;
	}

}
