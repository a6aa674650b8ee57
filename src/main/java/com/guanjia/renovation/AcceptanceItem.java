package com.guanjia.renovation;

import org.springframework.modulith.NamedInterface;

/**
 * The completion acceptance's checklist (R9.7): what engineering confirms before the work
 * is accepted — the main structure and the load as permitted (R9.2), the wet rooms'
 * waterproofing and the unit below (R9.6), the wiring and the water as on their drawings
 * (R9.1), fire safety, and the public parts undamaged and the debris gone.
 */
@NamedInterface("api")
public enum AcceptanceItem {

	STRUCTURE, WATERPROOFING, ELECTRICAL, PLUMBING, FIRE_SAFETY, PUBLIC_AREA;

	public String messageKey() {
		return "renovation.acceptance." + name();
	}

}
