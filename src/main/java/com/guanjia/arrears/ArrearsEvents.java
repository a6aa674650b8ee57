package com.guanjia.arrears;

import java.math.BigDecimal;

import org.springframework.modulith.NamedInterface;

/**
 * What the arrears module tells others (e.g. work orders may turn a restore task into a
 * job).
 */
public final class ArrearsEvents {

	private ArrearsEvents() {
	}

	/**
	 * A unit whose water or power was suspended has paid everything: restore it promptly
	 * (R6.7).
	 */
	@NamedInterface("api")
	public record UtilitiesRestoreDue(long communityId, long unitId, long taskId) {
	}

	/**
	 * A dunning step was recorded (notifications sends the SMS of a reminder by SMS): the
	 * action's id, what the unit owed then, and who recorded it (0 for the system).
	 */
	@NamedInterface("api")
	public record DunningStepTaken(long communityId, long unitId, String step, String channel, long actionId,
			BigDecimal owed, long staffId) {
	}

}
