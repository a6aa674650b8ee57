package com.guanjia.scheduling;

import org.springframework.modulith.NamedInterface;

/** What a clock measures (R3.2, R4.2, R2.2). */
@NamedInterface("api")
public enum DeadlineKind {

	/** On site within 30 minutes of an immediate request (R3.2). */
	RESPONSE,
	/** Arrival within ±5 minutes of the agreed appointment (R3.2). */
	APPOINTMENT,
	/** Passed to the manager or supervisor in time (R4.2). */
	ESCALATE,
	/** A clear answer to the resident (R4.2: major complaints within 2 days). */
	ANSWER,
	/** The work done (R4.2: 10, 3 or 2 days). */
	RESOLVE,
	/** A reply at the agreed time (R2.2). */
	REPLY,
	/** A return visit made in time (R5.1). */
	VISIT,
	/** The resident told the same day about their complaint (R4.3). */
	TELL;

	public String messageKey() {
		return "deadline.kind." + name();
	}

}
