package com.guanjia.residents;

/** A unit a party is currently tied to, and how. */
public record UnitTie(long unitId, String unitLabel, OccupantRole role) {
}
