package com.guanjia.arrears;

/** What the arrears module tells others (e.g. work orders may turn a restore task into a job). */
public final class ArrearsEvents {

	private ArrearsEvents() {
	}

	/** A unit whose water or power was suspended has paid everything: restore it promptly (R6.7). */
	public record UtilitiesRestoreDue(long communityId, long unitId, long taskId) {
	}

	/** A dunning step was recorded (e.g. notifications may send the SMS of a reminder). */
	public record DunningStepTaken(long communityId, long unitId, String step, String channel) {
	}

}
