package com.guanjia.billing;

import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * What a closed in-unit repair charges its unit (R3.4: the paid-service price list,
 * adjusted by agreement): its work order, the amount and what it was for, as the bill
 * line shows it.
 */
@NamedInterface("api")
public record PaidRepairCharge(long communityId, long unitId, long workOrderId, String number, BigDecimal amount,
		String detail) {
}
