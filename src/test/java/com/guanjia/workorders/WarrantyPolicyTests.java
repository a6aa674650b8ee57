package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * R3.5: free or paid from the handover date and the category's warranty, at the boundary
 * days.
 */
class WarrantyPolicyTests {

	static final LocalDate HANDOVER = LocalDate.of(2021, 6, 17);

	@Test
	void fiveYearsMinusOneDayIsFreeAndPlusOneDayIsPaid() {
		LocalDate fiveYears = HANDOVER.plusYears(5);
		assertThat(WarrantyPolicy.decide(HANDOVER, "LEAK", true, 60, fiveYears.minusDays(1)).decision())
			.isEqualTo(Warranty.Decision.FREE);
		assertThat(WarrantyPolicy.decide(HANDOVER, "LEAK", true, 60, fiveYears.plusDays(1)).decision())
			.isEqualTo(Warranty.Decision.PAID);
		assertThat(WarrantyPolicy.decide(HANDOVER, "LEAK", true, 60, fiveYears).decision())
			.as("the anniversary itself is the first day out of warranty")
			.isEqualTo(Warranty.Decision.PAID);
		assertThat(WarrantyPolicy.decide(HANDOVER, "LEAK", true, 60, HANDOVER).until())
			.isEqualTo(LocalDate.of(2026, 6, 16));
	}

	@Test
	void lampsAndSwitchesHaveSixMonthsAndDoorsTwoYears() {
		assertThat(WarrantyPolicy.decide(HANDOVER, "LAMP_SWITCH", true, 6, LocalDate.of(2021, 12, 16)).decision())
			.isEqualTo(Warranty.Decision.FREE);
		assertThat(WarrantyPolicy.decide(HANDOVER, "LAMP_SWITCH", true, 6, LocalDate.of(2021, 12, 17)).decision())
			.isEqualTo(Warranty.Decision.PAID);
		assertThat(WarrantyPolicy.decide(HANDOVER, "DOOR_WINDOW", true, 24, LocalDate.of(2023, 6, 16)).decision())
			.isEqualTo(Warranty.Decision.FREE);
		assertThat(WarrantyPolicy.decide(HANDOVER, "DOOR_WINDOW", true, 24, LocalDate.of(2023, 6, 18)).decision())
			.isEqualTo(Warranty.Decision.PAID);
	}

	@Test
	void theStructureIsCoveredForItsDesignLifeAndUnknownsStayUndecided() {
		assertThat(WarrantyPolicy.decide(HANDOVER, "STRUCTURE", true, null, LocalDate.of(2060, 1, 1)).decision())
			.isEqualTo(Warranty.Decision.FREE);
		assertThat(WarrantyPolicy.decide(null, "LEAK", true, 60, HANDOVER).decision())
			.isEqualTo(Warranty.Decision.UNKNOWN);
		assertThat(WarrantyPolicy.decide(HANDOVER, null, false, null, HANDOVER).decision())
			.isEqualTo(Warranty.Decision.UNKNOWN);
	}

}
