package com.guanjia.cashier;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A cashier's business day, in the community's time zone, and whether it is closed.
 * Payments and the close take the same lock per cashier and day, so a payment either
 * lands before the close counts it or is refused after (R6.6).
 */
@Component
class CashierDays {

	private final JdbcClient jdbc;

	private final CommunityDirectory communities;

	private final Clock clock;

	CashierDays(JdbcClient jdbc, CommunityDirectory communities, Clock clock) {
		this.jdbc = jdbc;
		this.communities = communities;
		this.clock = clock;
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	void lock(long communityId, String cashier, LocalDate day) {
		jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))")
			.params((int) communityId, "close:" + cashier + ":" + day)
			.query((rs, i) -> 1)
			.list();
	}

	boolean isClosed(long communityId, String cashier, LocalDate day) {
		return jdbc.sql("select count(*) from daily_close where community_id = ? and cashier = ? and business_day = ?")
			.params(communityId, cashier, Date.valueOf(day))
			.query(Long.class)
			.single() > 0;
	}

	/** Refuses a change to a day whose close was handed over. */
	void requireOpen(long communityId, String cashier, LocalDate day) {
		lock(communityId, cashier, day);
		if (isClosed(communityId, cashier, day)) {
			throw new RuleViolationException("cashier.dayClosed", day);
		}
	}

}
