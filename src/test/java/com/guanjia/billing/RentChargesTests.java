package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * R1.2 (issue 14): which units were charged parking rent in a month and for how many
 * spaces, as the car park's monthly space check reads it; a reversed charge no longer
 * counts.
 */
@GuanjiaTest
class RentChargesTests {

	static final YearMonth NOV = YearMonth.of(2026, 11);

	@Autowired
	RentCharges rents;

	@Autowired
	BillingRuns runs;

	@Autowired
	ChargeStandards standards;

	@Autowired
	Ledger ledger;

	@Autowired
	ParkingManagement parking;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Test
	void theUnitsChargedRentAndHowManySpaces_aReversedChargeLeftOut() {
		long community = fixtures.community("车位租金小区").id();
		long building = fixtures.building(community, "1").id();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		UnitView two = fees.unit(community, building, "201", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		UnitView one = fees.unit(community, building, "202", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		UnitView sold = fees.unit(community, building, "203", "89.50", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		as(finance, () -> standards.define(community, new ChargeStandardCommand(ChargeItem.PARKING,
				LocalDate.of(2026, 1, 1), new BigDecimal("150.00"), null, null)));
		as(Fixtures.ROOT, () -> {
			parking.create(community, new ParkingCommand("R-1", null, ParkingState.RENTED, two.id()));
			parking.create(community, new ParkingCommand("R-2", null, ParkingState.RENTED, two.id()));
			parking.create(community, new ParkingCommand("R-3", null, ParkingState.RENTED, one.id()));
			parking.create(community, new ParkingCommand("S-1", null, ParkingState.SOLD, sold.id()));
			return null;
		});
		assertThat(as(finance, () -> rents.parkingSpaces(community, NOV))).isEmpty();
		as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id()));
		assertThat(as(finance, () -> rents.parkingSpaces(community, NOV))).containsOnlyKeys(two.id(), one.id())
			.containsEntry(two.id(), 2)
			.containsEntry(one.id(), 1);
		assertThat(as(finance, () -> rents.parkingSpaces(community, NOV.minusMonths(1)))).isEmpty();

		long charge = as(finance, () -> ledger.entries(one.id())).stream()
			.filter(e -> e.kind() == EntryKind.CHARGE && e.item() == ChargeItem.PARKING)
			.findFirst()
			.orElseThrow()
			.id();
		var reversal = as(finance, () -> ledger.requestReversal(charge, "车位已退租"));
		if (!"DONE".equals(reversal.status())) {
			StaffUser manager = fixtures.staff(Role.MANAGER, community);
			as(manager, () -> ledger.approveReversal(reversal.id()));
		}
		assertThat(as(finance, () -> rents.parkingSpaces(community, NOV))).containsOnlyKeys(two.id());

		StaffUser elsewhere = fixtures.staff(Role.FINANCE, fixtures.community("别处").id());
		assertThatThrownBy(() -> as(elsewhere, () -> rents.parkingSpaces(community, NOV)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
