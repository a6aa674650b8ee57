package com.guanjia.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dated charge standards and fee settings of a community (R6.1, R6.2). */
@Service
@Transactional
public class ChargeStandards {

	/** The date from which a community's contracted rate applies when it is seeded. */
	static final LocalDate SINCE_ALWAYS = LocalDate.of(2000, 1, 1);

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	ChargeStandards(JdbcClient jdbc, CommunityScope scope, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
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
		jdbc.sql("""
				insert into billing_settings (community_id, rounding_mode, custodial_percent, due_days, late_fee_basis,
				  late_fee_rate, reversal_approval_threshold) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (community_id) do update set rounding_mode = excluded.rounding_mode,
				  custodial_percent = excluded.custodial_percent, due_days = excluded.due_days,
				  late_fee_basis = excluded.late_fee_basis, late_fee_rate = excluded.late_fee_rate,
				  reversal_approval_threshold = excluded.reversal_approval_threshold,
				  version = billing_settings.version + 1""")
			.params(communityId, settings.roundingMode().name(), settings.custodialPercent(), settings.dueDays(),
					settings.lateFeeBasis().name(), settings.lateFeeRate(),
					settings.reversalApprovalThreshold().amount())
			.update();
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
		return jdbc.sql("""
				select rounding_mode, custodial_percent, due_days, late_fee_basis, late_fee_rate,
				  reversal_approval_threshold from billing_settings where community_id = ?""")
			.param(communityId)
			.query((rs, i) -> new BillingSettings(RoundingMode.valueOf(rs.getString(1)), rs.getBigDecimal(2),
					rs.getInt(3), BillingSettings.LateFeeBasis.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					Money.of(rs.getBigDecimal(6))))
			.optional()
			.orElse(BillingSettings.DEFAULTS);
	}

	List<ChargeStandard> load(long communityId) {
		Map<Long, List<PriceTier>> tiers = new LinkedHashMap<>();
		jdbc.sql("select standard_id, up_to, price from charge_tier where community_id = ? order by standard_id, seq")
			.param(communityId)
			.query(rs -> {
				tiers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new PriceTier(rs.getBigDecimal(2), rs.getBigDecimal(3)));
			});
		return jdbc.sql("""
				select id, item, effective_from, rate from charge_standard where community_id = ?
				order by item, effective_from""")
			.param(communityId)
			.query((rs, i) -> new ChargeStandard(rs.getLong(1), ChargeItem.valueOf(rs.getString(2)),
					rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), tiers.getOrDefault(rs.getLong(1), List.of())))
			.list();
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
		boolean exists = jdbc
			.sql("select count(*) from charge_standard where community_id = ? and item = ? and effective_from = ?")
			.params(communityId, command.item().name(), Date.valueOf(command.effectiveFrom()))
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new ConflictException("billing.standardExists", command.item(), command.effectiveFrom());
		}
		long id = jdbc.sql("""
				insert into charge_standard (community_id, item, effective_from, rate, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, command.item().name(), Date.valueOf(command.effectiveFrom()), command.rate(),
					command.note(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actor)
			.query(Long.class)
			.single();
		List<PriceTier> tiers = command.tiersOrEmpty();
		for (int i = 0; i < tiers.size(); i++) {
			jdbc.sql("insert into charge_tier (community_id, standard_id, seq, up_to, price) values (?, ?, ?, ?, ?)")
				.params(communityId, id, i, tiers.get(i).upTo(), tiers.get(i).price())
				.update();
		}
		return new ChargeStandard(id, command.item(), command.effectiveFrom(), command.rate(), tiers);
	}

}
