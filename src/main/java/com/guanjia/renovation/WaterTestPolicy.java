package com.guanjia.renovation;

import java.time.Duration;
import java.time.Instant;

import com.guanjia.shared.RuleViolationException;

/**
 * The closed-water test (闭水试验, R9.6; seed 003 "闭水试验是否达到48小时"): water stands at least 48
 * hours, and the unit below is checked for leaks before a test is passed. A shorter test
 * can be ended as failed, never passed.
 */
final class WaterTestPolicy {

	static final Duration MINIMUM = Duration.ofHours(48);

	private WaterTestPolicy() {
	}

	static void requirePassable(Instant startedAt, Instant endedAt, boolean belowChecked) {
		Duration stood = Duration.between(startedAt, endedAt);
		if (stood.compareTo(MINIMUM) < 0) {
			throw new RuleViolationException("renovation.water.tooShort", stood.toHours(), stood.toMinutesPart());
		}
		if (!belowChecked) {
			throw new RuleViolationException("renovation.water.belowNotChecked");
		}
	}

}
