package com.guanjia.archive;

import com.guanjia.estate.UnitId;
import com.guanjia.residents.ResidentsEvents.OwnerRegistered;
import com.guanjia.residents.ResidentsEvents.OwnershipTransferred;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A change of ownership closes the old owners' section of the unit's archive and opens
 * the new owners' one at once (R1.4), not only when the next paper is filed; after the
 * registry's commit, in its own transaction. Working the section out again is harmless,
 * so a redelivery changes nothing.
 */
@Component
class ArchiveSectionListeners {

	private final ArchiveSections sections;

	ArchiveSectionListeners(ArchiveSections sections) {
		this.sections = sections;
	}

	@ApplicationModuleListener
	void on(OwnershipTransferred e) {
		sections.current(UnitId.of(e.communityId(), e.unitId()));
	}

	@ApplicationModuleListener
	void on(OwnerRegistered e) {
		sections.current(UnitId.of(e.communityId(), e.unitId()));
	}

}
