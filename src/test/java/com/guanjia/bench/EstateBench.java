package com.guanjia.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import com.guanjia.GuanjiaApplication;
import com.guanjia.access.StaffCommand;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitBulkImport;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.OwnerImport;
import com.guanjia.residents.OwnerImportRow;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.search.QuickSearch;
import com.guanjia.shared.IdCardNumber;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Issue 2 item 12: generates a large estate (200 communities, 1,000 buildings, 200,000
 * units, 400,000 people, 4,000 cars) into a fresh embedded PostgreSQL and measures the
 * bulk import rate of units and of people against a plain JDBC batch insert of the same
 * rows into tables of the same shape and indexes, then the latency of 1,000 mixed
 * quick-search queries.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=EstateBench [-Dcommunities=200 -DunitsPerCommunity=1000]</pre>
 */
public final class EstateBench {

	static final StaffUser ROOT = new StaffUser(0, "bench", "bench", null, java.util.Set.of(Role.ADMIN), true);

	public static void main(String[] args) throws Exception {
		int communities = BenchSupport.intProperty("communities", 200);
		int perCommunity = BenchSupport.intProperty("unitsPerCommunity", 1000);
		try (ConfigurableApplicationContext app = start()) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(ROOT, null, ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			CommunityManagement communityManagement = app.getBean(CommunityManagement.class);
			UnitBulkImport units = app.getBean(UnitBulkImport.class);
			TransactionTemplate tx = app.getBean(TransactionTemplate.class);
			DataSource dataSource = app.getBean(DataSource.class);

			List<Long> ids = new ArrayList<>();
			for (int c = 0; c < communities + 1; c++) {
				ids.add(communityManagement
					.create(new CommunityCommand("B" + c, "基准小区" + c, null, "Asia/Shanghai", new BigDecimal("1.20")))
					.id());
			}
			long warmup = ids.remove(ids.size() - 1);
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table unit_baseline (like unit including all)");
			}
			// Warm both paths up on one community so JIT and caches do not favour the
			// second.
			List<UnitImportRow> warm = rows(new Random(1), perCommunity);
			tx.executeWithoutResult(s -> units.importUnits(warmup, warm));
			baseline(dataSource, warmup, warm);

			List<List<UnitImportRow>> data = new ArrayList<>();
			Random random = new Random(20261130);
			for (int c = 0; c < communities; c++) {
				data.add(rows(random, perCommunity));
			}
			long total = (long) communities * perCommunity;

			long t0 = System.nanoTime();
			for (int c = 0; c < communities; c++) {
				baseline(dataSource, ids.get(c), data.get(c));
			}
			double baselineSeconds = (System.nanoTime() - t0) / 1e9;

			long t1 = System.nanoTime();
			for (int c = 0; c < communities; c++) {
				long id = ids.get(c);
				List<UnitImportRow> rows = data.get(c);
				tx.executeWithoutResult(s -> units.importUnits(id, rows));
			}
			double importSeconds = (System.nanoTime() - t1) / 1e9;

			double baselineRate = total / baselineSeconds;
			double importRate = total / importSeconds;
			System.out.printf("units: %d in %d communities (%d buildings)%n", total, communities, communities * 5);
			System.out.printf("plain JDBC batch insert: %s s, %s rows/s%n", BenchSupport.format(baselineSeconds),
					BenchSupport.format(baselineRate));
			System.out.printf("registry import (UnitBulkImport.importUnits): %s s, %s rows/s%n",
					BenchSupport.format(importSeconds), BenchSupport.format(importRate));
			System.out.printf("import time / baseline time: %s%n",
					BenchSupport.format(importSeconds / baselineSeconds));

			// People: two joint owners per unit, each with a phone (party + phone +
			// ownership rows).
			OwnerImport owners = app.getBean(OwnerImport.class);
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("create table party_baseline (like party including all)");
				st.execute("create table party_phone_baseline (like party_phone including all)");
				st.execute("create table ownership_baseline (like ownership including all)");
			}
			List<List<OwnerImportRow>> people = new ArrayList<>();
			Random names = new Random(7);
			for (int c = 0; c < communities; c++) {
				people.add(ownerRows(names, unitIds(dataSource, ids.get(c)), c));
			}
			List<OwnerImportRow> warmPeople = ownerRows(names, unitIds(dataSource, warmup), communities);
			tx.executeWithoutResult(s -> owners.importOwners(warmup, warmPeople));
			peopleBaseline(dataSource, warmup, warmPeople);
			long totalPeople = people.stream().mapToLong(List::size).sum();

