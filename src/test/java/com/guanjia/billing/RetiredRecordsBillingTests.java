package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.estate.EstateRetirements;
import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.shared.Money;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Decision 0014: a billing run leaves retired units and retired parking spaces out; what
 * a retired unit owes stays in its ledger.
 */
@GuanjiaTest
class RetiredRecordsBillingTests {

	static final YearMonth NOV = YearMonth.of(2026, 11);

	@Autowired
	BillingRuns runs;

	@Autowired
	ChargeStandards standards;

	@Autowired
	Ledger ledger;

	@Autowired
	ParkingManagement parking;

	@Autowired
	EstateRetirements retirements;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Test
	void aRunBillsNeitherARetiredUnitNorARetiredParkingSpace() {
		// the community's contracted 1.50 ¥/m²/month seeds the management fee standard
		long community = fixtures.community("退役收费").id();
		long building = fixtures.building(community, "1").id();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		UnitView kept = fees.unit(community, building, "101", "100.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		UnitView merged = fees.unit(community, building, "102", "80.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		as(finance, () -> standards.define(community, new ChargeStandardCommand(ChargeItem.PARKING,
				LocalDate.of(2026, 1, 1), new BigDecimal("150.00"), null, null)));
		as(Fixtures.ROOT, () -> {
			parking.create(community, new ParkingCommand("R-1", "地下", ParkingState.RENTED, kept.id()));
			long removed = parking.create(community, new ParkingCommand("R-2", "地下", ParkingState.RENTED, kept.id()))
				.id();
			retirements.retireParkingSpace(removed, null, "改为消防通道");
			retirements.retireUnit(merged.id(), LocalDate.of(2026, 10, 31), "与101合并");
		});

		RunView run = as(finance, () -> runs.commit(runs.preview(community, NOV, 1).run().id()));

		// kept: management 100 × 1.50 = 150.00, one rented space 150.00; merged: nothing
		assertThat(lines(finance, kept)).containsExactlyInAnyOrderEntriesOf(
				Map.of("MANAGEMENT", Money.of("150.00"), "PARKING", Money.of("150.00")));
		assertThat(lines(finance, merged)).isEmpty();
		assertThat(run.units()).isEqualTo(1);
		assertThat(run.total()).isEqualByComparingTo("300.00");
	}

	Map<String, Money> lines(StaffUser finance, UnitView unit) {
		return as(finance, () -> ledger.lines(unit.id(), false)).stream()
			.collect(Collectors.toMap(l -> l.item().name(), LedgerViews.Line::amount));
	}

}
