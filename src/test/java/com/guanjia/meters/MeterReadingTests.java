package com.guanjia.meters;

import com.guanjia.estate.EstateEvents.UnitStateChanged;
import com.guanjia.support.MutableClock;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitManagement;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * R7.1, R7.2: readings, consumption, meter replacement and readings held back for a
 * re-check.
 */
@GuanjiaTest
class MeterReadingTests {

	@Autowired
	MeterManagement meters;

	@Autowired
	MeterReadings billable;

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	long community;

	long building;

	StaffUser reader;

	@BeforeEach
	void setUp() {
		community = fixtures.community("抄表小区").id();
		building = fixtures.building(community, "1").id();
		reader = fixtures.staff(Role.TECHNICIAN, community);
	}

	MeterView meter(UnitView unit, MeterKind kind, String code) {
		return as(reader, () -> meters.register(community, new MeterCommand(kind, code, unit.id(), null)));
	}

	ReadingView read(String code, YearMonth month, String reading) {
		return as(reader, () -> meters.record(community,
				new ReadingCommand(code, month, new BigDecimal(reading), null, null, null)));
	}

	UnitView unit(String room, UnitState state) {
		return fees.unit(community, building, room, "89.50", state, LocalDate.of(2025, 1, 1));
	}

	@Test
	void r7_2_baseReadingIsRequiredAndConfirmedWithTheOwner() {
		MeterView w = meter(unit("101", UnitState.OCCUPIED), MeterKind.WATER, "W101");
		assertThatThrownBy(() -> read("W101", YearMonth.of(2026, 1), "10")).isInstanceOf(ValidationException.class);
		ReadingView base = as(reader, () -> meters.recordBase(w.id(), new BigDecimal("100"), null, "张三"));
		assertThat(base.ownerConfirmed()).isEqualTo("张三");
		assertThat(base.base()).isTrue();
		ReadingView jan = read("W101", YearMonth.of(2026, 1), "112.5");
		// 112.5 − 100 = 12.5 m³
		assertThat(jan.consumption()).isEqualByComparingTo("12.5");
		assertThat(jan.status()).isEqualTo(ReadingStatus.OK);
	}

	@Test
	void r7_1_meterReplacementAddsBothMetersConsumption() {
		MeterView e = meter(unit("102", UnitState.OCCUPIED), MeterKind.ELECTRICITY, "E102");
		as(reader, () -> meters.recordBase(e.id(), new BigDecimal("100"), null, "李四"));
		read("E102", YearMonth.of(2026, 1), "150");
		// replaced in February: old meter stopped at 190, the new one started at 0 and
		// now shows 12: (190 − 150) + (12 − 0) = 52 kWh, although 12 is lower than last
		// month's 150
		ReadingView feb = as(reader, () -> meters.record(community, new ReadingCommand("E102", YearMonth.of(2026, 2),
				new BigDecimal("12"), null, new BigDecimal("190"), BigDecimal.ZERO)));
		assertThat(feb.consumption()).isEqualByComparingTo("52");
		assertThat(feb.status()).isEqualTo(ReadingStatus.OK);
		// March continues from the new meter: 30 − 12 = 18
		assertThat(read("E102", YearMonth.of(2026, 3), "30").consumption()).isEqualByComparingTo("18");
	}

