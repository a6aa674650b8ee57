package com.guanjia.arrears;

import java.math.BigDecimal;

import com.guanjia.billing.FeeReports.AgeBucket;

import org.jspecify.annotations.Nullable;

/**
 * Filters of the arrears list (issue 10 item 18): a building, units with debt in an age
 * bucket, a minimum amount owed, and only those whose next measure is due.
 */
public record ArrearsFilter(@Nullable Long buildingId, @Nullable AgeBucket bucket, @Nullable BigDecimal minAmount,
		boolean dueOnly) {

	public static final ArrearsFilter ALL = new ArrearsFilter(null, null, null, false);

	boolean keeps(ArrearsViews.Overdue o) {
		return (buildingId == null || o.debt().buildingId() == buildingId)
				&& (bucket == null || o.debt().buckets().containsKey(bucket))
				&& (minAmount == null || o.debt().total().amount().compareTo(minAmount) >= 0)
				&& (!dueOnly || o.nextStepDue());
	}

}
