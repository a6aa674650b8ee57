package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.inspections.InspectionEvents.EvaluationSigned;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A contractor's month-end evaluation (R11.4), computed from the month's records: a draft
 * that may be recomputed until the customer-service manager signs it; signed, it is the
 * basis of payment and never changes (the database refuses it too). A correction is a new
 * revision with a reason, computed again and signed again.
 */
final class Evaluation extends Aggregate {

	/** Whose evaluation, of which period, which revision and why it was made. */
	record Header(long communityId, long id, long contractorId, String contractorName, Trade trade,
			EvaluationPeriod period, int revision, @Nullable String reason) {
	}

	/** What the computation found: the rule, the failed items and the contract's fee. */
	record Figures(ScoringRule rule, List<Deduction> deductions, @Nullable BigDecimal monthlyFee) {

		BigDecimal score() {
			return rule.score(deductions);
		}

		int overdueItems() {
			return (int) deductions.stream().filter(Deduction::overdue).count();
		}

	}

	private final Header header;

	private Figures figures;

	private EvaluationStatus status;

	private Instant computedAt;

	private String computedBy;

	private @Nullable Instant signedAt;

	private @Nullable String signedBy;

	private @Nullable Long signedByStaffId;

	private final int version;

	private boolean linesChanged;

	private Evaluation(Header header, Figures figures, EvaluationStatus status, Instant computedAt, String computedBy,
			@Nullable Instant signedAt, @Nullable String signedBy, @Nullable Long signedByStaffId, int version) {
		this.header = header;
		this.figures = figures;
		this.status = status;
		this.computedAt = computedAt;
		this.computedBy = computedBy;
		this.signedAt = signedAt;
		this.signedBy = signedBy;
		this.signedByStaffId = signedByStaffId;
		this.version = version;
	}

	/** The first computation of a contractor's month: a draft, revision 1. */
	static Evaluation compute(Header header, Figures figures, Instant now, String actor) {
		Evaluation e = new Evaluation(header, figures, EvaluationStatus.DRAFT, now, actor, null, null, null, 0);
		e.linesChanged = true;
		e.step("COMPUTE", null, EvaluationStatus.DRAFT, e.score().toPlainString(), now, actor);
		return e;
	}

	static Evaluation restore(Header header, Figures figures, EvaluationStatus status, Instant computedAt,
			String computedBy, @Nullable Instant signedAt, @Nullable String signedBy, @Nullable Long signedByStaffId,
			int version) {
		return new Evaluation(header, figures, status, computedAt, computedBy, signedAt, signedBy, signedByStaffId,
				version);
	}

	/** This evaluation as its repository saved it over its version: the next version. */
	Evaluation savedAsNextVersion() {
		return new Evaluation(header, figures, status, computedAt, computedBy, signedAt, signedBy, signedByStaffId,
				version + 1);
	}

	List<EvaluationStep> possibleSteps() {
		List<EvaluationStep> steps = new ArrayList<>();
		for (EvaluationStep s : EvaluationStep.values()) {
			if (allows(s)) {
				steps.add(s);
			}
		}
		return steps;
	}

	boolean allows(EvaluationStep s) {
		return switch (status) {
			case DRAFT -> s == EvaluationStep.RECOMPUTE || s == EvaluationStep.SIGN;
			case SIGNED -> s == EvaluationStep.REVISE;
		};
	}

	/** Refuses the step unless the current state allows it, naming both. */
	void require(EvaluationStep s) {
		if (!allows(s)) {
			throw illegal(s, s.messageKey(), status.messageKey());
		}
	}

	/** Computes a draft again from the records as they are now. */
	void recompute(Figures figures, Instant now, String actor) {
		require(EvaluationStep.RECOMPUTE);
		this.figures = figures;
		this.computedAt = now;
		this.computedBy = actor;
		this.linesChanged = true;
		step("RECOMPUTE", status, status, score().toPlainString(), now, actor);
	}

	/** The customer-service manager signs: final from now on. */
	void sign(Instant now, String actor, @Nullable Long staffId) {
		require(EvaluationStep.SIGN);
		EvaluationStatus from = status;
		status = EvaluationStatus.SIGNED;
		signedAt = now;
		signedBy = actor;
		signedByStaffId = staffId;
		step("SIGN", from, status, score().toPlainString(), now, actor);
		raise(new EvaluationSigned(header.communityId(), header.id(), header.contractorId(), header.period().start(),
				header.period().end(), header.revision(), score()));
	}

	/**
	 * A correction of this signed evaluation: a new draft revision with the reason,
	 * computed from the records as they are now. This one stays as it was signed.
	 */
	Evaluation revise(long newId, String reason, Figures figures, Instant now, String actor) {
		require(EvaluationStep.REVISE);
		new Problems().text("reason", reason, 500).throwIfAny();
		Header next = new Header(header.communityId(), newId, header.contractorId(), header.contractorName(),
				header.trade(), header.period(), header.revision() + 1, reason.strip());
		Evaluation revision = new Evaluation(next, figures, EvaluationStatus.DRAFT, now, actor, null, null, null, 0);
		revision.linesChanged = true;
		revision.step("REVISE", null, EvaluationStatus.DRAFT,
				"r" + header.revision() + " → r" + next.revision() + ": " + next.reason(), now, actor);
		return revision;
	}

	BigDecimal score() {
		return figures.score();
	}

	BigDecimal deducted() {
		return figures.rule().deducted(figures.deductions());
	}

	Header header() {
		return header;
	}

	Figures figures() {
		return figures;
	}

	long id() {
		return header.id();
	}

	long communityId() {
		return header.communityId();
	}

	EvaluationStatus status() {
		return status;
	}

	Instant computedAt() {
		return computedAt;
	}

	String computedBy() {
		return computedBy;
	}

	@Nullable Instant signedAt() {
		return signedAt;
	}

	@Nullable String signedBy() {
		return signedBy;
	}

	@Nullable Long signedByStaffId() {
		return signedByStaffId;
	}

	int version() {
		return version;
	}

	boolean linesChanged() {
		return linesChanged;
	}

}
