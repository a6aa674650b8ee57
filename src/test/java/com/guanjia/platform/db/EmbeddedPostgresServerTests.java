package com.guanjia.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server on a data directory of its own, as {@code bin/run} uses it (issue 9
 * items 1, 2 and 4). Plain JUnit: each test starts and kills real PostgreSQL processes.
 * The whole application's crash test is {@code bin/crash-test}.
 */
class EmbeddedPostgresServerTests {

	@TempDir
	Path temp;

	private final List<EmbeddedPostgresServer> started = new ArrayList<>();

	@AfterEach
	void stopServers() {
		started.forEach(EmbeddedPostgresServer::stop);
	}

	/**
	 * Item 1: every commit that was answered is still there after SIGKILL of every
	 * process of the server (the walwriter included), the JVM's view of a power cut. With
	 * {@code synchronous_commit=off} the answered commits whose WAL the walwriter had not
	 * yet written were lost: 16 of 1,073 payments in {@code bin/crash-test} on a busy
	 * machine; one connection here is too gentle to lose any reliably, so the settings
	 * are checked too.
	 */
	@Test
	void everyAnsweredCommitSurvivesAKillOfTheWholeServer() throws Exception {
		Path dir = temp.resolve("postgres");
		EmbeddedPostgresServer server = launch(dir, true);
		int answered = 0;
		try (Connection c = connect(server); Statement s = c.createStatement()) {
			assertThat(setting(s, "fsync")).isEqualTo("on");
			assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
			s.execute("create table payment (id int primary key)");
			for (int i = 1; i <= 300; i++) {
				s.execute("insert into payment values (" + i + ")");
				answered++;
			}
			killEveryProcess(server);
		}
		server.abandon();

		EmbeddedPostgresServer again = launch(dir, true);
		try (Connection c = connect(again); Statement s = c.createStatement()) {
			assertThat(count(s, "select count(*) from payment")).isEqualTo(answered);
		}
	}

	/**
	 * Item 2: a JVM killed with SIGKILL (and its watchdog with it) leaves PostgreSQL
	 * running on the data directory; the next start stops it cleanly and starts its own.
	 */
	@Test
	void aServerLeftRunningByADeadJvmIsStoppedOnTheNextStart() throws Exception {
		Path dir = temp.resolve("postgres");
		EmbeddedPostgresServer orphan = launch(dir);
		try (Connection c = connect(orphan); Statement s = c.createStatement()) {
			s.execute("create table payment (id int primary key)");
			s.execute("insert into payment values (1)");
		}
		orphan.abandon();
		ProcessHandle orphanProcess = ProcessHandle.of(orphan.pid()).orElseThrow();

		EmbeddedPostgresServer next = launch(dir);
		assertThat(orphanProcess.isAlive()).isFalse();
		assertThat(next.pid()).isNotEqualTo(orphan.pid());
		try (Connection c = connect(next); Statement s = c.createStatement()) {
			assertThat(count(s, "select count(*) from payment")).isEqualTo(1);
		}
	}

	/** Item 2: the data directory is locked by the live JVM using it. */
	@Test
	void aSecondStartOnADirectoryInUseIsRefused() {
		Path dir = temp.resolve("postgres");
		launch(dir);
		assertThatThrownBy(() -> EmbeddedPostgresServer.launch(dir, false, false))
			.hasMessageContaining("in use by another running Guanjia");
	}

	/**
	 * Item 2: when the JVM dies without running its shutdown hooks, the watchdog asks the
	 * server for a fast shutdown, so nothing is left running.
	 */
	@Test
	void theServerStopsWhenItsJvmIsKilled() throws Exception {
		Path dir = temp.resolve("postgres");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildJvm.class.getName(),
				dir.toString())
			.redirectErrorStream(true)
			.start();
		long pid;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.startsWith("postmaster=")) {
				// the child's log
			}
			assertThat(line).as("the child JVM started PostgreSQL").isNotNull();
			pid = Long.parseLong(line.substring("postmaster=".length()));
			ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();

			child.destroyForcibly();
			child.waitFor(30, TimeUnit.SECONDS);
			postmaster.onExit().get(30, TimeUnit.SECONDS);
		}
		assertThat(dir.resolve("postmaster.pid")).as("a clean shutdown removes it").doesNotExist();
		EmbeddedPostgresServer next = launch(dir);
		try (Connection c = connect(next); Statement s = c.createStatement()) {
			assertThat(count(s, "select 1")).isEqualTo(1);
		}
	}

	/**
	 * Item 4: the superuser has a generated password, kept owner-only in the data
	 * directory; a connection without it is refused.
	 */
	@Test
	void theSuperuserNeedsTheGeneratedPassword() throws Exception {
		Path dir = temp.resolve("postgres");
		EmbeddedPostgresServer server = launch(dir);
		Path passwordFile = dir.resolve(EmbeddedPostgresServer.PASSWORD_FILE);
		assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(20);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
		assertThat(Files.readString(dir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\b");

		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", null).close())
			.isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "guess").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
		try (Connection c = connect(server); Statement s = c.createStatement()) {
			assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
			assertThat(setting(s, "unix_socket_directories")).isEmpty();
		}

		// the same password after a restart
		server.stop();
		started.remove(server);
		assertThat(launch(dir).password()).isEqualTo(server.password());
	}

	/**
	 * Item 4: a data directory made by an earlier version (zonky's initdb, trust for
	 * every local connection) keeps its data and asks for a password from the next start
	 * on.
	 */
	@Test
	void aTrustDataDirectoryOfAnEarlierVersionIsSecuredOnStart() throws Exception {
		Path dir = temp.resolve("postgres");
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start(); Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("create table payment (id int primary key)");
			s.execute("insert into payment values (1), (2)");
		}
		assertThat(dir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).doesNotExist();

		EmbeddedPostgresServer server = launch(dir);
		assertThat(dir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).exists();
		assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", null).close())
			.isInstanceOf(SQLException.class);
		try (Connection c = connect(server); Statement s = c.createStatement()) {
			assertThat(count(s, "select count(*) from payment")).isEqualTo(2);
		}
	}

	/** Not durable (quicker) unless the test is about durability. */
	private EmbeddedPostgresServer launch(Path dir) {
		return launch(dir, false);
	}

	private EmbeddedPostgresServer launch(Path dir, boolean durable) {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(dir, durable, false);
		started.add(server);
		return server;
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		return DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", server.password());
	}

	private static String setting(Statement s, String name) throws SQLException {
		try (ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static void killEveryProcess(EmbeddedPostgresServer server) {
		ProcessHandle postmaster = ProcessHandle.of(server.pid()).orElseThrow();
		List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
		all.add(postmaster);
		all.forEach(ProcessHandle::destroyForcibly);
		all.forEach((p) -> p.onExit().join());
	}

	/** The JVM that {@link #theServerStopsWhenItsJvmIsKilled} kills. */
	static final class ChildJvm {

		public static void main(String[] args) throws Exception {
			EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(Path.of(args[0]), false, true);
			System.out.println("postmaster=" + server.pid());
			System.out.flush();
			// held open until the test kills this JVM (or two minutes pass)
			new java.util.concurrent.CountDownLatch(1).await(2, java.util.concurrent.TimeUnit.MINUTES);
		}

	}

}
