package com.guanjia.estate;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Extension point of the registry (decision 0014): a module that keeps records referring
 * to units, buildings, parking spaces or residents registers a bean of this type that
 * counts its references to one. A registry record is deleted only when no check answers
 * with a reference; otherwise it can only be retired.
 * <p>
 * A check is one small package-private class in the referring module's root package. It
 * answers for the kinds of record it refers to and with an empty list for the others (and
 * for an id it does not know); it counts inside the record's community and reads only its
 * own module's tables.
 */
@NamedInterface("api")
public interface ReferenceCheck {

	/**
	 * The references of this module's records to the registry record; empty when none.
	 */
	List<Reference> referencesTo(RegistryRecord record);

}
