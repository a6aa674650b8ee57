package com.guanjia.inspections;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's evaluation settings as data: the period's end day (25 unless set) and the
 * scoring rule of each trade ({@link ScoringRule#DEFAULT} unless set), each with a
 * version so a change made meanwhile is not overwritten.
 */
@Repository
class ScoringRepository {

	static final int DEFAULT_END_DAY = 25;

	private final JdbcClient jdbc;

	ScoringRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int periodEndDay(long communityId) {
		return jdbc.sql("select period_end_day from inspection_settings where community_id = ?")
			.param(communityId)
			.query(Integer.class)
			.optional()
			.orElse(DEFAULT_END_DAY);
	}

	/** The end day of each community (25 where none is set), in one query. */
	Map<Long, Integer> periodEndDays(Collection<Long> communityIds) {
		Map<Long, Integer> days = new HashMap<>();
		communityIds.forEach(c -> days.put(c, DEFAULT_END_DAY));
		jdbc.sql("select community_id, period_end_day from inspection_settings where community_id = any(?)")
			.param(communityIds.toArray(Long[]::new))
			.query(rs -> {
				days.put(rs.getLong(1), rs.getInt(2));
			});
		return days;
	}

	/** The stored end day and its version (25 and 0 while none is set). */
	record Settings(int periodEndDay, int version) {
	}

	Settings settings(long communityId) {
		return jdbc.sql("select period_end_day, version from inspection_settings where community_id = ?")
			.param(communityId)
			.query((rs, i) -> new Settings(rs.getInt(1), rs.getInt(2)))
			.optional()
			.orElse(new Settings(DEFAULT_END_DAY, 0));
	}

	/**
	 * Sets the end day if the stored version is still {@code expected} (0: none stored
	 * yet); answers false when someone changed it meanwhile.
	 */
	boolean putPeriodEndDay(long communityId, int day, int expected) {
		if (expected == 0) {
			return jdbc.sql("""
					insert into inspection_settings (community_id, period_end_day, version) values (?, ?, 1)
					on conflict (community_id) do nothing""").params(communityId, day).update() == 1;
		}
		return jdbc.sql("""
				update inspection_settings set period_end_day = ?, version = version + 1
				where community_id = ? and version = ?""").params(day, communityId, expected).update() == 1;
	}

	ScoringRule rule(long communityId, Trade trade) {
		return jdbc.sql("""
				select base_score, deduction, overdue_factor, floor_score from inspection_scoring_rule
				where community_id = ? and trade = ?""")
			.params(communityId, trade.name())
			.query((rs, i) -> new ScoringRule(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4)))
			.optional()
			.orElse(ScoringRule.DEFAULT);
	}

	/** The trade's rule as stored, or the default (version 0). */
	EvaluationSettingsView.TradeRule tradeRule(long communityId, Trade trade) {
		return jdbc.sql("""
				select base_score, deduction, overdue_factor, floor_score, version from inspection_scoring_rule
				where community_id = ? and trade = ?""")
			.params(communityId, trade.name())
			.query((rs, i) -> new EvaluationSettingsView.TradeRule(trade, rs.getBigDecimal(1), rs.getBigDecimal(2),
					rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getInt(5), true))
			.optional()
			.orElse(new EvaluationSettingsView.TradeRule(trade, ScoringRule.DEFAULT.base(),
					ScoringRule.DEFAULT.deduction(), ScoringRule.DEFAULT.overdueFactor(), ScoringRule.DEFAULT.floor(),
					0, false));
	}

	/**
	 * Sets the trade's rule if the stored version is still {@code expected} (0: the
	 * default applies); answers false when someone changed it meanwhile.
	 */
	boolean putRule(long communityId, Trade trade, ScoringRule rule, int expected) {
		if (expected == 0) {
			return jdbc
				.sql("""
						insert into inspection_scoring_rule (community_id, trade, base_score, deduction, overdue_factor,
						  floor_score, version) values (?, ?, ?, ?, ?, ?, 1) on conflict (community_id, trade) do nothing""")
				.params(communityId, trade.name(), rule.base(), rule.deduction(), rule.overdueFactor(), rule.floor())
				.update() == 1;
		}
		return jdbc.sql("""
				update inspection_scoring_rule set base_score = ?, deduction = ?, overdue_factor = ?, floor_score = ?,
				  version = version + 1
				where community_id = ? and trade = ? and version = ?""")
			.params(rule.base(), rule.deduction(), rule.overdueFactor(), rule.floor(), communityId, trade.name(),
					expected)
			.update() == 1;
	}

}
