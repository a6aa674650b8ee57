package com.guanjia.meters;

import java.time.YearMonth;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billable consumption for billing runs (no caller scope: the billing service has checked
 * it). Held readings are left out until engineering confirms or corrects them (R7.1).
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("api")
public class MeterReadings {

	private final MeterReadingRepository repository;

	MeterReadings(MeterReadingRepository repository) {
		this.repository = repository;
	}

	public List<Consumption> billable(long communityId, YearMonth month) {
		return repository.billable(communityId, month);
	}

	/**
	 * Whether a reading is still held back for a re-check (for the engineering task that
	 * asks for it).
	 */
	public boolean isHeld(long communityId, long readingId) {
		return repository.isHeld(communityId, readingId);
	}

	/**
	 * How many readings of the month are still held for a re-check (shown in the billing
	 * preview).
	 */
	public long heldCount(long communityId, YearMonth month) {
		return repository.heldCount(communityId, month);
	}

}
