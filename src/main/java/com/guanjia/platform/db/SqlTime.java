package com.guanjia.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * Binding and reading {@code timestamptz} columns: the one place an {@link Instant}
 * becomes a UTC {@link OffsetDateTime} for the JDBC driver and back. Times are stored in
 * UTC and shown in the community's zone.
 */
public final class SqlTime {

	private SqlTime() {
	}

	/** The value to bind for a {@code timestamptz} parameter. */
	public static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** As {@link #utc(Instant)}, passing {@code null} through. */
	public static @Nullable OffsetDateTime utcOrNull(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** Reads a {@code timestamptz} column, {@code null} when the column is null. */
	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
