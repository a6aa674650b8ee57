package com.guanjia.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * What a round is about when it is not a route: another module's record, e.g. a unit
 * ({@code UNIT}, its id, "3-2-1502") for a vacant-unit or custody check.
 */
@NamedInterface("api")
public record RoundSubject(String kind, long id, String label) {

	public static final String UNIT = "UNIT";

}
