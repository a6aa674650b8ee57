package com.guanjia.scheduling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every deadline rule the modules declare ({@link DeadlineRuleCatalogue}), each with the
 * rule a community actually uses: its own setting where it has one, the module's default
 * otherwise. For the manager who sets them and the supervisor who is judged by them.
 */
@Service
@Transactional(readOnly = true)
public class DeadlineRuleBook {

	private final List<DeadlineRuleCatalogue> catalogues;

	private final DeadlineSettings settings;

	private final CommunityScope scope;

	DeadlineRuleBook(List<DeadlineRuleCatalogue> catalogues, DeadlineSettings settings, CommunityScope scope) {
		this.catalogues = catalogues;
		this.settings = settings;
		this.scope = scope;
	}

	public List<RuleLine> rules(long communityId) {
		requireReader();
		scope.require(communityId);
		Map<String, DeadlineRule> custom = settings.rules(communityId)
			.stream()
			.collect(Collectors.toMap(DeadlineSettings.RuleSetting::ruleKey, DeadlineRuleBook::rule, (a, b) -> b));
		List<RuleLine> lines = new ArrayList<>();
		for (DeadlineRuleCatalogue catalogue : catalogues) {
			for (DeadlineRuleDefault d : catalogue.deadlineRules()) {
				DeadlineRule own = custom.get(d.ruleKey());
				lines.add(new RuleLine(d, own == null ? d.rule() : own, own != null));
			}
		}
		return lines;
	}

	/** One rule by key; 404 when no module declares it. */
	public RuleLine rule(long communityId, String ruleKey) {
		return rules(communityId).stream()
			.filter(l -> l.definition().ruleKey().equals(ruleKey))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("deadline-rule", ruleKey));
	}

	private void requireReader() {
		if (!scope.has(Permission.DEADLINE_ADMIN) && !scope.has(Permission.WORKORDER_SUPERVISE)) {
			throw new AccessDeniedException("deadline rules are for managers and supervisors");
		}
	}

	static DeadlineRule rule(DeadlineSettings.RuleSetting s) {
		return new DeadlineRule(Duration.ofMinutes(s.allowedMinutes()), s.endOfDay(), s.mode(), s.warnShare());
	}

	/**
	 * A declared rule and the rule the community uses; {@code custom} when it is the
	 * community's own.
	 */
	public record RuleLine(DeadlineRuleDefault definition, DeadlineRule effective, boolean custom) {
	}

}
