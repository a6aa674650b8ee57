package com.guanjia.scheduling;

import static com.guanjia.scheduling.DeadlineState.BREACHED;
import static com.guanjia.scheduling.DeadlineState.PAUSED;
import static com.guanjia.scheduling.DeadlineState.RUNNING;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a deadline clock and the states each may be taken from;
 * {@link DeadlineClock} checks them.
 */
enum ClockStep {

	/** Waiting for the resident: the clock stops. */
	PAUSE(RUNNING),

	/** Running again, its warning and due times moved by the time spent paused. */
	RESUME(PAUSED),

	/** The work is done; a clock already late stays marked late. */
	MEET(RUNNING, PAUSED, BREACHED),

	/** The work was cancelled: neither met nor missed. */
	CANCEL(RUNNING, PAUSED),

	/** Someone else answers for the work from now on. */
	REASSIGN(RUNNING, PAUSED),

	/** The warning share of the allowed time has passed. */
	WARN(RUNNING),

	/** The due time passed without the work being done. */
	BREACH(RUNNING);

	private final Set<DeadlineState> from;

	ClockStep(DeadlineState first, DeadlineState... more) {
		this.from = EnumSet.of(first, more);
	}

	boolean allowedFrom(DeadlineState state) {
		return from.contains(state);
	}

	String messageKey() {
		return "deadline.clockStep." + name();
	}

}