	@Test
	void r7_1_readingLowerThanLastMonthIsHeldBackUntilRechecked() {
		MeterView w = meter(unit("103", UnitState.OCCUPIED), MeterKind.WATER, "W103");
		as(reader, () -> meters.recordBase(w.id(), new BigDecimal("500"), null, "王五"));
		read("W103", YearMonth.of(2026, 1), "520");
		ReadingView low = read("W103", YearMonth.of(2026, 2), "518");
		// 518 − 520 = −2: held, not billed
		assertThat(low.status()).isEqualTo(ReadingStatus.HELD);
		assertThat(low.holdReason()).isEqualTo(HoldReason.LOWER_THAN_PREVIOUS);
		assertThat(billable.billable(community, YearMonth.of(2026, 2))).isEmpty();
		assertThat(billable.heldCount(community, YearMonth.of(2026, 2))).isEqualTo(1);
		// engineering re-reads the meter: 531 → 11 m³, billed
		ReadingView fixed = as(reader, () -> meters.correct(low.id(), low.version(),
				new ReadingCommand("W103", YearMonth.of(2026, 2), new BigDecimal("531"), null, null, null), "复核读错"));
		assertThat(fixed.status()).isEqualTo(ReadingStatus.OK);
		assertThat(billable.billable(community, YearMonth.of(2026, 2))).singleElement()
			.satisfies(c -> assertThat(c.quantity()).isEqualByComparingTo("11"));
	}

	@Test
	void r7_1_spikeAboveThreeTimesTheMedianIsHeldAndCanBeConfirmed() {
		MeterView w = meter(unit("104", UnitState.OCCUPIED), MeterKind.WATER, "W104");
		as(reader, () -> meters.recordBase(w.id(), BigDecimal.ZERO, null, "赵六"));
		// six months of 8, 10, 12, 10, 9, 11 m³: median (10 + 10) ÷ 2 = 10, so the limit
		// is 30
		int[] use = { 8, 10, 12, 10, 9, 11 };
		int total = 0;
		for (int i = 0; i < use.length; i++) {
			total += use[i];
			read("W104", YearMonth.of(2026, i + 1), String.valueOf(total));
		}
		ReadingView spike = read("W104", YearMonth.of(2026, 7), String.valueOf(total + 31));
		assertThat(spike.holdReason()).isEqualTo(HoldReason.SPIKE);
		ReadingView confirmed = as(reader, () -> meters.confirm(spike.id(), spike.version(), "确认漏水已修"));
		assertThat(confirmed.status()).isEqualTo(ReadingStatus.CONFIRMED);
		assertThat(billable.billable(community, YearMonth.of(2026, 7))).hasSize(1);
		// exactly 3× the median is not above it
		ReadingView border = read("W104", YearMonth.of(2026, 8), String.valueOf(total + 31 + 30));
		assertThat(border.status()).isEqualTo(ReadingStatus.OK);
	}

	@Test
	void r7_2_custodialUnitAboveItsLimitIsHeld() {
		MeterView w = meter(unit("105", UnitState.CUSTODIAL), MeterKind.WATER, "W105");
		as(reader, () -> meters.recordBase(w.id(), new BigDecimal("40"), null, "钱七"));
		// 5 m³ is allowed, 5.5 is not
		assertThat(read("W105", YearMonth.of(2026, 1), "45").status()).isEqualTo(ReadingStatus.OK);
		assertThat(read("W105", YearMonth.of(2026, 2), "50.5").holdReason()).isEqualTo(HoldReason.CUSTODIAL_LIMIT);
	}

	@Autowired
	CustodyPeriods custody;

	@Autowired
	UnitManagement units;

	@Autowired
	MutableClock clock;

