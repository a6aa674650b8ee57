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
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 2 item 12: generates a large estate (200 communities, 1,000 buildings, 200,000 units)
 * into a fresh embedded PostgreSQL and measures the bulk import rate of the registry against a
 * plain JDBC batch insert of the same rows into a table of the same shape and indexes.
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
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ROOT, null, ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			CommunityManagement communityManagement = app.getBean(CommunityManagement.class);
			UnitManagement units = app.getBean(UnitManagement.class);
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
			// Warm both paths up on one community so JIT and caches do not favour the second.
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
			System.out.printf("registry import (UnitManagement.importUnits): %s s, %s rows/s%n",
					BenchSupport.format(importSeconds), BenchSupport.format(importRate));
			System.out.printf("import time / baseline time: %s%n", BenchSupport.format(importSeconds / baselineSeconds));
		}
	}

	static ConfigurableApplicationContext start() {
		// Command-line arguments outrank application.yml (default properties would not).
		return new SpringApplicationBuilder(GuanjiaApplication.class).run("--server.port=0",
				"--guanjia.demo.enabled=false", "--guanjia.embedded-db.data-dir=", "--guanjia.embedded-db.database=bench",
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
			rows.add(new UnitImportRow(i + 1, String.valueOf(building), building + "栋",
					new UnitCommand(null, String.valueOf(entrance), floor + String.format("%02d", flat),
							UnitKind.RESIDENCE, floor, new BigDecimal(areas[flat - 1]), state,
							state == UnitState.UNSOLD ? null : LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)))));
		}
		return rows;
	}

	/** The same rows through a plain JDBC batch insert (batches of 1,000, one transaction per community). */
	static void baseline(DataSource dataSource, long communityId, List<UnitImportRow> rows) throws Exception {
		try (Connection con = dataSource.getConnection()) {
			con.setAutoCommit(false);
			try (PreparedStatement ps = con.prepareStatement("""
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
