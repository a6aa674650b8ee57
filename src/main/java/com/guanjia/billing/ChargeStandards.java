package com.guanjia.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated charge standards and fee settings of a community (R6.1, R6.2). */
@Service
@Transactional
public class ChargeStandards {

	/** The date from which a community's contracted rate applies when it is seeded. */
	static final LocalDate SINCE_ALWAYS = LocalDate.of(2000, 1, 1);

	private final ChargeStandardRepository repository;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	ChargeStandards(ChargeStandardRepository repository, CommunityScope scope, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	public ChargeStandard define(long communityId, ChargeStandardCommand command) {
		scope.require(Permission.FEE_ADMIN);
		scope.require(communityId);
		command.validate();
		ChargeStandard saved = insert(communityId, command, scope.actor());
		audit.record(communityId, "charge-standard", saved.id(), "create",
				command.item() + " from " + command.effectiveFrom() + " " + command.rate());
		return saved;
	}

	@Transactional(readOnly = true)
	public List<ChargeStandard> list(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return load(communityId);
	}

	@Transactional(readOnly = true)
	public BillingSettings settings(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return loadSettings(communityId);
	}

	public BillingSettings changeSettings(long communityId, BillingSettings settings) {
		scope.require(Permission.FEE_ADMIN);
		scope.require(communityId);
		settings.validate();
		repository.saveSettings(communityId, settings);
		audit.record(communityId, "billing-settings", communityId, "update", settings.toString());
		return settings;
	}

	/**
	 * Seeds the management fee from the community's contracted rate (no caller: a
	 * listener calls it).
	 */
	void seedManagementFee(long communityId, BigDecimal rate) {
		insert(communityId, new ChargeStandardCommand(ChargeItem.MANAGEMENT, SINCE_ALWAYS, rate, List.of(), "contract"),
				"system");
	}

	BillingSettings loadSettings(long communityId) {
		return repository.settings(communityId).orElse(BillingSettings.DEFAULTS);
	}

	List<ChargeStandard> load(long communityId) {
		return repository.standards(communityId);
	}

	Map<ChargeItem, StandardHistory> histories(long communityId) {
		Map<ChargeItem, List<ChargeStandard>> byItem = new EnumMap<>(ChargeItem.class);
		for (ChargeStandard s : load(communityId)) {
			byItem.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s);
		}
		Map<ChargeItem, StandardHistory> result = new EnumMap<>(ChargeItem.class);
		byItem.forEach((item, list) -> result.put(item, new StandardHistory(list)));
		return result;
	}

	private ChargeStandard insert(long communityId, ChargeStandardCommand command, String actor) {
		if (repository.exists(communityId, command)) {
			throw new ConflictException("billing.standardExists", command.item(), command.effectiveFrom());
		}
		return repository.insert(communityId, command, actor, clock.instant());
	}

}
