package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a worker's pass lets its holder in now (R9.3, R9.4; seed 000
 * "如需超时工作或在规定时间外工作，须获得管理处书面同意"): the renovation's permit is running, the day is within
 * the pass's valid dates, and the time is within the working hours or an approved
 * overtime window. Pure: the caller brings the facts and the community's local day and
 * time.
 */
final class GatePolicy {

	/** Why a pass is refused at the gate; null when admitted. */
	enum Refusal {

		UNKNOWN, NOT_PERMITTED, OUTSIDE_DATES, OUTSIDE_HOURS;

		String messageKey() {
			return "renovation.gate.refused." + name();
		}

	}

	/** An approved overtime window. */
	record Window(Instant startsAt, Instant endsAt) {

		boolean covers(Instant t) {
			return !t.isBefore(startsAt) && t.isBefore(endsAt);
		}

	}

	private GatePolicy() {
	}

	static @Nullable Refusal check(boolean permitRunning, LocalDate validFrom, LocalDate validUntil, LocalDate day,
			LocalTime time, Instant now, WorkingHours hours, List<Window> overtime) {
		if (!permitRunning) {
			return Refusal.NOT_PERMITTED;
		}
		if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
			return Refusal.OUTSIDE_DATES;
		}
		if (!hours.allows(time) && overtime.stream().noneMatch(w -> w.covers(now))) {
			return Refusal.OUTSIDE_HOURS;
		}
		return null;
	}

}
