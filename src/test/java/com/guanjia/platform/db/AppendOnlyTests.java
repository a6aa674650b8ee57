package com.guanjia.platform.db;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.BillingRuns;
import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * History is appended, never changed (CONTRIBUTING "Persistence"; R6.3 ledgers, R13
 * audit): the append-only tables refuse UPDATE as well as DELETE (issue 15 item 7: only a
 * DELETE on ledger_entry was tested). The ledger, the bill lines and the audit log are
 * tried for real on the rows of a committed billing run; every other append-only table
 * must carry a row-level trigger before both UPDATE and DELETE.
 */
@GuanjiaTest
class AppendOnlyTests {

	/** The append-only tables and the module that owns each. */
	static final Map<String, String> APPEND_ONLY = Map.ofEntries(Map.entry("audit_log", "platform"),
			Map.entry("ledger_entry", "billing"), Map.entry("bill_line", "billing"),
			Map.entry("reception_step", "desk"), Map.entry("work_order_step", "workorders"),
			Map.entry("unit_event", "archive"), Map.entry("unit_document", "archive"),
			Map.entry("ownership_transfer", "residents"), Map.entry("inspection_history", "inspections"),
			Map.entry("renovation_history", "renovation"), Map.entry("key_step", "keys"),
			Map.entry("mail_step", "keys"));

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Autowired
	JdbcClient jdbc;

	long community;

	@BeforeEach
	void setUp() {
		community = fixtures.community("只增不改").id();
		long building = fixtures.building(community, "1").id();
		fees.unit(community, building, "101", "90.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1));
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id()));
	}

	@Test
	void theLedgerTheBillLinesAndTheAuditLogRefuseUpdateAndDelete() {
		for (String table : List.of("ledger_entry", "bill_line", "audit_log")) {
			long rows = jdbc.sql("select count(*) from " + table + " where community_id = ?")
				.param(community)
				.query(Long.class)
				.single();
			assertThat(rows).as("rows of %s written by the billing run", table).isPositive();
			assertThatThrownBy(
					() -> jdbc.sql("update " + table + " set community_id = community_id where community_id = ?")
						.param(community)
						.update())
				.as("update %s", table)
				.hasMessageContaining(table + " is append-only");
			assertThatThrownBy(
					() -> jdbc.sql("delete from " + table + " where community_id = ?").param(community).update())
				.as("delete from %s", table)
				.hasMessageContaining(table + " is append-only");
			assertThat(jdbc.sql("select count(*) from " + table + " where community_id = ?")
				.param(community)
				.query(Long.class)
				.single()).as("rows of %s after the refusals", table).isEqualTo(rows);
		}
	}

	/**
	 * Every append-only table has a trigger that fires before UPDATE and before DELETE,
	 * for each row (pg_trigger.tgtype bits: 1 row, 2 before, 8 delete, 16 update).
	 */
	@Test
	void everyAppendOnlyTableHasATriggerBeforeUpdateAndDelete() {
		APPEND_ONLY.forEach((table, module) -> {
			List<Integer> types = jdbc.sql("""
					select t.tgtype from pg_trigger t join pg_class c on c.oid = t.tgrelid
					where c.relname = ? and not t.tgisinternal""").param(table).query(Integer.class).list();
			assertThat(types).as("%s (%s): a row-level trigger before update and delete", table, module)
				.anyMatch(type -> (type & 1) != 0 && (type & 2) != 0 && (type & 8) != 0 && (type & 16) != 0);
		});
	}

}
