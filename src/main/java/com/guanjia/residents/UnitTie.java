package com.guanjia.residents;

import org.springframework.modulith.NamedInterface;

/** A unit a party is currently tied to, and how. */
@NamedInterface("api")
public record UnitTie(long unitId, String unitLabel, OccupantRole role) {
}
