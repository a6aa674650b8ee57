package com.guanjia.platform.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.commons.io.file.PathUtils;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL 17 server per data directory and JVM. The default run keeps its
 * data under {@code ./data/postgres}; tests use a throw-away directory. Several
 * application contexts in one JVM (the test suite, the two-instance test) share the
 * server, as several instances would share one production database.
 * <ul>
 * <li><b>Durable</b> (issue 9 item 1): a durable server runs with {@code fsync=on} and
 * {@code synchronous_commit=on}, so a payment answered 201 survives a kill of both
 * processes. Only tests and benchmarks turn it off ({@code guanjia.embedded-db.durable}).
 * </li>
 * <li><b>Restart after a crash</b> (item 2): a server still running on the data directory
 * (its {@code postmaster.pid} names a live process) was left behind by a JVM that died;
 * it is stopped cleanly before the new one starts. A small watchdog process stops the
 * server when the JVM dies without running its shutdown hooks ({@code kill -9}); a normal
 * exit or SIGTERM stops it through Spring's shutdown handlers, after the application
 * contexts have closed. A lock file beside the data directory keeps a second live JVM off
 * it.</li>
 * <li><b>Password</b> (item 4): the superuser {@code postgres} has a random password,
 * generated on the first start and kept in {@value #PASSWORD_FILE} in the data directory
 * (owner-only, 0600); {@code pg_hba.conf} asks for it (SCRAM) on every connection, and
 * the server listens on 127.0.0.1 only, with no Unix socket. A data directory of an
 * earlier version (trust authentication) is migrated on start.</li>
 * </ul>
 */
public final class EmbeddedPostgresServer {

	/** The superuser the application connects as. */
	public static final String SUPERUSER = "postgres";

	/** The superuser's password, in the data directory, readable by its owner only. */
	public static final String PASSWORD_FILE = "guanjia-superuser.password";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<String, EmbeddedPostgresServer> SERVERS = new HashMap<>();

	private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final String HBA = """
			# Written by Guanjia: every connection logs in with a password (SCRAM). The server
			# listens on 127.0.0.1 only; the superuser's password is in %s
			# in this directory, readable by its owner only.
			# TYPE  DATABASE     USER  ADDRESS       METHOD
			local   all          all                 scram-sha-256
			host    all          all   127.0.0.1/32  scram-sha-256
			host    all          all   ::1/128       scram-sha-256
			local   replication  all                 scram-sha-256
			host    replication  all   127.0.0.1/32  scram-sha-256
			host    replication  all   ::1/128       scram-sha-256
			""".formatted(PASSWORD_FILE);

	private final Path dataDirectory;

	private final boolean temporary;

	private final int port;

	private final String password;

	private final long postmasterPid;

	private final FileLock lock;

	private @Nullable Process watchdog;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private EmbeddedPostgresServer(Path dataDirectory, boolean temporary, int port, String password, long postmasterPid,
			FileLock lock) {
		this.dataDirectory = dataDirectory;
		this.temporary = temporary;
		this.port = port;
		this.password = password;
		this.postmasterPid = postmasterPid;
		this.lock = lock;
	}

	/**
	 * Starts (once per JVM) the server for {@code dataDirectory} (blank: a temporary one,
	 * deleted when it stops) and returns it. It stops after Spring has closed every
	 * application context: their beans still use the database while they close (Spring
	 * Modulith reads its event registry).
	 */
	public static synchronized EmbeddedPostgresServer start(String dataDirectory, boolean durable) {
		EmbeddedPostgresServer server = SERVERS.get(dataDirectory);
		if (server == null) {
			server = launch(dataDirectory.isBlank() ? null : Path.of(dataDirectory), durable, true);
			SpringApplication.getShutdownHandlers().add(server::stop);
			SERVERS.put(dataDirectory, server);
		}
		return server;
	}

	/**
	 * Starts a server on {@code dataDirectory} (null: a temporary one): stops a server
	 * left running there, creates the cluster or secures an old one, starts PostgreSQL
	 * and checks the password works. The caller stops it.
	 */
	static EmbeddedPostgresServer launch(@Nullable Path dataDirectory, boolean durable, boolean watchdog) {
		try {
			boolean temporary = dataDirectory == null;
			Path dir = temporary ? Files.createTempDirectory("guanjia-pg")
					: Files.createDirectories(dataDirectory.toAbsolutePath().normalize());
			FileLock lock = lock(dir);
			try {
				log.info("Starting the embedded PostgreSQL 17 on {}", temporary ? "a temporary directory" : dir);
				stopLeftoverServer(dir);
				String password = prepareCluster(dir, durable);
				int port = freePort();
				startPostmaster(dir, port, durable);
				EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, temporary, port, password,
						postmasterPid(dir).orElseThrow(), lock);
				server.checkLogin();
				if (watchdog) {
					server.startWatchdog();
				}
				log.info("Embedded PostgreSQL 17 on 127.0.0.1:{}, data in {}{}", port, dir,
						durable ? "" : " (not durable: fsync and synchronous_commit off)");
				return server;
			}
			catch (RuntimeException | IOException ex) {
				lock.release();
				lock.channel().close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	public int port() {
		return port;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public String password() {
		return password;
	}

	/** The postmaster's process id. */
	public long pid() {
		return postmasterPid;
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(port, database);
	}

	/** A plain (unpooled) data source of {@code database} as the superuser. */
	public DataSource dataSource(String database) {
		PGSimpleDataSource ds = new PGSimpleDataSource();
		ds.setServerNames(new String[] { "127.0.0.1" });
		ds.setPortNumbers(new int[] { port });
		ds.setDatabaseName(database);
		ds.setUser(SUPERUSER);
		ds.setPassword(password);
		return ds;
	}

	/** Creates the database on the server when it does not exist yet. */
	public void ensureDatabase(String database) {
		if (!DATABASE_NAME.matcher(database).matches()) {
			throw new IllegalArgumentException("not a plain database name: " + database);
		}
		try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("create database \"" + database + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + database, ex);
		}
	}

	/**
	 * Stops the server (fast shutdown: open transactions roll back, committed ones are on
	 * disk) and deletes a temporary data directory.
	 */
	public void stop() {
		if (!stopped.compareAndSet(false, true)) {
			return;
		}
		if (watchdog != null) {
			watchdog.destroy();
		}
		try {
			pgCtlStop(dataDirectory, "fast");
		}
		catch (RuntimeException ex) {
			log.error("Could not stop the embedded PostgreSQL on {}", dataDirectory, ex);
		}
		releaseLock();
		if (temporary) {
			try {
				PathUtils.deleteDirectory(dataDirectory);
				Files.deleteIfExists(lockFile(dataDirectory));
			}
			catch (IOException ex) {
				log.warn("Could not delete {}", dataDirectory, ex);
			}
		}
	}

	/**
	 * What a JVM killed with SIGKILL leaves behind, for tests: the lock released and the
	 * server still running.
	 */
	void abandon() {
		stopped.set(true);
		if (watchdog != null) {
			watchdog.destroyForcibly();
		}
		releaseLock();
	}

	private void releaseLock() {
		try {
			lock.release();
			lock.channel().close();
		}
		catch (IOException ex) {
			// closing the channel releases the lock anyway
		}
	}

	private void checkLogin() {
		try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, password);
				Statement s = c.createStatement()) {
			s.execute("select 1");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the embedded PostgreSQL on " + dataDirectory
					+ " does not accept the password in " + PASSWORD_FILE + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A small shell loop, outliving a JVM killed with SIGKILL, that asks the server for a
	 * fast shutdown once the JVM is gone — unless the server is no longer the one this
	 * JVM started (a restarted application already runs its own).
	 */
	private void startWatchdog() {
		if (PostgresBinaries.isWindows() || !Files.isExecutable(Path.of("/bin/sh"))) {
			return;
		}
		String script = """
				while kill -0 "$1" 2>/dev/null; do sleep 1; done
				if [ "$(head -n 1 "$2" 2>/dev/null)" = "$3" ]; then kill -INT "$3"; fi
				""";
		try {
			this.watchdog = new ProcessBuilder("/bin/sh", "-c", script, "guanjia-postgres-watchdog",
					String.valueOf(ProcessHandle.current().pid()), dataDirectory.resolve("postmaster.pid").toString(),
					String.valueOf(postmasterPid))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectErrorStream(true)
				.start();
		}
		catch (IOException ex) {
			log.warn("No watchdog for the embedded PostgreSQL: it keeps running if this JVM is killed", ex);
		}
	}

	private static Path lockFile(Path dir) {
		return dir.resolveSibling(dir.getFileName() + ".lock");
	}

	/** One live JVM per data directory: the lock goes with the process that holds it. */
	private static FileLock lock(Path dir) throws IOException {
		FileChannel channel = FileChannel.open(lockFile(dir), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
		}
		catch (OverlappingFileLockException ex) {
			// held by this JVM
		}
		channel.close();
		throw new IllegalStateException("the data directory " + dir + " is in use by another running Guanjia"
				+ " (it holds " + lockFile(dir) + "); stop that one first");
	}

	static Optional<Long> postmasterPid(Path dir) throws IOException {
		Path pidFile = dir.resolve("postmaster.pid");
		try {
			List<String> lines = Files.readAllLines(pidFile);
			// a single-user backend writes its pid negated
			return lines.isEmpty() ? Optional.empty() : Optional.of(Math.abs(Long.parseLong(lines.get(0).strip())));
		}
		catch (java.nio.file.NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A live process named in {@code postmaster.pid} is a server whose JVM died (this JVM
	 * holds the lock): stop it cleanly. A dead one needs nothing: PostgreSQL recovers
	 * from its WAL on start. A live process that is not PostgreSQL took the pid after a
	 * reboot: the file is stale.
	 */
	private static void stopLeftoverServer(Path dir) throws IOException {
		Optional<ProcessHandle> process = postmasterPid(dir).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			return;
		}
		String command = process.get().info().command().orElse("");
		if (!command.isEmpty() && !Path.of(command).getFileName().toString().startsWith("postgres")) {
			log.warn("{} names pid {} ({}), which is not PostgreSQL: removing the stale file",
					dir.resolve("postmaster.pid"), process.get().pid(), command);
			Files.delete(dir.resolve("postmaster.pid"));
			return;
		}
		log.warn("PostgreSQL (pid {}) still runs on {}, left behind by a process that died; stopping it",
				process.get().pid(), dir);
		try {
			pgCtlStop(dir, "fast");
		}
		catch (RuntimeException ex) {
			log.warn("Fast shutdown failed ({}); stopping it immediately", ex.getMessage());
			pgCtlStop(dir, "immediate");
		}
		try {
			process.get().onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("could not stop PostgreSQL (pid " + process.get().pid() + ") on " + dir,
					ex);
		}
	}

	/** Creates the cluster with a password, or secures one created without. */
	private static String prepareCluster(Path dir, boolean durable) throws IOException {
		Path passwordFile = dir.resolve(PASSWORD_FILE);
		if (!Files.exists(dir.resolve("PG_VERSION"))) {
			log.info("Creating the embedded PostgreSQL database cluster in {} (first start)", dir);
			String password = newPassword();
			Path pwfile = Files.createTempFile(dir.getParent(), ".guanjia-initdb-", ".tmp", ownerOnly());
			try {
				Files.writeString(pwfile, password);
				List<String> args = new ArrayList<>(List.of("-D", dir.toString(), "-U", SUPERUSER, "-A",
						"scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"));
				if (!durable) {
					args.add("--no-sync");
				}
				run("initdb", args, Duration.ofMinutes(5));
			}
			finally {
				Files.deleteIfExists(pwfile);
			}
			writePassword(passwordFile, password);
			return password;
		}
		boolean trusting = trusts(dir.resolve("pg_hba.conf"));
		if (Files.exists(passwordFile) && !trusting) {
			restrictToOwner(passwordFile);
			return Files.readString(passwordFile).strip();
		}
		// A data directory of an earlier version (initialised with trust authentication),
		// or one whose first start stopped half-way: give the superuser a password while
		// no
		// server runs (single-user mode), then ask for it.
		String password;
		if (Files.exists(passwordFile)) {
			password = Files.readString(passwordFile).strip();
		}
		else {
			password = newPassword();
			writePassword(passwordFile, password);
		}
		run("postgres", List.of("--single", "-D", dir.toString(), "-c", "exit_on_error=on", SUPERUSER),
				"alter role " + SUPERUSER + " password '" + password + "';\n", Duration.ofMinutes(10));
		Files.writeString(dir.resolve("pg_hba.conf"), HBA);
		log.warn("Secured the embedded PostgreSQL in {}: the superuser now logs in with the password in {}"
				+ " (earlier versions trusted every local connection)", dir, passwordFile);
		return password;
	}

	private static boolean trusts(Path hba) throws IOException {
		if (!Files.exists(hba)) {
			return true;
		}
		try (Stream<String> lines = Files.lines(hba)) {
			return lines.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.anyMatch((line) -> List.of(line.split("\\s+")).contains("trust"));
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static void writePassword(Path file, String password) throws IOException {
		Path tmp = Files.createTempFile(file.getParent(), ".guanjia-password-", ".tmp", ownerOnly());
		Files.writeString(tmp, password + "\n");
		Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
				java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		restrictToOwner(file);
	}

	private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly() {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new java.nio.file.attribute.FileAttribute<?>[0];
		}
		return new java.nio.file.attribute.FileAttribute<?>[] {
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
			if (!Files.getPosixFilePermissions(file).equals(ownerOnly)) {
				Files.setPosixFilePermissions(file, ownerOnly);
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static void startPostmaster(Path dir, int port, boolean durable) throws IOException {
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("listen_addresses", "127.0.0.1");
		if (!PostgresBinaries.isWindows()) {
			settings.put("unix_socket_directories", "''");
		}
		settings.put("max_connections", "300");
		settings.put("shared_buffers", "256MB");
		settings.put("timezone", "UTC");
		// Issue 9 item 1: a commit is on disk before the client hears of it.
		settings.put("fsync", durable ? "on" : "off");
		settings.put("synchronous_commit", durable ? "on" : "off");
		settings.put("logging_collector", "on");
		settings.put("log_directory", "log");
		settings.put("log_filename", "postgresql-%a.log");
		settings.put("log_truncate_on_rotation", "on");
		settings.put("log_rotation_age", "1d");
		settings.put("log_rotation_size", "0");
		String options = "-p " + port + " "
				+ settings.entrySet()
					.stream()
					.map((e) -> "-c " + e.getKey() + "=" + e.getValue())
					.collect(Collectors.joining(" "));
		Files.createDirectories(dir.resolve("log"));
		Path startupLog = dir.resolve("log").resolve("startup.log");
		try {
			run("pg_ctl", List.of("-D", dir.toString(), "-l", startupLog.toString(), "-w", "-t", "600", "-o", options,
					"start"), Duration.ofMinutes(11));
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + "\n" + tail(startupLog), ex);
		}
	}

	private static String tail(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
		}
		catch (IOException ex) {
			return "";
		}
	}

	static void pgCtlStop(Path dir, String mode) {
		run("pg_ctl", List.of("-D", dir.toString(), "-m", mode, "-w", "-t", "60", "stop"), Duration.ofSeconds(70));
	}

	static String run(String program, List<String> args, Duration timeout) {
		return run(program, args, null, timeout);
	}

	/** Runs a PostgreSQL program and returns its output; fails on a non-zero exit. */
	static String run(String program, List<String> args, @Nullable String input, Duration timeout) {
		List<String> command = PostgresBinaries.command(program, args);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (input != null) {
				process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
			}
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException(program + " did not finish in " + timeout);
			}
			if (process.exitValue() != 0) {
				throw new IllegalStateException(program + " failed (exit " + process.exitValue() + "): "
						+ output.strip().replace(input == null ? "\u0000" : input.strip(), "(input)"));
			}
			log.debug("{}: {}", program, output.strip());
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while running " + program, ex);
		}
	}

}
