package com.guanjia.residents;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/** A vehicle registered to a unit (and, when known, to the resident who drives it). */
@NamedInterface("api")
public record VehicleView(long id, long communityId, long unitId, String unitLabel, @Nullable Long partyId,
		@Nullable String partyName, String plate, @Nullable String brand, @Nullable String colour,
		LocalDate registeredOn, @Nullable LocalDate removedOn) {

	public boolean current() {
		return removedOn == null;
	}

	public boolean newEnergy() {
		return plate.length() == 8;
	}

}
