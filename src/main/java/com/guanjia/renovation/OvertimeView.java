package com.guanjia.renovation;

import java.time.Instant;

/** The management office's written consent to work outside the hours (R9.4). */
public record OvertimeView(long id, long renovationId, Instant startsAt, Instant endsAt, String reason,
		String approvedBy, Instant approvedAt) {
}
