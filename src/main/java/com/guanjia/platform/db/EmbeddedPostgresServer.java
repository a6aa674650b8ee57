package com.guanjia.platform.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;

/**
 * One embedded PostgreSQL 17 server per data directory and JVM. The default run keeps its
 * data under {@code ./data/postgres}; tests use a throw-away directory. Several
 * application contexts in one JVM (the test suite, the two-instance test) share the
 * server, as several instances would share one production database. The server stops with
 * the JVM, after the application contexts.
 */
public final class EmbeddedPostgresServer {

	private static final Map<String, EmbeddedPostgres> SERVERS = new HashMap<>();

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts (once) the server for {@code dataDirectory} (blank: a temporary one) and
	 * returns it.
	 */
	public static synchronized EmbeddedPostgres start(String dataDirectory) {
		return SERVERS.computeIfAbsent(dataDirectory, EmbeddedPostgresServer::launch);
	}

	private static EmbeddedPostgres launch(String dataDirectory) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				// A UTF-8 character classification so pg_trgm indexes Chinese characters.
				.setLocaleConfig("locale", "C.UTF-8")
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("max_connections", "300")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", dataDirectory.isBlank() ? "off" : "on")
				.setServerConfig("timezone", "UTC")
				// Stopped by Spring's shutdown hook instead, see below.
				.setRegisterShutdownHook(false);
			if (dataDirectory.isBlank()) {
				builder.setCleanDataDirectory(true);
			}
			else {
				Path dir = Path.of(dataDirectory).toAbsolutePath();
				Files.createDirectories(dir.getParent());
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
			}
			EmbeddedPostgres server = builder.start();
			// Stop the server only after Spring has closed every application context:
			// their beans still use the database while they close (Spring Modulith reads
			// its event registry). With zonky's own hook both ran at once, and closing
			// waited 30 s for a connection.
			SpringApplication.getShutdownHandlers().add(() -> stop(server));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start embedded PostgreSQL", ex);
		}
	}

	private static void stop(EmbeddedPostgres server) {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting and there is no one left to tell.
		}
	}

	/** Creates the database on the server when it does not exist yet. */
	public static void ensureDatabase(EmbeddedPostgres server, String database) {
		try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
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

}
