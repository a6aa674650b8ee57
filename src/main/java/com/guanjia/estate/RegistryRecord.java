package com.guanjia.estate;

import org.springframework.modulith.NamedInterface;

/**
 * A record of the registry that can be retired or deleted (decision 0014): a unit, a
 * building, a parking space or a resident (a party of the residents module), always with
 * its community. A {@link ReferenceCheck} is asked whether anything refers to it.
 */
@NamedInterface("api")
public record RegistryRecord(Kind kind, long communityId, long id) {

	@NamedInterface("api")
	public enum Kind {

		UNIT, BUILDING, PARKING_SPACE,
		/** A person or company of the residents module (its party id). */
		RESIDENT

	}

	public static RegistryRecord unit(long communityId, long id) {
		return new RegistryRecord(Kind.UNIT, communityId, id);
	}

	public static RegistryRecord building(long communityId, long id) {
		return new RegistryRecord(Kind.BUILDING, communityId, id);
	}

	public static RegistryRecord parkingSpace(long communityId, long id) {
		return new RegistryRecord(Kind.PARKING_SPACE, communityId, id);
	}

	public static RegistryRecord resident(long communityId, long id) {
		return new RegistryRecord(Kind.RESIDENT, communityId, id);
	}

}
