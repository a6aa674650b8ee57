package com.guanjia.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * R3.1: numbers people can say on the phone, WO-yyyyMMdd-nnnn per community and day,
 * without gaps or duplicates when many agents take orders in at once (including the very
 * first orders of a new community, which also seed its warranty table and price list).
 */
@GuanjiaTest
class WorkOrderNumberTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	WorkOrderFixtures orders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentIntakesGetConsecutiveNumbersPerCommunity() throws Exception {
		long community = fixtures.community("阳光花园").id();
		long other = fixtures.community("翠湖居").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		long otherUnit = fixtures.unit(other, fixtures.building(other, "1").id(), "1", "101", "70.00").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community, other);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<WorkOrderView>> results = new ArrayList<>();
		for (int i = 0; i < 24; i++) {
			boolean first = i % 3 != 0;
			Callable<WorkOrderView> intake = () -> orders.repair(agent, first ? community : other,
					first ? unit : otherUnit, "SANITARY", false);
			results.add(pool.submit(intake));
		}
		List<WorkOrderView> opened = new ArrayList<>();
		for (Future<WorkOrderView> f : results) {
			opened.add(f.get());
		}
		pool.shutdown();
		List<String> a = opened.stream()
			.filter(o -> o.communityId() == community)
			.map(WorkOrderView::number)
			.sorted()
			.toList();
		List<String> b = opened.stream()
			.filter(o -> o.communityId() == other)
			.map(WorkOrderView::number)
			.sorted()
			.toList();
		assertThat(a).containsExactlyElementsOf(
				IntStream.rangeClosed(1, 16).mapToObj(n -> "WO-20261130-%04d".formatted(n)).toList());
		assertThat(b).containsExactlyElementsOf(
				IntStream.rangeClosed(1, 8).mapToObj(n -> "WO-20261130-%04d".formatted(n)).toList());
	}

	/**
	 * The order is written once, number included: its timeline starts with the intake,
	 * its audit names the number.
	 */
	@Test
	void theTenThousandthOrderOfADayGetsFiveDigitsAndOneWrite() {
		long community = fixtures.community("阳光花园").id();
		long unit = fixtures.unit(community, fixtures.building(community, "3").id(), "2", "1502", "89.50").id();
		StaffUser agent = fixtures.staff(Role.AGENT, community);
		jdbc.sql("insert into work_order_counter (community_id, day, last) values (?, date '2026-11-30', 9998)")
			.param(community)
			.update();

		assertThat(orders.repair(agent, community, unit, "SANITARY", false).number()).isEqualTo("WO-20261130-9999");
		WorkOrderView tenThousandth = orders.repair(agent, community, unit, "SANITARY", false);

		assertThat(tenThousandth.number()).isEqualTo("WO-20261130-10000");
		assertThat(tenThousandth.version()).isZero();
		assertThat(jdbc
			.sql("select action || ' ' || to_status from work_order_step where community_id = ? and work_order_id = ?")
			.params(community, tenThousandth.id())
			.query(String.class)
			.list()).containsExactly("OPEN RECEIVED");
		assertThat(jdbc
			.sql("select detail from audit_log where community_id = ? and entity_type = 'work_order' and entity_id = ?")
			.params(community, String.valueOf(tenThousandth.id()))
			.query(String.class)
			.list()).containsExactly("WO-20261130-10000 RECEIVED");
	}

}
