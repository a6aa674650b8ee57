package com.guanjia.renovation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/**
 * One daily check of a renovation (R9.5): its day and kind, the inspection round that
 * holds it and how that round stands.
 */
@NamedInterface("api")
public record SiteCheckView(LocalDate day, SiteCheckKind kind, long roundId, Instant windowStart, Instant windowEnd,
		boolean done, boolean missed, boolean late, int failedItems) {
}
