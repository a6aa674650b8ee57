package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The month-end run (R11.4), set-based: for any number of communities at once, the
 * periods, zones and contractors are read in one query each, the failed items of every
 * contractor in one, and the evaluations, their lines, history and audit entries written
 * with one statement each. The rules stay in {@link ScoringRule} and {@link Evaluation}:
 * a new month is revision 1, a draft is recomputed, a signed month is left as it was.
 */
@Component
class MonthEnd {

	/**
	 * What a run did: the evaluations it computed, and the signed ones it left alone (as
	 * they were signed).
	 */
	record Outcome(List<Evaluation> computed, List<Evaluation> signed) {
	}

	private final EvaluationRepository evaluations;

	private final ScoringRepository scoring;

	private final CommunityDirectory communities;

	private final AuditTrail audit;

	private final Clock clock;

	MonthEnd(EvaluationRepository evaluations, ScoringRepository scoring, CommunityDirectory communities,
			AuditTrail audit, Clock clock) {
		this.evaluations = evaluations;
		this.scoring = scoring;
		this.communities = communities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Each community's period of the month: the one its evaluations of the month have,
	 * else its end day's, following on from the month before's (decision 0026).
	 */
	Map<Long, EvaluationPeriod> periods(Collection<Long> communityIds, YearMonth month) {
		Map<Long, EvaluationRepository.Evaluated> evaluated = evaluations.evaluated(communityIds, month);
		Map<Long, EvaluationPeriod> periods = new HashMap<>();
		scoring.periodEndDays(communityIds).forEach((c, day) -> {
			EvaluationRepository.Evaluated done = evaluated.get(c);
			periods.put(c, EvaluationPeriod.resolve(month, day, done == null ? null : done.month(),
					done == null ? null : done.previousEnd()));
		});
		return periods;
	}

	/**
	 * Computes the month of every active contracted contractor of the communities, or of
	 * the one contractor when {@code contractorId} is given.
	 */
	Outcome run(Collection<Long> communityIds, @Nullable Long contractorId, YearMonth month, String actor) {
		if (communityIds.isEmpty()) {
			return new Outcome(List.of(), List.of());
		}
		Map<Long, ZoneId> zones = communities.timeZones(communityIds);
		List<EvaluationSubject> subjects = evaluations.subjects(periods(zones.keySet(), month), zones, contractorId);
		Map<EvaluationSubject, Evaluation> latest = evaluations.latestWithoutLines(subjects);
		List<EvaluationSubject> open = new ArrayList<>();
		List<Evaluation> signed = new ArrayList<>();
		for (EvaluationSubject s : subjects) {
			Evaluation e = latest.get(s);
			if (e == null || e.allows(EvaluationStep.RECOMPUTE)) {
				open.add(s);
			}
			else {
				signed.add(e);
			}
		}
		Map<EvaluationSubject, List<Deduction>> found = evaluations.deductions(open);
		Iterator<Long> ids = evaluations.nextIds((int) open.stream().filter(s -> !latest.containsKey(s)).count())
			.iterator();
		Instant now = clock.instant();
		List<Evaluation> inserted = new ArrayList<>();
		List<Evaluation> recomputed = new ArrayList<>();
		List<Evaluation> computed = new ArrayList<>();
		for (EvaluationSubject s : open) {
			Evaluation.Figures figures = new Evaluation.Figures(s.rule(), found.get(s), s.monthlyFee());
			Evaluation e = latest.get(s);
			if (e == null) {
				e = Evaluation.compute(new Evaluation.Header(s.communityId(), ids.next(), s.contractorId(), s.name(),
						s.trade(), s.period(), 1, null), figures, now, actor);
				inserted.add(e);
			}
			else {
				e.recompute(figures, now, actor);
				recomputed.add(e);
			}
			computed.add(e);
		}
		evaluations.write(inserted, recomputed);
		// A recomputed draft is saved at its next version.
		computed.replaceAll(e -> recomputed.contains(e) ? e.savedAsNextVersion() : e);
		audit.recordAll(computed.stream()
			.map(e -> new AuditTrail.NewEntry(e.communityId(), "inspection_evaluation", e.id(), "compute",
					e.header().contractorName() + " " + month + " r" + e.header().revision() + " = " + e.score()))
			.toList());
		return new Outcome(computed, evaluations.withLines(signed));
	}

	/** The figures of one subject as the records are now (a revision). */
	Evaluation.Figures figures(EvaluationSubject s) {
		return new Evaluation.Figures(s.rule(), evaluations.deductions(List.of(s)).get(s), s.monthlyFee());
	}

	/** One contractor as a subject of a period already fixed (a revision). */
	EvaluationSubject subject(long communityId, long contractorId, EvaluationPeriod period) {
		Map<Long, ZoneId> zones = communities.timeZones(List.of(communityId));
		return evaluations.subjects(Map.of(communityId, period), zones, contractorId).get(0);
	}

}
