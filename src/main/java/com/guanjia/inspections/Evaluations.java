package com.guanjia.inspections;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month-end evaluation of contractors (R11.4, seed 001 "月底(25号)做出评估，给客户部经理审核后交
 * 财务部…以此作为支付费用的依据"): computed from the month's records with the community's scoring rule,
 * recomputed while a draft, signed by the customer-service manager and then final; a
 * correction is a new revision with a reason, signed again.
 */
@Service
@Transactional
@NamedInterface("api")
public class Evaluations {

	private final EvaluationRepository evaluations;

	private final ContractorRepository contractors;

	private final ScoringRepository scoring;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Evaluations(EvaluationRepository evaluations, ContractorRepository contractors, ScoringRepository scoring,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.evaluations = evaluations;
		this.contractors = contractors;
		this.scoring = scoring;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The period of a month in the community (26th to 25th unless its end day is set).
	 */
	@Transactional(readOnly = true)
	public EvaluationPeriod period(long communityId, YearMonth month) {
		return EvaluationPeriod.of(month, scoring.periodEndDay(communityId));
	}

	/**
	 * Computes a contractor's month: revision 1 the first time, the draft again while it
	 * is one; a signed month is refused (revise it instead).
	 */
	public EvaluationView compute(long contractorId, YearMonth month) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		ContractorView contractor = contractors.find(scope.allowedIds(), contractorId)
			.orElseThrow(() -> new NotFoundException("contractor", contractorId));
		Evaluation e = computeFor(contractor, month, scope.actor());
		return view(e);
	}

	/** Every active contractor's month in a community (the month-end run). */
	public List<EvaluationView> computeAll(long communityId, YearMonth month) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		scope.require(communityId);
		List<EvaluationView> computed = new ArrayList<>();
		for (ContractorView c : contractors.list(communityId)) {
			if (c.active() && c.trade().contracted()) {
				computed.add(summary(computeFor(c, month, scope.actor())));
			}
		}
		return computed;
	}

	private Evaluation computeFor(ContractorView contractor, YearMonth month, String actor) {
		long communityId = contractor.communityId();
		EvaluationPeriod period = period(communityId, month);
		Instant now = clock.instant();
		var latest = evaluations.latest(communityId, contractor.id(), period);
		Evaluation.Figures figures = figures(contractor, period);
		Evaluation e;
		if (latest.isEmpty()) {
			e = Evaluation.compute(new Evaluation.Header(communityId, evaluations.nextId(), contractor.id(),
					contractor.name(), contractor.trade(), period, 1, null), figures, now, actor);
			evaluations.insert(e);
		}
		else {
			e = latest.get();
			if (!e.allows(EvaluationStep.RECOMPUTE)) {
				throw new RuleViolationException("inspection.evaluation.signedUseRevise", contractor.name(),
						e.header().revision());
			}
			e.recompute(figures, now, actor);
			evaluations.save(e);
		}
		audit.record(communityId, "inspection_evaluation", e.id(), "compute",
				contractor.name() + " " + month + " r" + e.header().revision() + " = " + e.score());
		return e;
	}

	private Evaluation.Figures figures(ContractorView contractor, EvaluationPeriod period) {
		ZoneId zone = communities.timeZone(contractor.communityId());
		List<Deduction> found = evaluations.deductions(contractor.communityId(), contractor.id(), contractor.trade(),
				period, zone);
		BigDecimal fee = contractor.contracts()
			.stream()
			.filter(k -> k.covers(period.end()))
			.map(ContractView::monthlyFee)
			.reduce(BigDecimal::add)
			.orElse(null);
		return new Evaluation.Figures(scoring.rule(contractor.communityId(), contractor.trade()), found, fee);
	}

	/** The customer-service manager signs the evaluation shown at {@code version}. */
	public EvaluationView sign(long evaluationId, int version) {
		scope.require(Permission.INSPECTION_SIGN);
		Evaluation e = load(evaluationId);
		if (e.version() != version) {
			throw new ConflictException("error.staleVersion");
		}
		e.sign(clock.instant(), scope.actor(), scope.staffId() == 0 ? null : scope.staffId());
		evaluations.save(e);
		audit.record(e.communityId(), "inspection_evaluation", e.id(), "sign", e.score().toPlainString());
		e.takeEvents().forEach(events::publishEvent);
		return view(e);
	}

	/** A correction of a signed evaluation: a new draft revision with the reason. */
	public EvaluationView revise(long evaluationId, @Nullable String reason) {
		scope.require(Permission.INSPECTION_SUPERVISE);
		Evaluation signed = load(evaluationId);
		Evaluation latest = evaluations
			.latest(signed.communityId(), signed.header().contractorId(), signed.header().period())
			.orElseThrow();
		if (latest.id() != signed.id()) {
			throw new RuleViolationException("inspection.evaluation.notLatest", latest.header().revision());
		}
		ContractorView contractor = contractors.find(List.of(signed.communityId()), signed.header().contractorId())
			.orElseThrow();
		Evaluation revision = signed.revise(evaluations.nextId(), reason == null ? "" : reason,
				figures(contractor, signed.header().period()), clock.instant(), scope.actor());
		evaluations.insert(revision);
		audit.record(signed.communityId(), "inspection_evaluation", revision.id(), "revise", reason);
		return view(revision);
	}

	/** An evaluation the caller may see, with its lines, or 404. */
	@Transactional(readOnly = true)
	public EvaluationView get(long evaluationId) {
		scope.require(Permission.INSPECTION_READ);
		return view(evaluations.load(scope.allowedIds(), evaluationId, false)
			.orElseThrow(() -> new NotFoundException("evaluation", evaluationId)));
	}

	/** The community's evaluations, newest period first (lines left out). */
	@Transactional(readOnly = true)
	public List<EvaluationView> list(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return evaluations.list(communityId, 200).stream().map(e -> summary(e)).toList();
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long evaluationId) {
		EvaluationView e = get(evaluationId);
		return evaluations.history(e.communityId(), evaluationId);
	}

	private Evaluation load(long evaluationId) {
		return evaluations.load(scope.allowedIds(), evaluationId, true)
			.orElseThrow(() -> new NotFoundException("evaluation", evaluationId));
	}

	/** The evaluation as saved (its version now), with its lines. */
	private EvaluationView view(Evaluation e) {
		Evaluation saved = evaluations.load(List.of(e.communityId()), e.id(), false).orElseThrow();
		return view(saved, evaluations.lines(e.communityId(), e.id()));
	}

	private EvaluationView summary(Evaluation e) {
		return view(e, List.of());
	}

	private EvaluationView view(Evaluation e, List<EvaluationLine> lines) {
		Evaluation.Header h = e.header();
		List<EvaluationStep> steps = e.possibleSteps().stream().filter(s -> switch (s) {
			case SIGN -> scope.has(Permission.INSPECTION_SIGN);
			case RECOMPUTE, REVISE -> scope.has(Permission.INSPECTION_SUPERVISE);
		}).toList();
		return new EvaluationView(h.id(), h.communityId(), h.contractorId(), h.contractorName(), h.trade(),
				h.period().month(), h.period().start(), h.period().end(), h.revision(), e.status(), e.figures().rule(),
				e.figures().deductions().size(), e.figures().overdueItems(), e.deducted(), e.score(),
				e.figures().monthlyFee(), h.reason(), e.computedAt(), e.computedBy(), e.signedAt(), e.signedBy(),
				e.version(), steps, lines);
	}

}
