package com.guanjia.billing;

import static com.guanjia.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;

import com.guanjia.estate.UnitState;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.support.FeeFixtures;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0024: the ledger's and the bill lines' references are checked once per
 * statement (no foreign keys on the run's hot path) and refuse what the foreign keys
 * refused: a charge on a line that does not exist, a reversal of no entry, a line of no
 * run, a run with lines deleted, the tables emptied.
 */
@GuanjiaTest
class LedgerReferencesTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	FeeFixtures fees;

	@Autowired
	BillingRuns runs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	long community;

	long unit;

	long run;

	@BeforeEach
	void setUp() {
		community = fixtures.community("台帐引用").id();
		long building = fixtures.building(community, "1").id();
		unit = fees.unit(community, building, "101", "90.00", UnitState.OCCUPIED, LocalDate.of(2020, 1, 1)).id();
		StaffUser finance = fixtures.staff(Role.FINANCE, community);
		run = as(finance, () -> runs.commit(runs.preview(community, YearMonth.of(2026, 10), 1).run().id())).id();
	}

	@Test
	void anEntryOnALineOrEntryThatDoesNotExistIsRefused_andNothingIsWritten() {
		long entries = count("ledger_entry");
		long line = jdbc.sql("select max(id) from bill_line where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
		String insert = """
				insert into ledger_entry (community_id, unit_id, kind, amount, bill_line_id, reverses_id, created_at,
				  created_by)
				values (?, ?, 'CHARGE', 1, ?, ?, now(), 'test')""";
		assertThatThrownBy(() -> jdbc.sql(insert).params(community, unit, line + 1_000_000, null).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("names a bill line that does not exist");
		// another community's id is not this community's line
		assertThatThrownBy(() -> jdbc.sql(insert).params(community + 1_000_000, unit, line, null).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql(insert).params(community, unit, null, Long.MAX_VALUE).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("reverses an entry that does not exist");
		assertThat(count("ledger_entry")).isEqualTo(entries);
		// a real line is accepted
		jdbc.sql(insert).params(community, unit, line, null).update();
		assertThat(count("ledger_entry")).isEqualTo(entries + 1);
	}

	@Test
	void aLineOfNoRunIsRefused_aRunWithLinesIsNotDeleted_theTablesAreNotEmptied() {
		long lines = count("bill_line");
		assertThatThrownBy(() -> jdbc.sql("""
				insert into bill_line (community_id, unit_id, building_id, item, period, origin, run_id, quantity, rate,
				  amount, due_date, created_at, rebill)
				select community_id, unit_id, building_id, item, period, origin, ?, quantity, rate, amount, due_date,
				  created_at, 1
				from bill_line where community_id = ?""").params(run + 1_000_000, community).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("names a billing run that does not exist");
		assertThat(count("bill_line")).isEqualTo(lines);
		assertThatThrownBy(() -> jdbc.sql("delete from billing_run where community_id = ? and id = ?")
			.params(community, run)
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		for (String table : new String[] { "ledger_entry", "bill_line" }) {
			// inside a transaction rolled back in any case: a truncate let through must
			// not empty the shared test database
			tx.executeWithoutResult(status -> {
				status.setRollbackOnly();
				assertThatThrownBy(() -> jdbc.sql("truncate " + table + " cascade").update())
					.hasMessageContaining(table + " is append-only");
			});
		}
		assertThat(count("bill_line")).isEqualTo(lines);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where community_id = ?")
			.param(community)
			.query(Long.class)
			.single();
	}

}
