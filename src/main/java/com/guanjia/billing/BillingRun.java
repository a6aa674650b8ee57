package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.billing.BillingEvents.PaymentNoticesIssued;
import com.guanjia.billing.RunView.RunStatus;
import com.guanjia.billing.RunView.Step;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A billing run of a community (R6.3): previewed, then written chunk by chunk (RUNNING;
 * an interrupted run resumes), then COMMITTED once, which issues its payment notices. The
 * chunks themselves (lines, cursor, totals) are written set-based by {@link RunWriter}
 * under the run's row lock; this object decides the steps.
 */
final class BillingRun {

	private long id;

	private final long communityId;

	private final YearMonth firstMonth;

	private final int months;

	private final int units;

	private final int lines;

	private final BigDecimal total;

	private final @Nullable String preview;

	private final String startedBy;

	private final Instant createdAt;

	private RunStatus status;

	private @Nullable Instant committedAt;

	private int version;

	private final List<Object> events = new ArrayList<>();

	/** The stored facts of a run (only the repository builds one). */
	record Stored(long id, long communityId, YearMonth firstMonth, int months, RunStatus status, int units, int lines,
			BigDecimal total, @Nullable String preview, String startedBy, Instant createdAt,
			@Nullable Instant committedAt, int version) {
	}

	private BillingRun(Stored s) {
		this.id = s.id();
		this.communityId = s.communityId();
		this.firstMonth = s.firstMonth();
		this.months = s.months();
		this.status = s.status();
		this.units = s.units();
		this.lines = s.lines();
		this.total = s.total();
		this.preview = s.preview();
		this.startedBy = s.startedBy();
		this.createdAt = s.createdAt();
		this.committedAt = s.committedAt();
		this.version = s.version();
	}

	/** A previewed run: its months, how many units it covers and its totals by item. */
	static BillingRun previewed(long communityId, YearMonth firstMonth, int months, int units, String preview,
			String actor, Instant now) {
		return new BillingRun(new Stored(0, communityId, firstMonth, months, RunStatus.PREVIEW, units, 0,
				BigDecimal.ZERO, preview, actor, now, null, 0));
	}

	static BillingRun restore(Stored s) {
		return new BillingRun(s);
	}

	/** Writing starts, or resumes after an interruption; refused once committed. */
	void start() {
		check(Step.START);
		status = Step.START.to();
	}

	/** Every unit is written: committed, and the notices of its units are issued. */
	void finish(Instant now) {
		check(Step.FINISH);
		status = Step.FINISH.to();
		committedAt = now;
		events.add(new PaymentNoticesIssued(communityId, id, firstMonth.atDay(1), months, units, total));
	}

	boolean isCommitted() {
		return status == RunStatus.COMMITTED;
	}

	private void check(Step step) {
		if (!step.allowedFrom(status)) {
			throw new RuleViolationException("run.illegal", new DefaultMessageSourceResolvable(step.messageKey()),
					new DefaultMessageSourceResolvable(status.messageKey()));
		}
	}

	void recorded(long newId) {
		id = newId;
	}

	void saved() {
		version++;
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	YearMonth firstMonth() {
		return firstMonth;
	}

	int months() {
		return months;
	}

	RunStatus status() {
		return status;
	}

	Stored stored() {
		return new Stored(id, communityId, firstMonth, months, status, units, lines, total, preview, startedBy,
				createdAt, committedAt, version);
	}

	RunView toView() {
		return new RunView(id, communityId, firstMonth.atDay(1), months, status, units, lines, total, preview,
				startedBy, createdAt, committedAt);
	}

}
