package com.guanjia.inspections;

import java.math.BigDecimal;
import java.util.Arrays;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's month-end settings as data (R11.4): the period's end day (1–28, 25 unless
 * set) and the scoring rule of each contracted trade. The customer-service manager, who
 * signs the evaluations, sets them; every change is audited. A change applies to the
 * months not yet evaluated (decision 0026): a month already computed keeps its period, a
 * signed evaluation keeps the rule it was signed with (its revisions too), a draft is
 * recomputed with the rule in force.
 */
@Service
@Transactional
public class EvaluationSettings {

	static final BigDecimal MAX_POINTS = new BigDecimal("9999.99");

	static final BigDecimal MAX_FACTOR = new BigDecimal("99.99");

	private final ScoringRepository scoring;

	private final CommunityScope scope;

	private final AuditTrail audit;

	EvaluationSettings(ScoringRepository scoring, CommunityScope scope, AuditTrail audit) {
		this.scoring = scoring;
		this.scope = scope;
		this.audit = audit;
	}

	/**
	 * A rule as entered; {@code version} is the one read (0 while the default applies).
	 */
	public record RuleChange(@Nullable BigDecimal baseScore, @Nullable BigDecimal deductionPerItem,
			@Nullable BigDecimal overdueFactor, @Nullable BigDecimal floorScore, @Nullable Integer version) {
	}

	@Transactional(readOnly = true)
	public EvaluationSettingsView get(long communityId) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return view(communityId);
	}

	/** Sets the period's end day, from the first month not yet evaluated. */
	public EvaluationSettingsView setPeriodEndDay(long communityId, @Nullable Integer day, @Nullable Integer version) {
		scope.require(Permission.INSPECTION_SIGN);
		scope.require(communityId);
		Problems p = new Problems();
		if (p.required("periodEndDay", day).isEmpty()) {
			p.check(day >= 1 && day <= 28, "periodEndDay", "validation.range", 1, 28);
		}
		p.required("version", version).throwIfAny();
		int before = scoring.periodEndDay(communityId);
		if (!scoring.putPeriodEndDay(communityId, day, version)) {
			throw new ConflictException("error.staleVersion");
		}
		audit.record(communityId, "inspection_settings", communityId, "period-end-day", before + " → " + day);
		return view(communityId);
	}

	/** Sets a contracted trade's scoring rule, for the months not yet evaluated. */
	public EvaluationSettingsView setRule(long communityId, @Nullable Trade trade, RuleChange change) {
		scope.require(Permission.INSPECTION_SIGN);
		scope.require(communityId);
		Problems p = new Problems();
		if (p.required("trade", trade).isEmpty()) {
			p.check(trade.contracted(), "trade", "inspection.settings.tradeNotContracted");
		}
		amount(p, "baseScore", change.baseScore(), MAX_POINTS);
		amount(p, "deductionPerItem", change.deductionPerItem(), MAX_POINTS);
		amount(p, "overdueFactor", change.overdueFactor(), MAX_FACTOR);
		amount(p, "floorScore", change.floorScore(), MAX_POINTS);
		if (p.isEmpty()) {
			p.check(change.floorScore().compareTo(change.baseScore()) <= 0, "floorScore",
					"inspection.settings.floorAboveBase");
		}
		p.required("version", change.version()).throwIfAny();
		ScoringRule rule = new ScoringRule(change.baseScore(), change.deductionPerItem(), change.overdueFactor(),
				change.floorScore());
		ScoringRule before = scoring.rule(communityId, trade);
		if (!scoring.putRule(communityId, trade, rule, change.version())) {
			throw new ConflictException("error.staleVersion");
		}
		audit.record(communityId, "inspection_scoring_rule", communityId + ":" + trade, "set",
				trade + " " + text(before) + " → " + text(rule));
		return view(communityId);
	}

	private static void amount(Problems p, String field, @Nullable BigDecimal value, BigDecimal max) {
		if (value == null) {
			p.add(field, "validation.required");
		}
		else if (value.signum() < 0 || value.compareTo(max) > 0) {
			p.add(field, "validation.range", 0, max.toPlainString());
		}
		else if (value.stripTrailingZeros().scale() > 2) {
			p.add(field, "validation.money.scale");
		}
	}

	private static String text(ScoringRule r) {
		return r.base().toPlainString() + " − " + r.deduction().toPlainString() + "×weight (overdue ×"
				+ r.overdueFactor().toPlainString() + "), floor " + r.floor().toPlainString();
	}

	private EvaluationSettingsView view(long communityId) {
		ScoringRepository.Settings settings = scoring.settings(communityId);
		return new EvaluationSettingsView(communityId, settings.periodEndDay(), settings.version(),
				Arrays.stream(Trade.values())
					.filter(Trade::contracted)
					.map(t -> scoring.tradeRule(communityId, t))
					.toList());
	}

}
