package com.guanjia.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.guanjia.billing.Ledger;
import com.guanjia.estate.UnitId;
import com.guanjia.shared.Money;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9 item 3: a backup of the running embedded database (the test suite's own), taken
 * while the application is up, restored into an empty data directory, holds the same
 * ledger.
 */
@GuanjiaTest
class BackupTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Ledger ledger;

	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	@Test
	void aRestoredBackupHasTheSameLedgerTotals() throws Exception {
		long community = fixtures.community(Fixtures.unique("备份")).id();
		long building = fixtures.building(community, "B1").id();
		for (int i = 1; i <= 5; i++) {
			long unit = fixtures.unit(community, building, "1", "10" + i, "88.50").id();
			for (int j = 1; j <= 4; j++) {
				BigDecimal amount = new BigDecimal(i * 100 + j + ".25");
				long ref = i * 10L + j;
				Fixtures.as(Fixtures.ROOT,
						() -> ledger.prepay(UnitId.of(community, unit), Money.of(amount), "BACKUP_TEST", ref));
			}
		}
		Map<String, List<Object>> before = totals(JdbcClient.create(dataSource), community);
		assertThat(before).isNotEmpty();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.start("", false);
		Path file = temp.resolve("guanjia.zip");
		EmbeddedBackup.Summary summary = EmbeddedBackup.backup(server.dataDirectory(), server.port(), server.password(),
				file);
		assertThat(summary.files()).isPositive();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(EmbeddedBackup.entries(file)).contains("backup_label", EmbeddedPostgresServer.PASSWORD_FILE)
			.doesNotContain("postmaster.pid");

		Path restored = temp.resolve("restored");
		EmbeddedBackup.restore(file, restored);
		EmbeddedPostgresServer copy = EmbeddedPostgresServer.launch(restored, false, false);
		try {
			assertThat(copy.password()).isEqualTo(server.password());
			assertThat(totals(JdbcClient.create(copy.dataSource("guanjia")), community)).isEqualTo(before);
		}
		finally {
			copy.stop();
		}

		// only into an empty directory
		assertThatThrownBy(() -> EmbeddedBackup.restore(file, restored)).hasMessageContaining("not empty");
	}

	private static Map<String, List<Object>> totals(JdbcClient jdbc, long community) {
		Map<String, List<Object>> totals = new TreeMap<>();
		jdbc.sql("select kind, count(*), sum(amount) from ledger_entry where community_id = ? group by kind")
			.param(community)
			.query((rs, i) -> totals.put(rs.getString(1), List.of(rs.getLong(2), rs.getBigDecimal(3))))
			.list();
		return totals;
	}

}
