package com.guanjia.cashier;

import java.time.Clock;
import java.time.LocalDate;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * A cashier's business day, in the community's time zone, and whether it is closed.
 * Payments and the close take the same lock per cashier and day, so a payment either
 * lands before the close counts it or is refused after (R6.6).
 */
@Component
class CashierDays {

	private final DailyCloseRepository closes;

	private final AdvisoryLocks locks;

	private final CommunityDirectory communities;

	private final Clock clock;

	CashierDays(DailyCloseRepository closes, AdvisoryLocks locks, CommunityDirectory communities, Clock clock) {
		this.closes = closes;
		this.locks = locks;
		this.communities = communities;
		this.clock = clock;
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	/**
	 * Takes the cashier's day lock (until the transaction ends) and answers whether the
	 * day is closed: a close in flight is waited for.
	 */
	boolean isClosedLocked(long communityId, String cashier, LocalDate day) {
		locks.lockForTransaction(communityId, "close:" + cashier + ":" + day);
		return closes.exists(communityId, cashier, day);
	}

	/** Whether the day is closed, without waiting (for pages). */
	boolean isClosed(long communityId, String cashier, LocalDate day) {
		return closes.exists(communityId, cashier, day);
	}

	/** Refuses a change to a day whose close was handed over. */
	void requireOpen(long communityId, String cashier, LocalDate day) {
		if (isClosedLocked(communityId, cashier, day)) {
			throw new RuleViolationException("cashier.dayClosed", day);
		}
	}

}
