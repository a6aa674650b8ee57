package com.guanjia.support;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;

import org.springframework.stereotype.Component;

/** Units with the area, state and handover date a fee test needs. */
@Component
public class FeeFixtures {

	private final UnitManagement units;

	FeeFixtures(UnitManagement units) {
		this.units = units;
	}

	public UnitView unit(long communityId, long buildingId, String room, String area, UnitState state,
			LocalDate handover) {
		return Fixtures.as(Fixtures.ROOT, () -> units.register(communityId, new UnitCommand(buildingId, "1", room,
				UnitKind.RESIDENCE, null, new BigDecimal(area), state, handover)));
	}

}
