package com.guanjia.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bin/backup [FILE]} and {@code bin/restore FILE} (issue 9 item 3): run from the
 * packaged jar without starting the application. The data directory is
 * {@code GUANJIA_EMBEDDED_DB_DATA_DIR} or {@code ./data/postgres}, as for the
 * application.
 * <ul>
 * <li>{@code backup [FILE]}: a consistent backup of the embedded PostgreSQL while the
 * application runs (or, when it does not, of a server started just for it), by default to
 * {@code backups/guanjia-<date>-<time>.zip}.</li>
 * <li>{@code restore FILE}: unpacks a backup into the data directory, which must be empty
 * or absent, and starts PostgreSQL once so that it replays the backup's WAL.</li>
 * </ul>
 */
public final class EmbeddedDatabaseTool {

	private EmbeddedDatabaseTool() {
	}

	public static void main(String[] args) throws Exception {
		quietLogging();
		String dataDir = Optional.ofNullable(System.getenv("GUANJIA_EMBEDDED_DB_DATA_DIR"))
			.filter((s) -> !s.isBlank())
			.orElse(System.getProperty("guanjia.embedded-db.data-dir", "./data/postgres"));
		String database = Optional.ofNullable(System.getenv("GUANJIA_EMBEDDED_DB_DATABASE"))
			.filter((s) -> !s.isBlank())
			.orElse("guanjia");
		Path dir = Path.of(dataDir).toAbsolutePath().normalize();
		try {
			run(args, dir, database);
		}
		catch (IllegalStateException | IllegalArgumentException | IOException ex) {
			System.err.println((args.length > 0 ? args[0] : "db-tool") + ": " + ex.getMessage());
			System.exit(1);
		}
		System.exit(0);
	}

	private static void run(String[] args, Path dir, String database) throws Exception {
		if (args.length >= 1 && args[0].equals("backup") && args.length <= 2) {
			Path file = args.length == 2 ? Path.of(args[1]) : Path.of("backups",
					"guanjia-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
			backup(dir, file);
		}
		else if (args.length == 2 && args[0].equals("restore")) {
			restore(Path.of(args[1]), dir, database);
		}
		else {
			throw new IllegalArgumentException("usage: bin/backup [FILE] | bin/restore FILE");
		}
	}

	private static void backup(Path dir, Path file) throws Exception {
		if (!Files.exists(dir.resolve("PG_VERSION"))) {
			throw new IllegalStateException("no embedded database in " + dir);
		}
		Optional<Integer> port = runningPort(dir);
		EmbeddedBackup.Summary summary;
		if (port.isPresent()) {
			System.out.println("backup: the database in " + dir + " is running (port " + port.get() + ")");
			String password = Files.readString(dir.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).strip();
			summary = EmbeddedBackup.backup(dir, port.get(), password, file);
		}
		else {
			System.out.println("backup: the application is not running; starting the database in " + dir);
			EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(dir, true, true);
			try {
				summary = EmbeddedBackup.backup(dir, server.port(), server.password(), file);
			}
			finally {
				server.stop();
			}
		}
		System.out.printf("backup: wrote %s (%d files, %.1f MB of data, WAL %s to %s)%n", summary.file(),
				summary.files(), summary.bytes() / 1e6, summary.startLsn(), summary.stopLsn());
	}

	private static void restore(Path file, Path dir, String database) throws IOException {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("no backup file " + file);
		}
		System.out.println("restore: unpacking " + file + " into " + dir);
		long files = EmbeddedBackup.restore(file, dir);
		System.out.println("restore: " + files + " files; starting PostgreSQL to replay the backup's WAL");
		EmbeddedPostgresServer server = EmbeddedPostgresServer.launch(dir, true, true);
		try (Connection c = server.dataSource(database).getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select count(*) from information_schema.tables" + " where table_schema = 'public'")) {
			rs.next();
			System.out.println("restore: database " + database + " is back with " + rs.getLong(1) + " tables;"
					+ " start the application with bin/run");
		}
		catch (java.sql.SQLException ex) {
			System.out
				.println("restore: the cluster is back, but database " + database + " answered: " + ex.getMessage());
		}
		finally {
			server.stop();
		}
	}

	/** Warnings only: without Spring Boot, logback would print every debug line. */
	private static void quietLogging() {
		if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	/** The port of a server running on {@code dir}, from its {@code postmaster.pid}. */
	private static Optional<Integer> runningPort(Path dir) throws IOException {
		Optional<Long> pid = EmbeddedPostgresServer.postmasterPid(dir);
		if (pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
		return lines.size() >= 4 ? Optional.of(Integer.parseInt(lines.get(3).strip())) : Optional.empty();
	}

}
