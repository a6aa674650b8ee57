package com.guanjia.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the events log; bounded by community. */
@Repository
class UnitEventRepository {

	private final JdbcClient jdbc;

	UnitEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends a line; with a {@code sourceKey} a second delivery of the same event is
	 * ignored. Returns the new id, or 0 when it was a repeat.
	 */
	long append(long communityId, long unitId, LocalDate occurredOn, UnitEventKind kind, List<String> args,
			@Nullable String note, String actor, @Nullable String sourceKey, OffsetDateTime now) {
		return jdbc.sql("""
				insert into unit_event (community_id, unit_id, occurred_on, kind, args, note, actor, source_key,
				  recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (community_id, source_key) where source_key is not null do nothing
				returning id""")
			.params(communityId, unitId, occurredOn, kind.name(), args.toArray(String[]::new), note, actor, sourceKey,
					now)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** The unit's log in order: by the day it happened, then as recorded. */
	List<UnitEventView> ofUnit(long communityId, long unitId) {
		return jdbc.sql("""
				select * from unit_event where community_id = ? and unit_id = ? order by occurred_on, id""")
			.params(communityId, unitId)
			.query(UnitEventRepository::map)
			.list();
	}

	UnitEventView get(long communityId, long id) {
		return jdbc.sql("select * from unit_event where community_id = ? and id = ?")
			.params(communityId, id)
			.query(UnitEventRepository::map)
			.single();
	}

	private static UnitEventView map(ResultSet rs, int row) throws SQLException {
		return new UnitEventView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getDate("occurred_on").toLocalDate(), UnitEventKind.valueOf(rs.getString("kind")),
				List.of((String[]) rs.getArray("args").getArray()), rs.getString("note"), rs.getString("actor"),
				rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

}
