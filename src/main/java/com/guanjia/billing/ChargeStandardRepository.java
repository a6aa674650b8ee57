package com.guanjia.billing;

import java.math.RoundingMode;
import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A community's dated charge standards with their tiers, and its billing settings. */
@Repository
class ChargeStandardRepository {

	private final JdbcClient jdbc;

	ChargeStandardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<BillingSettings> settings(long communityId) {
		return jdbc.sql("""
				select rounding_mode, custodial_percent, due_days, late_fee_basis, late_fee_rate,
				  reversal_approval_threshold from billing_settings where community_id = ?""")
			.param(communityId)
			.query((rs, i) -> new BillingSettings(RoundingMode.valueOf(rs.getString(1)), rs.getBigDecimal(2),
					rs.getInt(3), BillingSettings.LateFeeBasis.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					Money.of(rs.getBigDecimal(6))))
			.optional();
	}

	void saveSettings(long communityId, BillingSettings settings) {
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
	}

	/** Every standard of the community, by item and date, with its tiers. */
	List<ChargeStandard> standards(long communityId) {
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

	boolean exists(long communityId, ChargeStandardCommand command) {
		return jdbc
			.sql("select count(*) from charge_standard where community_id = ? and item = ? and effective_from = ?")
			.params(communityId, command.item().name(), Date.valueOf(command.effectiveFrom()))
			.query(Long.class)
			.single() > 0;
	}

	/** Stores the standard and its tiers; answers it with its id. */
	ChargeStandard insert(long communityId, ChargeStandardCommand command, String actor, Instant now) {
		long id = jdbc.sql("""
				insert into charge_standard (community_id, item, effective_from, rate, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, command.item().name(), Date.valueOf(command.effectiveFrom()), command.rate(),
					command.note(), SqlTime.utc(now), actor)
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