			long p0 = System.nanoTime();
			for (int c = 0; c < communities; c++) {
				peopleBaseline(dataSource, ids.get(c), people.get(c));
			}
			double peopleBaselineSeconds = (System.nanoTime() - p0) / 1e9;
			long p1 = System.nanoTime();
			for (int c = 0; c < communities; c++) {
				long id = ids.get(c);
				List<OwnerImportRow> rows = people.get(c);
				tx.executeWithoutResult(s -> owners.importOwners(id, rows));
			}
			double peopleImportSeconds = (System.nanoTime() - p1) / 1e9;
			System.out.printf("people: %d (2 joint owners per unit, one phone each)%n", totalPeople);
			System.out.printf("plain JDBC batch insert (party, phone, ownership): %s s, %s people/s%n",
					BenchSupport.format(peopleBaselineSeconds),
					BenchSupport.format(totalPeople / peopleBaselineSeconds));
			System.out.printf("owner import (OwnerImport.importOwners): %s s, %s people/s%n",
					BenchSupport.format(peopleImportSeconds), BenchSupport.format(totalPeople / peopleImportSeconds));
			System.out.printf("import time / baseline time: %s%n",
					BenchSupport.format(peopleImportSeconds / peopleBaselineSeconds));

			// Vehicles for the plate queries: 20 per community.
			HouseholdRegistry households = app.getBean(HouseholdRegistry.class);
			Random plates = new Random(11);
			List<List<String>> platesByCommunity = new ArrayList<>();
			for (int c = 0; c < communities; c++) {
				List<Long> unitIdList = unitIds(dataSource, ids.get(c));
				List<String> list = new ArrayList<>();
				for (int v = 0; v < 20; v++) {
					String plate = plate(plates);
					households.registerVehicle(ids.get(c), new VehicleCommand(
							unitIdList.get(plates.nextInt(unitIdList.size())), null, plate, null, null));
					list.add(plate);
				}
				platesByCommunity.add(list);
			}
			try (Connection con = dataSource.getConnection(); Statement st = con.createStatement()) {
				st.execute("vacuum analyze");
			}
			// Search as a front-desk agent (not the administrator), each query inside a
			// request scope as in the console, where the agent's communities are read
			// once per request.
			StaffManagement staff = app.getBean(StaffManagement.class);
			var agentView = staff
				.create(new StaffCommand("bench-agent", "基准客服", "bench-pass-1", null, java.util.Set.of(Role.AGENT),
						ids.stream().map(id -> new StaffCommand.AssignmentCommand(id, null)).toList()));
			StaffUser agent = new StaffUser(agentView.id(), agentView.username(), agentView.displayName(), null,
					agentView.roles(), true);
			var agentContext = SecurityContextHolder.createEmptyContext();
			agentContext.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(agent, null, agent.getAuthorities()));
			SecurityContextHolder.setContext(agentContext);
			searchLatency(app.getBean(QuickSearch.class), ids, people, platesByCommunity);
		}
	}

	/** 1,000 mixed queries, each in one community as a front-desk agent searches. */
	static void searchLatency(QuickSearch search, List<Long> ids, List<List<OwnerImportRow>> people,
			List<List<String>> plates) {
		Random random = new Random(99);
		String[] kinds = { "label", "room", "name2", "name3", "phone4", "plate" };
		for (int round = 0; round < 2; round++) {
			// Round 0 warms up; round 1 is measured.
			long[] nanos = new long[1000];
			java.util.Map<String, List<Long>> byKind = new java.util.TreeMap<>();
			for (int i = 0; i < nanos.length; i++) {
				int c = random.nextInt(ids.size());
				String kind = kinds[i % kinds.length];
				OwnerImportRow person = people.get(c).get(random.nextInt(people.get(c).size()));
				int flat = random.nextInt(1000);
				String q = switch (kind) {
					case "label" -> (flat / 200 + 1) + "-" + ((flat / 100) % 2 + 1) + "-" + ((flat / 4) % 25 + 1)
							+ String.format("%02d", flat % 4 + 1);
					case "room" -> ((flat / 4) % 25 + 1) + String.format("%02d", flat % 4 + 1);
					case "name2" -> person.party().name().substring(person.party().name().length() - 2);
					case "name3" -> person.party().name();
					case "phone4" -> person.party().phones().get(0).substring(7);
					default -> plates.get(c).get(random.nextInt(plates.get(c).size()));
				};
				long t = System.nanoTime();
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
				try {
					search.search(ids.get(c), q);
				}
				finally {
					RequestContextHolder.resetRequestAttributes();
				}
				nanos[i] = System.nanoTime() - t;
				byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos[i]);
			}
			if (round == 1) {
				System.out.printf("search over %d queries: median %s ms, p99 %s ms, max %s ms%n", nanos.length,
						BenchSupport.format(BenchSupport.percentileMillis(nanos, 50)),
						BenchSupport.format(BenchSupport.percentileMillis(nanos, 99)),
						BenchSupport.format(BenchSupport.percentileMillis(nanos, 100)));
				byKind.forEach((kind, list) -> {
					long[] k = list.stream().mapToLong(Long::longValue).toArray();
					System.out.printf("  %-6s median %s ms, p99 %s ms%n", kind,
							BenchSupport.format(BenchSupport.percentileMillis(k, 50)),
							BenchSupport.format(BenchSupport.percentileMillis(k, 99)));
				});
			}
		}
	}

	static List<Long> unitIds(DataSource dataSource, long communityId) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (Connection con = dataSource.getConnection();
				PreparedStatement ps = con.prepareStatement("select id from unit where community_id = ? order by id")) {
			ps.setLong(1, communityId);
			try (var rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getLong(1));
				}
			}
		}
		return ids;
	}

	static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "林", "罗", "高" };

	static final String[] GIVEN = { "建国", "秀英", "桂英", "志强", "晓伟", "海燕", "文博", "子涵", "雨轩", "思远", "国强", "丽娟", "建华", "玉兰",
			"明辉", "春梅", "德胜", "红霞", "俊杰", "雅婷" };

	/** Two joint owners (50% each) per unit, each with a unique ID number and mobile. */
	static List<OwnerImportRow> ownerRows(Random random, List<Long> unitIds, int communityIndex) {
		List<OwnerImportRow> rows = new ArrayList<>();
		int seq = 0;
		for (Long unitId : unitIds) {
			for (int j = 0; j < 2; j++) {
				seq++;
				String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
				LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(seq);
				String first17 = "440305" + birth.toString().replace("-", "")
						+ String.format("%03d", communityIndex % 1000);
				String id = first17 + IdCardNumber.checkCharacter(first17);
				String phone = "13" + String.format("%09d", (long) communityIndex * 10_000 + seq);
				rows.add(new OwnerImportRow(rows.size() + 1, unitId, PartyCommand.person(name, id, phone),
						new BigDecimal("50.00"), LocalDate.of(2020, 1, 1)));
			}
		}
		return rows;
	}

	static String plate(Random random) {
		String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
		StringBuilder s = new StringBuilder("粤B");
		s.append(letters.charAt(random.nextInt(letters.length())));
		for (int i = 0; i < 4; i++) {
			s.append(random.nextInt(10));
		}
		return s.toString();
	}

	/**
	 * The same people through plain JDBC batches: party rows (ids returned), then phones
	 * and ownerships.
	 */
	static void peopleBaseline(DataSource dataSource, long communityId, List<OwnerImportRow> rows) throws Exception {
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			List<Long> partyIds = new ArrayList<>();
			try (PreparedStatement ps = con.prepareStatement("""
					insert into party_baseline (community_id, kind, name, id_card, created_at)
					values (?, 'PERSON', ?, ?, now())""", new String[] { "id" })) {
				for (int i = 0; i < rows.size(); i++) {
					ps.setLong(1, communityId);
					ps.setString(2, rows.get(i).party().name());
					ps.setString(3, rows.get(i).party().idCardNumber());
					ps.addBatch();
					if ((i + 1) % 1000 == 0 || i == rows.size() - 1) {
						ps.executeBatch();
						try (var keys = ps.getGeneratedKeys()) {
							while (keys.next()) {
								partyIds.add(keys.getLong(1));
							}
						}
					}
				}
			}
			try (PreparedStatement phone = con.prepareStatement(
					"insert into party_phone_baseline (community_id, party_id, position, phone) values (?, ?, 0, ?)");
					PreparedStatement owner = con.prepareStatement("""
							insert into ownership_baseline (community_id, unit_id, party_id, share, since, created_at)
							values (?, ?, ?, ?, ?, now())""")) {
				for (int i = 0; i < rows.size(); i++) {
					OwnerImportRow row = rows.get(i);
					phone.setLong(1, communityId);
					phone.setLong(2, partyIds.get(i));
					phone.setString(3, row.party().phones().get(0));
					phone.addBatch();
					owner.setLong(1, communityId);
					owner.setLong(2, row.unitId());
					owner.setLong(3, partyIds.get(i));
					owner.setBigDecimal(4, row.share());
					owner.setDate(5, Date.valueOf(row.since()));
					owner.addBatch();
					if ((i + 1) % 1000 == 0) {
						phone.executeBatch();
						owner.executeBatch();
					}
				}
				phone.executeBatch();
				owner.executeBatch();
			}
			con.commit();
		}
	}

	static ConfigurableApplicationContext start() {
		// Command-line arguments outrank application.yml (default properties would not).
		return new SpringApplicationBuilder(GuanjiaApplication.class).run("--server.port=0",
				"--guanjia.demo.enabled=false", "--guanjia.embedded-db.data-dir=",
				"--guanjia.embedded-db.durable=false", "--guanjia.embedded-db.database=bench",
				"--logging.level.root=warn", "--spring.main.banner-mode=off");
	}

	/** 5 buildings × 2 entrances × 25 floors × 4 flats = 1,000 units per community. */
	static List<UnitImportRow> rows(Random random, int count) {
		List<UnitImportRow> rows = new ArrayList<>(count);
		String[] areas = { "89.50", "120.35", "76.80", "143.20" };
		UnitState[] states = UnitState.values();
		for (int i = 0; i < count; i++) {
			int building = i / 200 + 1;
			int entrance = (i / 100) % 2 + 1;
			int floor = (i / 4) % 25 + 1;
			int flat = i % 4 + 1;
			UnitState state = states[random.nextInt(states.length)];
			rows.add(new UnitImportRow(i + 1, String.valueOf(building), building + "栋", new UnitCommand(null,
					String.valueOf(entrance), floor + String.format("%02d", flat), UnitKind.RESIDENCE, floor,
					new BigDecimal(areas[flat - 1]), state,
					state == UnitState.UNSOLD ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)))));
		}
		return rows;
	}

	/**
	 * The same rows through a plain JDBC batch insert (batches of 1,000, one transaction
	 * per community).
	 */
	static void baseline(DataSource dataSource, long communityId, List<UnitImportRow> rows) throws Exception {
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			try (PreparedStatement ps = con.prepareStatement(
					"""
							insert into unit_baseline (community_id, building_id, entrance, room_no, label, kind, floor,
							  building_area, state, handover_date, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())""")) {
				int n = 0;
				for (UnitImportRow row : rows) {
					UnitCommand u = row.unit();
					ps.setLong(1, communityId);
					ps.setLong(2, Long.parseLong(row.buildingCode()));
					ps.setString(3, u.entrance());
					ps.setString(4, u.roomNo());
					ps.setString(5, row.buildingCode() + "-" + u.entrance() + "-" + u.roomNo());
					ps.setString(6, u.kind().name());
					ps.setObject(7, u.floor());
					ps.setBigDecimal(8, u.buildingArea());
					ps.setString(9, u.state().name());
					ps.setDate(10, u.handoverDate() == null ? null : Date.valueOf(u.handoverDate()));
					ps.addBatch();
					if (++n % 1000 == 0) {
						ps.executeBatch();
					}
				}
				ps.executeBatch();
			}
			con.commit();
		}
	}

}
