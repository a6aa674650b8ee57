package com.guanjia.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.access.DepartmentKind;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.billing.BillingRuns;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitBulkImport;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo estate once, into a database without communities: 阳光花园 (0.80 ¥/m²/month,
 * 300 flats) and 翠湖居 (1.50 ¥/m²/month, 192 flats and 8 shops), parking spaces, and staff
 * of every role. Runs through the modules' own services, as the administrator would.
 * <p>
 * It seeds while the application starts, before the web server opens its port
 * ({@link #PHASE}): a user who signs in as soon as the page answers finds the demo
 * accounts there, and no failed attempt counts towards a login lock.
 */
@Component
@ConditionalOnProperty(name = "guanjia.demo.enabled", havingValue = "true")
class DemoData implements SmartLifecycle {

	/** Before Spring Boot's web server start (SmartLifecycle.DEFAULT_PHASE - 2048). */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private volatile boolean running;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final StaffUser SEEDER = new StaffUser(0, "demo-seed", "演示数据", null, Set.of(Role.ADMIN), true);

	private final CommunityDirectory directory;

	private final CommunityManagement communities;

	private final UnitBulkImport units;

	private final ParkingManagement parking;

	private final StaffManagement staff;

	private final List<DemoResidentsSeeder> residents;

	private final TransactionTemplate transactions;

	private final AdvisoryLocks locks;

	private final BillingRuns billing;

	private final Clock clock;

	private final DemoWorkOrders workOrders;

	private final DemoInspections inspections;

	private final DemoCashier cashierDemo;

	private final DemoCarpark carpark;

	private final DemoRenovations renovations;

	private final DemoGoods goods;

	private final DemoMoveIns moveIns;

	private final DemoKeys keys;

	DemoData(CommunityDirectory directory, CommunityManagement communities, UnitBulkImport units,
			ParkingManagement parking, StaffManagement staff, List<DemoResidentsSeeder> residents,
			TransactionTemplate transactions, AdvisoryLocks locks, BillingRuns billing, Clock clock,
			DemoWorkOrders workOrders, DemoInspections inspections, DemoCashier cashierDemo, DemoCarpark carpark,
			DemoRenovations renovations, DemoGoods goods, DemoMoveIns moveIns, DemoKeys keys) {
		this.cashierDemo = cashierDemo;
		this.directory = directory;
		this.communities = communities;
		this.units = units;
		this.parking = parking;
		this.staff = staff;
		this.residents = residents;
		this.transactions = transactions;
		this.locks = locks;
		this.billing = billing;
		this.clock = clock;
		this.workOrders = workOrders;
		this.inspections = inspections;
		this.carpark = carpark;
		this.renovations = renovations;
		this.goods = goods;
		this.moveIns = moveIns;
		this.keys = keys;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public void start() {
		seedIfEmpty();
		running = true;
	}

	void seedIfEmpty() {
		if (!directory.allIds().isEmpty()) {
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(SEEDER, null, SEEDER.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			transactions.executeWithoutResult(status -> {
				// Several instances may start together on an empty database: one seeds,
				// the others wait for it and then find the communities there.
				locks.lockGlobally("guanjia-demo-data");
				if (directory.allIds().isEmpty()) {
					log.info("Seeding the demo estate and staff into the empty database (first start)");
					seed();
					log.info(
							"Seeded the demo estate: 2 communities, 500 units, their residents and three months of fees, {} staff accounts",
							DemoStaff.ACCOUNTS.size());
				}
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		Random random = new Random(20261130);
		long sunshine = communities
			.create(new CommunityCommand("YGHY", "阳光花园", "深圳市南山区阳光路88号", "Asia/Shanghai", new BigDecimal("0.80")))
			.id();
		long lake = communities
			.create(new CommunityCommand("CHJ", "翠湖居", "深圳市福田区翠湖路16号", "Asia/Shanghai", new BigDecimal("1.50")))
			.id();
		// 阳光花园: 5 buildings × 2 entrances × 15 floors × 2 flats.
		units.importUnits(sunshine,
				flats(random, 5, 2, 15, 2, new String[] { "89.50", "120.35" }, LocalDate.of(2019, 6, 17)));
		// 翠湖居: 4 buildings × 1 entrance × 12 floors × 4 flats, and 8 shops in building S.
		List<UnitImportRow> lakeRows = flats(random, 4, 1, 12, 4, new String[] { "76.80", "98.25", "143.20", "65.40" },
				LocalDate.of(2022, 3, 1));
		for (int i = 1; i <= 8; i++) {
			lakeRows.add(new UnitImportRow(lakeRows.size() + 1, "S", "商业街",
					new UnitCommand(null, "", "S" + String.format("%02d", i), UnitKind.SHOP, 1,
							new BigDecimal("52.60").add(BigDecimal.valueOf(i)),
							i <= 6 ? UnitState.RENTED : UnitState.VACANT, LocalDate.of(2022, 3, 1))));
		}
		units.importUnits(lake, lakeRows);
		for (int i = 1; i <= 40; i++) {
			ParkingState state = i <= 24 ? ParkingState.SOLD : i <= 34 ? ParkingState.RENTED : ParkingState.VACANT;
			parking.create(sunshine, new ParkingCommand("B1-" + String.format("%03d", i), "地下一层", state, null));
		}
		List<Long> ids = List.of(sunshine, lake);
		for (DemoStaff.Account a : DemoStaff.ACCOUNTS) {
			List<StaffCommand.AssignmentCommand> assignments = a.communities()
				.stream()
				.map(n -> new StaffCommand.AssignmentCommand(ids.get(n - 1),
						a.department() == null ? null : a.department().name()))
				.toList();
			// The published demo password is one the password policy refuses (issue 9
			// item 10).
			staff.createDemoAccount(new StaffCommand(a.username(), a.name(), DemoStaff.PASSWORD,
					DemoStaff.MOBILES.get(a.username()), DemoStaff.roles(a), assignments));
		}
		// 孙工 leads 阳光花园's engineering department: he receives its tasks and signs off
		// public-facility repairs (R3.6).
		long engineeringLead = staff.staffOf(sunshine, null, DepartmentKind.ENGINEERING)
			.stream()
			.filter(s -> s.username().equals(DemoStaff.ENGINEERING_LEAD))
			.findFirst()
			.orElseThrow()
			.id();
		staff.setLead(staff.department(sunshine, DepartmentKind.ENGINEERING).orElseThrow().id(), engineeringLead);
		// 李主管 heads customer service: important complaints reach her within the hour
		// (R4.2).
		long serviceHead = staff.staffOf(sunshine, null, DepartmentKind.CUSTOMER_SERVICE)
			.stream()
			.filter(s -> s.username().equals("supervisor"))
			.findFirst()
			.orElseThrow()
			.id();
		staff.setLead(staff.department(sunshine, DepartmentKind.CUSTOMER_SERVICE).orElseThrow().id(), serviceHead);
		residents.forEach(seeder -> seeder.seed(ids, random));
		workOrders.seed(sunshine);
		inspections.seed(sunshine);
		// Management fees billed for the last three months, nobody has paid yet: the
		// cashier and the arrears list have something to work on.
		YearMonth thisMonth = YearMonth.now(clock.withZone(directory.timeZone(sunshine)));
		for (long community : ids) {
			for (int back = 2; back >= 0; back--) {
				billing.commit(billing.preview(community, thisMonth.minusMonths(back), 1).run().id());
			}
		}
		// a red reversal of a closed day and a recorded invoice number (issue 10)
		cashierDemo.seed(sunshine);
		carpark.seed(sunshine);
		renovations.seed(sunshine);
		goods.seed(sunshine);
		// move-ins at every step, custody with its checks, the key register and the mail
		// desk (issue 12)
		moveIns.seed(sunshine);
		keys.seed(sunshine);
	}

	/** Flats of buildings 1..n: room numbers like 1502 (floor 15, flat 02). */
	private static List<UnitImportRow> flats(Random random, int buildings, int entrances, int floors, int perFloor,
			String[] areas, LocalDate handover) {
		List<UnitImportRow> rows = new ArrayList<>();
		for (int b = 1; b <= buildings; b++) {
			for (int e = 1; e <= entrances; e++) {
				for (int f = 1; f <= floors; f++) {
					for (int r = 1; r <= perFloor; r++) {
						UnitState state = state(random);
						rows.add(new UnitImportRow(rows.size() + 1, String.valueOf(b), b + "栋",
								new UnitCommand(null, entrances > 1 ? String.valueOf(e) : "",
										f + String.format("%02d", r), UnitKind.RESIDENCE, f,
										new BigDecimal(areas[(r - 1) % areas.length]), state,
										state == UnitState.UNSOLD ? null : handover.plusDays(random.nextInt(90)))));
					}
				}
			}
		}
		return rows;
	}

	private static UnitState state(Random random) {
		int roll = random.nextInt(100);
		if (roll < 62) {
			return UnitState.OCCUPIED;
		}
		if (roll < 77) {
			return UnitState.RENTED;
		}
		if (roll < 87) {
			return UnitState.VACANT;
		}
		if (roll < 92) {
			return UnitState.CUSTODIAL;
		}
		if (roll < 96) {
			return UnitState.DECORATING;
		}
		return UnitState.UNSOLD;
	}

}
