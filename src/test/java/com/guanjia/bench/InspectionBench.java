package com.guanjia.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.GuanjiaApplication;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.inspections.AreaKind;
import com.guanjia.inspections.AreaView;
import com.guanjia.inspections.ChecklistTemplates;
import com.guanjia.inspections.ContractorView;
import com.guanjia.inspections.Contractors;
import com.guanjia.inspections.Evaluations;
import com.guanjia.inspections.InspectionSetup;
import com.guanjia.inspections.RouteView;
import com.guanjia.inspections.Trade;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 11 benchmark (docs/benchmarks.md, "Inspections"): a year of patrols for 200
 * communities — 750 rounds each (150,000), two checkpoints of ten items a round
 * (3,000,000 item results, about 5% failed, their findings, rectifications for 40% of the
 * cleaning lapses, some confirmed late, some never) — then every month-end evaluation of
 * the year (200 communities × 2 cleaning contractors × 12 months) through
 * {@code Evaluations.computeMonth} (every community at once, month by month) and through
 * {@code Evaluations.computeAll} (a community at a time), each against one SQL aggregate
 * computing the same scores. The bench checks that both give the same score for every
 * contractor and month.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=InspectionBench [-Dcommunities=200 -Drounds=750]</pre>
 */
public final class InspectionBench {

	static final StaffUser ROOT = new StaffUser(0, "bench", "bench", null, Set.of(Role.ADMIN), true);

	public static void main(String[] args) {
		try {
			run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		System.exit(0);
	}

	static void run() {
		int communities = BenchSupport.intProperty("communities", 200);
		int roundsEach = BenchSupport.intProperty("rounds", 750);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GuanjiaApplication.class).run(
				"--server.port=0", "--guanjia.demo.enabled=false", "--guanjia.embedded-db.data-dir=",
				"--guanjia.embedded-db.database=bench_insp", "--guanjia.scheduling.enabled=false",
				"--logging.level.root=warn", "--spring.main.banner-mode=off")) {
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(ROOT, null, ROOT.getAuthorities()));
			SecurityContextHolder.setContext(context);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long setupStart = System.nanoTime();
			List<Long> ids = new ArrayList<>();
			for (int c = 1; c <= communities; c++) {
				ids.add(setUp(app, c));
			}
			generate(jdbc, roundsEach);
			jdbc.sql("analyze").update();
			System.out.printf(
					"setup: %d communities, %d rounds, %d item results (%d failed), %d rectifications in %s s%n",
					communities, count(jdbc, "inspection_round"), count(jdbc, "inspection_result"),
					count(jdbc, "inspection_finding"), count(jdbc, "inspection_rectification"),
					BenchSupport.format((System.nanoTime() - setupStart) / 1e9));

			List<YearMonth> months = new ArrayList<>();
			for (int m = 1; m <= 12; m++) {
				months.add(YearMonth.of(2026, m));
			}
			// Warm-up: one community's year, both paths (not counted, then removed).
			Evaluations evaluations = app.getBean(Evaluations.class);
			for (YearMonth m : months) {
				evaluations.computeAll(ids.get(0), m);
			}
			sqlScores(jdbc);
			jdbc.sql("delete from inspection_evaluation_line").update();
			jdbc.sql("delete from inspection_evaluation").update();

			long sqlStart = System.nanoTime();
			Map<String, BigDecimal> sql = sqlScores(jdbc);
			double sqlSeconds = (System.nanoTime() - sqlStart) / 1e9;

			// The month-end run of every community at once, month by month.
			long monthStart = System.nanoTime();
			for (YearMonth m : months) {
				evaluations.computeMonth(m);
			}
			double monthSeconds = (System.nanoTime() - monthStart) / 1e9;
			long lines = count(jdbc, "inspection_evaluation_line");
			int differ = compare(jdbc, sql, "Evaluations.computeMonth");
			jdbc.sql("delete from inspection_evaluation_line").update();
			jdbc.sql("delete from inspection_evaluation").update();

			// The run of one community at a time (2,400 runs).
			long javaStart = System.nanoTime();
			for (long id : ids) {
				for (YearMonth m : months) {
					evaluations.computeAll(id, m);
				}
			}
			double javaSeconds = (System.nanoTime() - javaStart) / 1e9;
			differ += compare(jdbc, sql, "Evaluations.computeAll");