	/**
	 * Issue 10 item 11, seed 002 (房屋托管) "托管期间水表不超过5º，电表不超过20º": counted over the custody
	 * period when the company says so. Put in custody in December, 3 m³ in January and 3
	 * m³ in February: each month is within 5, the period is not.
	 */
	@Test
	void r7_2_theCustodialLimitCountedOverTheCustodyPeriod() {
		UnitView u = unit("107", UnitState.OCCUPIED);
		MeterView w = meter(u, MeterKind.WATER, "W107");
		MeterView e = meter(u, MeterKind.ELECTRICITY, "E107");
		as(reader, () -> meters.recordBase(w.id(), new BigDecimal("40"), null, "周九"));
		as(reader, () -> meters.recordBase(e.id(), new BigDecimal("100"), null, "周九"));
		as(Fixtures.ROOT, () -> units.change(u.id(), u.version(), new UnitCommand(u.buildingId(), u.entrance(),
				u.roomNo(), u.kind(), u.floor(), u.buildingArea(), UnitState.CUSTODIAL, u.handoverDate())));
		// the listener's work, delivered now (the persisted event delivers it again: kept
		// once)
		custody.record(new UnitStateChanged(community, u.id(), u.label(), UnitState.OCCUPIED, UnitState.CUSTODIAL));
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		MeterSettings perPeriod = new MeterSettings(new BigDecimal("3"), 6, new BigDecimal("5"), new BigDecimal("20"),
				CustodialBasis.CUSTODY_PERIOD);
		as(finance, () -> meters.changeSettings(community, perPeriod));
		assertThat(as(reader, () -> meters.settings(community)).custodialBasis())
			.isEqualTo(CustodialBasis.CUSTODY_PERIOD);
		YearMonth start = YearMonth.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
		assertThat(read("W107", start.plusMonths(1), "43").status()).isEqualTo(ReadingStatus.OK);
		assertThat(read("W107", start.plusMonths(2), "46").holdReason()).isEqualTo(HoldReason.CUSTODIAL_LIMIT);
		// 12 + 7 kWh: 19 within 20
		assertThat(read("E107", start.plusMonths(1), "112").status()).isEqualTo(ReadingStatus.OK);
		assertThat(read("E107", start.plusMonths(2), "119").status()).isEqualTo(ReadingStatus.OK);
	}

	/**
	 * Issue 10 item 11, R8.3 (seed 002 "查抄水表、电表、煤气表底数"): a gas meter takes a base reading
	 * and monthly readings; the custodial limits are the seed's for water and electricity
	 * only.
	 */
	@Test
	void r8_3_aGasMeterIsReadLikeTheOthersWithoutACustodialLimit() {
		MeterView g = meter(unit("108", UnitState.CUSTODIAL), MeterKind.GAS, "G108");
		as(reader, () -> meters.recordBase(g.id(), new BigDecimal("10"), null, "吴十"));
		ReadingView r = read("G108", YearMonth.of(2026, 1), "40");
		assertThat(r.status()).isEqualTo(ReadingStatus.OK);
		assertThat(r.consumption()).isEqualByComparingTo("30");
		assertThat(MeterKind.GAS.billed()).isFalse();
	}

	@Test
	void importsASpreadsheetAllOrNothing() throws Exception {
		MeterView w = meter(unit("106", UnitState.OCCUPIED), MeterKind.WATER, "W106");
		as(reader, () -> meters.recordBase(w.id(), new BigDecimal("10"), null, "孙八"));
		byte[] bad = sheet(new Object[] { "W106", 20.5 }, new Object[] { "NOPE", 3 });
		assertThatThrownBy(() -> as(reader,
				() -> meters.importSheet(community, YearMonth.of(2026, 1), new ByteArrayInputStream(bad))))
			.isInstanceOf(ValidationException.class);
		assertThat(as(reader, () -> meters.readings(community, YearMonth.of(2026, 1), null))).isEmpty();
		byte[] good = sheet(new Object[] { "W106", 20.5 });
		assertThat(
				as(reader, () -> meters.importSheet(community, YearMonth.of(2026, 1), new ByteArrayInputStream(good))))
			.singleElement()
			.satisfies(r -> assertThat(r.consumption()).isEqualByComparingTo("10.5"));
	}

	@Test
	void aReaderOfAnotherCommunityIsRefused() {
		long other = fixtures.community("别的小区").id();
		assertThatThrownBy(() -> as(reader, () -> meters.meters(other, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	static byte[] sheet(Object[]... rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = wb.createSheet();
			sheet.createRow(0).createCell(0).setCellValue("表号");
			for (int i = 0; i < rows.length; i++) {
				var row = sheet.createRow(i + 1);
				row.createCell(0).setCellValue((String) rows[i][0]);
				row.createCell(1).setCellValue(((Number) rows[i][1]).doubleValue());
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
