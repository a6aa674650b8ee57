package com.guanjia.inspections;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's evaluation settings as data: the period's end day (25 unless set) and the
 * scoring rule of each trade ({@link ScoringRule#DEFAULT} unless set).
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

	void setPeriodEndDay(long communityId, int day) {
		jdbc.sql("""
				insert into inspection_settings (community_id, period_end_day) values (?, ?)
				on conflict (community_id) do update set period_end_day = excluded.period_end_day,
				  version = inspection_settings.version + 1""").params(communityId, day).update();
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

	void setRule(long communityId, Trade trade, ScoringRule rule) {
		jdbc.sql(
				"""
						insert into inspection_scoring_rule (community_id, trade, base_score, deduction, overdue_factor, floor_score)
						values (?, ?, ?, ?, ?, ?) on conflict (community_id, trade) do update set base_score = excluded.base_score,
						  deduction = excluded.deduction, overdue_factor = excluded.overdue_factor,
						  floor_score = excluded.floor_score, version = inspection_scoring_rule.version + 1""")
			.params(communityId, trade.name(), rule.base(), rule.deduction(), rule.overdueFactor(), rule.floor())
			.update();
	}

}