			System.out.printf("lines written per run: %d%n", lines);
			System.out.printf("one SQL aggregate: %s s%n", BenchSupport.format(sqlSeconds));
			System.out.printf("Evaluations.computeMonth, all communities (12 runs): %s s, / SQL: %s%n",
					BenchSupport.format(monthSeconds), BenchSupport.format(monthSeconds / sqlSeconds));
			System.out.printf("Evaluations.computeAll, a community at a time (%d runs): %s s, / SQL: %s%n",
					ids.size() * months.size(), BenchSupport.format(javaSeconds),
					BenchSupport.format(javaSeconds / sqlSeconds));
			if (differ > 0) {
				throw new IllegalStateException("the service and the SQL aggregate disagree");
			}
		}
	}

	/**
	 * How many of the SQL aggregate's scores the stored evaluations miss or differ from.
	 */
	static int compare(JdbcClient jdbc, Map<String, BigDecimal> sql, String path) {
		Map<String, BigDecimal> computed = new HashMap<>();
		jdbc.sql("select community_id, contractor_id, period_end, score from inspection_evaluation").query(rs -> {
			computed.put(rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getDate(3), rs.getBigDecimal(4));
		});
		int differ = 0;
		for (var e : sql.entrySet()) {
			BigDecimal mine = computed.get(e.getKey());
			if (mine == null || mine.compareTo(e.getValue()) != 0) {
				differ++;
			}
		}
		differ += Math.max(0, computed.size() - sql.size());
		System.out.printf("%s: %d evaluations, SQL %d, %d differ%n", path, computed.size(), sql.size(), differ);
		return differ;
	}

	static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/**
	 * A community with two areas, a route of two ten-item checkpoints and two cleaning
	 * contractors.
	 */
	static long setUp(ConfigurableApplicationContext app, int n) {
		long community = app.getBean(CommunityManagement.class)
			.create(new CommunityCommand("IB" + n, "巡查基准" + n, null, "Asia/Shanghai", new BigDecimal("1.50")))
			.id();
		InspectionSetup setup = app.getBean(InspectionSetup.class);
		List<ChecklistTemplates.ReviseTemplate.Item> items = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			items.add(new ChecklistTemplates.ReviseTemplate.Item("检查项" + i, i <= 8 ? Trade.CLEANING : Trade.ENGINEERING,
					i == 1 ? new BigDecimal("1.5") : BigDecimal.ONE));
		}
		app.getBean(ChecklistTemplates.class)
			.revise(community, "BENCH", new ChecklistTemplates.ReviseTemplate("基准检查表", items));
		AreaView building = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.BUILDING, "1栋", null));
		AreaView grounds = setup.createArea(community, new InspectionSetup.NewArea(AreaKind.GROUNDS, "大区", null));
		RouteView route = setup.createRoute(community, "日常巡查路线");
		setup.addCheckpoint(route.id(), new InspectionSetup.NewCheckpoint("1栋大堂", building.id(), "BENCH"));
		setup.addCheckpoint(route.id(), new InspectionSetup.NewCheckpoint("中心花园", grounds.id(), "BENCH"));
		Contractors contractors = app.getBean(Contractors.class);
		ContractorView all = contractors.create(community,
				new Contractors.NewContractor("保洁" + n, Trade.CLEANING, null, null));
		contractors.addContract(all.id(), new Contractors.NewContract("A" + n, LocalDate.of(2025, 12, 1), null,
				new BigDecimal("30000.00"), List.of(building.id(), grounds.id())));
		ContractorView lobby = contractors.create(community,
				new Contractors.NewContractor("楼宇保洁" + n, Trade.CLEANING, null, null));
		contractors.addContract(lobby.id(), new Contractors.NewContract("B" + n, LocalDate.of(2026, 3, 1), null,
				new BigDecimal("8000.00"), List.of(building.id())));
		return community;
	}

	/** A year of walked rounds, set-based (not measured). */
	static void generate(JdbcClient jdbc, int roundsEach) {
		jdbc.sql("select setseed(0.11)").query((rs, i) -> 1).list();
		jdbc.sql(
				"""
						insert into inspection_round (community_id, occurrence_key, kind, route_id, title, window_start, window_end,
						  status, started_at, finished_at, checkpoints, visited, failed_items, created_at)
						select r.community_id, 'bench:' || g, 'PATROL', r.id, '日常巡查',
						  timestamptz '2025-12-26 08:00+08' + (g / 2) * interval '1 day' + (g % 2) * interval '6 hours',
						  timestamptz '2025-12-26 11:30+08' + (g / 2) * interval '1 day' + (g % 2) * interval '6 hours',
						  'DONE', timestamptz '2025-12-26 08:20+08' + (g / 2) * interval '1 day' + (g % 2) * interval '6 hours',
						  timestamptz '2025-12-26 08:40+08' + (g / 2) * interval '1 day' + (g % 2) * interval '6 hours', 2, 2, 0,
						  now()
						from inspection_route r cross join generate_series(0, ? - 1) g""")
			.param(roundsEach)
			.update();
		jdbc.sql(
				"""
						insert into inspection_visit (community_id, round_id, position, checkpoint_id, name, area_id, template_id,
						  status, visited_at, scanned, visited_by)
						select r.community_id, r.id, c.position, c.id, c.name, c.area_id, t.id, 'VISITED', r.started_at, true, 'bench'
						from inspection_round r
						join inspection_checkpoint c on c.community_id = r.community_id and c.route_id = r.route_id
						join inspection_template t on t.community_id = r.community_id and t.code = 'BENCH' and t.current""")
			.update();
		jdbc.sql("""
				insert into inspection_result (community_id, round_id, visit_position, item_position, item_text, trade,
				  weight, outcome, area_id, visited_at)
				select v.community_id, v.round_id, v.position, i.position, i.text, i.trade, i.weight,
				  case when random() < 0.05 then 'FAIL' else 'PASS' end, v.area_id, v.visited_at
				from inspection_visit v
				join inspection_template_item i on i.community_id = v.community_id and i.template_id = v.template_id""")
			.update();
		jdbc.sql(
				"""
						insert into inspection_finding (community_id, round_id, visit_position, item_position, checkpoint_id, place,
						  item_text, trade, status, raised_at, raised_by)
						select r.community_id, r.round_id, r.visit_position, r.item_position, v.checkpoint_id, v.name, r.item_text,
						  r.trade, 'OPEN', r.visited_at, 'bench'
						from inspection_result r
						join inspection_visit v on v.community_id = r.community_id and v.round_id = r.round_id
						  and v.position = r.visit_position
						where r.outcome = 'FAIL'""")
			.update();
		// 40% of the cleaning lapses go to the contractor covering everything: half
		// confirmed in time,
		// a quarter late, a quarter never.
		jdbc.sql(
				"""
						insert into inspection_rectification (community_id, finding_id, contractor_id, deadline, status, issued_at,
						  issued_by, overdue, confirmed_at, confirmed_by)
						select f.community_id, f.id, k.id, f.raised_at + interval '2 days',
						  case when x.roll < 0.75 then 'CONFIRMED' else 'OVERDUE' end, f.raised_at, 'bench', x.roll >= 0.5,
						  case when x.roll < 0.5 then f.raised_at + interval '1 day'
						       when x.roll < 0.75 then f.raised_at + interval '3 days' end,
						  case when x.roll < 0.75 then 'bench' end
						from inspection_finding f
						join inspection_contractor k on k.community_id = f.community_id and k.name like '保洁%'
						cross join lateral (select random() as roll, random() as pick where f.id is not null) x
						where f.trade = 'CLEANING' and x.pick < 0.4""")
			.update();
	}

	/**
	 * Every contractor's score for every month of 2026 in one statement: the same rule
	 * (100 less 2 × weight per failed item of its trade in the areas it covered on the
	 * day, double when the item's rectification to it was overdue at the period's end,
	 * never below 0) over the same records.
	 */
	static Map<String, BigDecimal> sqlScores(JdbcClient jdbc) {
		Map<String, BigDecimal> scores = new HashMap<>();
		jdbc.sql(
				"""
						with months as (
						  select cast(m as date) as month from generate_series(date '2026-01-01', date '2026-12-01', interval '1 month') m
						), failed as (
						  select r.community_id, r.round_id, r.visit_position, r.item_position, r.trade, r.area_id, r.weight,
						    r.visited_at, cast(r.visited_at at time zone 'Asia/Shanghai' as date) as day
						  from inspection_result r where r.outcome = 'FAIL'
						), deductions as (
						  select f.community_id, k.id as contractor_id,
						    cast(date_trunc('month', f.day - 25) + interval '1 month' as date) as month,
						    round(2 * f.weight * case when x.deadline < (cast(date_trunc('month', f.day - 25) + interval '1 month'
						      + interval '25 days' as timestamp) at time zone 'Asia/Shanghai')
						      and (x.confirmed_at is null or x.confirmed_at > x.deadline) then 2 else 1 end, 2) as points
						  from failed f
						  join inspection_contract_area ca on ca.community_id = f.community_id and ca.area_id = f.area_id
						  join inspection_contract c on c.community_id = ca.community_id and c.id = ca.contract_id
						    and c.starts_on <= f.day and (c.ends_on is null or c.ends_on >= f.day)
						  join inspection_contractor k on k.community_id = c.community_id and k.id = c.contractor_id
						    and k.trade = f.trade
						  left join inspection_finding fi on fi.community_id = f.community_id and fi.round_id = f.round_id
						    and fi.visit_position = f.visit_position and fi.item_position = f.item_position
						  left join inspection_rectification x on x.community_id = fi.community_id and x.finding_id = fi.id
						    and x.contractor_id = k.id
						)
						select k.community_id, k.id, m.month + 24, greatest(0, 100 - coalesce(sum(d.points), 0))
						from inspection_contractor k cross join months m
						left join deductions d on d.community_id = k.community_id and d.contractor_id = k.id and d.month = m.month
						where k.active and k.trade in ('CLEANING', 'GREENING')
						group by k.community_id, k.id, m.month""")
			.query(rs -> {
				scores.put(rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getDate(3), rs.getBigDecimal(4));
			});
		return scores;
	}

}
