package com.guanjia.renovation;

import java.time.LocalDate;

/**
 * A worker's temporary pass (施工人员临时出入证, R9.3): its number (in the QR code), the worker,
 * the valid dates, the unit and the permit it belongs to.
 */
public record WorkerPassView(long id, long renovationId, String number, long workerId, String workerName,
		String workerIdCard, LocalDate validFrom, LocalDate validUntil, String unitLabel, String permitNumber) {
}
