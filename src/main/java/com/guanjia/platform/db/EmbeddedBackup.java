package com.guanjia.platform.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the embedded PostgreSQL (issue 9 item 3). The zonky binaries have no
 * {@code pg_dump} (only {@code initdb}, {@code pg_ctl} and {@code postgres}), and
 * Debian's {@code pg_dump} 15 refuses a 17 server, so a backup is what
 * {@code pg_basebackup} makes: an online, consistent copy of the cluster, taken while the
 * application runs.
 * <ol>
 * <li>a temporary replication slot keeps the WAL from the start of the backup on;</li>
 * <li>{@code pg_backup_start} checkpoints and marks the start;</li>
 * <li>the data directory's files are copied into a zip (pages written meanwhile are
 * repaired from the WAL on restore, full-page writes being on during a backup);</li>
 * <li>{@code pg_backup_stop} marks the end, switches to a new WAL segment and returns the
 * {@code backup_label}; the WAL segments from start to end are added.</li>
 * </ol>
 * Restoring unpacks the zip into an empty data directory; on its first start PostgreSQL
 * reads {@code backup_label} and replays the WAL to the end of the backup, so the
 * restored database is the one of the moment the backup ended. The zip holds the
 * superuser's password file too: keep it as private as the data.
 */
public final class EmbeddedBackup {

	/**
	 * Directories whose contents PostgreSQL rebuilds; the directories themselves are
	 * kept.
	 */
	private static final Set<String> EMPTY_DIRECTORIES = Set.of("pg_wal", "pg_dynshmem", "pg_notify", "pg_serial",
			"pg_snapshots", "pg_stat_tmp", "pg_subtrans", "pg_replslot", "log");

	private static final Set<String> SKIPPED_FILES = Set.of("postmaster.pid", "postmaster.opts", "backup_label",
			"tablespace_map", "backup_manifest", "current_logfiles", "epg-lock", "pg_internal.init");

	private EmbeddedBackup() {
	}

	/** What a backup holds. */
	public record Summary(Path file, long files, long bytes, String startLsn, String stopLsn) {
	}

	/**
	 * Writes a backup of the running server on {@code dataDirectory} (listening on
	 * {@code port}) to {@code file}, readable by its owner only. The file appears only
	 * when the backup is complete.
	 */
	public static Summary backup(Path dataDirectory, int port, String password, Path file)
			throws IOException, SQLException {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		Path target = file.toAbsolutePath().normalize();
		if (target.startsWith(dir)) {
			throw new IllegalArgumentException("the backup file must not be inside the data directory");
		}
		Files.createDirectories(target.getParent());
		Path partial = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".partial");
		restrictToOwner(partial);
		String url = "jdbc:postgresql://127.0.0.1:%d/postgres".formatted(port);
		try (Connection c = DriverManager.getConnection(url, EmbeddedPostgresServer.SUPERUSER, password);
				OutputStream out = Files.newOutputStream(partial);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_SPEED);
			String slot = "guanjia_backup_" + ProcessHandle.current().pid();
			query(c, "select pg_create_physical_replication_slot(?, true, true)::text", slot);
			String startLsn = query(c, "select pg_backup_start(?, true)::text", "guanjia " + Instant.now());
			String startSegment = query(c, "select pg_walfile_name(?::pg_lsn)", startLsn);
			long[] counts = new long[2];
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path path : (Iterable<Path>) paths::iterator) {
					if (!path.equals(dir) && included(dir.relativize(path))) {
						add(zip, dir, path, counts);
					}
				}
			}
			String stopLsn;
			String label;
			String tablespaceMap;
			try (PreparedStatement s = c
				.prepareStatement("select lsn::text, labelfile, spcmapfile from pg_backup_stop(false)");
					ResultSet rs = s.executeQuery()) {
				rs.next();
				stopLsn = rs.getString(1);
				label = rs.getString(2);
				tablespaceMap = rs.getString(3);
			}
			String stopSegment = query(c, "select pg_walfile_name(?::pg_lsn)", stopLsn);
			addText(zip, "backup_label", label);
			if (tablespaceMap != null && !tablespaceMap.isBlank()) {
				addText(zip, "tablespace_map", tablespaceMap);
			}
			try (Stream<Path> wal = Files.list(dir.resolve("pg_wal"))) {
				for (Path segment : wal.sorted().toList()) {
					String name = segment.getFileName().toString();
					boolean inBackup = name.length() == 24 && name.compareTo(startSegment) >= 0
							&& name.compareTo(stopSegment) <= 0;
					if (inBackup || name.endsWith(".history")) {
						add(zip, dir, segment, counts);
					}
				}
			}
			zip.setComment(
					"Guanjia embedded PostgreSQL 17 backup, " + Instant.now() + ", WAL " + startLsn + " to " + stopLsn);
			zip.finish();
			out.flush();
			zip.close();
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new Summary(target, counts[0], counts[1], startLsn, stopLsn);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/**
	 * Unpacks a backup into {@code dataDirectory}, which must be empty or absent. The
	 * next start of the server replays the backup's WAL.
	 */
	public static long restore(Path file, Path dataDirectory) throws IOException {
		Path dir = dataDirectory.toAbsolutePath().normalize();
		if (Files.exists(dir)) {
			try (Stream<Path> entries = Files.list(dir)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException(
							"the data directory " + dir + " is not empty: move it away (or restore elsewhere) first");
				}
			}
		}
		Files.createDirectories(dir);
		long files = 0;
		boolean label = false;
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				Path path = dir.resolve(entry.getName()).normalize();
				if (!path.startsWith(dir)) {
					throw new IOException("entry outside the data directory: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(zip, path);
					restrictToOwner(path);
					files++;
					label |= entry.getName().equals("backup_label");
				}
			}
		}
		if (!label) {
			throw new IllegalStateException(file + " is not a Guanjia backup (it has no backup_label)");
		}
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			try (Stream<Path> paths = Files.walk(dir)) {
				for (Path d : paths.filter(Files::isDirectory).toList()) {
					Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
				}
			}
		}
		return files;
	}

	private static boolean included(Path relative) {
		String name = relative.getFileName().toString();
		if (SKIPPED_FILES.contains(name) || name.startsWith("pgsql_tmp") || name.endsWith(".partial")) {
			return false;
		}
		// the directories themselves, not what is inside
		return relative.getNameCount() == 1 || !EMPTY_DIRECTORIES.contains(relative.getName(0).toString())
				|| (relative.getNameCount() == 2 && relative.startsWith("pg_wal") && name.equals("archive_status"));
	}

	private static void add(ZipOutputStream zip, Path dir, Path path, long[] counts) throws IOException {
		String name = dir.relativize(path).toString().replace('\\', '/');
		try {
			if (Files.isDirectory(path)) {
				zip.putNextEntry(new ZipEntry(name + "/"));
				zip.closeEntry();
				return;
			}
			try (InputStream in = Files.newInputStream(path)) {
				zip.putNextEntry(new ZipEntry(name));
				counts[1] += in.transferTo(zip);
				zip.closeEntry();
				counts[0]++;
			}
		}
		catch (NoSuchFileException ex) {
			// dropped while the backup ran: the WAL says so
		}
	}

	private static void addText(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static String query(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, parameter);
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
	}

	/** The names the zip holds, for tests. */
	static List<String> entries(Path file) throws IOException {
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
			return zip.stream().map(ZipEntry::getName).toList();
		}
	}

}
