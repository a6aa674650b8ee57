package com.guanjia.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who changed what and when. Every write of a business record calls {@link #record}; the
 * entry joins the caller's transaction, so a rolled-back change leaves no entry. The
 * table refuses updates and deletes.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(@Nullable Long communityId, String entityType, Object entityId, String action,
			@Nullable String detail) {
		jdbc.sql("""
				insert into audit_log (community_id, occurred_at, actor, entity_type, entity_id, action, detail)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(communityId, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), currentActor(), entityType,
					String.valueOf(entityId), action, detail)
			.update();
	}

	/**
	 * Several entries in one statement, e.g. the evaluations of a month-end run (hundreds
	 * at once); the same columns as {@link #record}.
	 */
	public void recordAll(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into audit_log (community_id, occurred_at, actor, entity_type, entity_id, action, detail)
				select c, ?, ?, t, i, a, d from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
				  cast(? as text[]), cast(? as text[])) with ordinality as e(c, t, i, a, d, n) order by n""")
			.params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), currentActor(),
					entries.stream().map(NewEntry::communityId).toArray(Long[]::new),
					entries.stream().map(NewEntry::entityType).toArray(String[]::new),
					entries.stream().map(e -> String.valueOf(e.entityId())).toArray(String[]::new),
					entries.stream().map(NewEntry::action).toArray(String[]::new),
					entries.stream().map(NewEntry::detail).toArray(String[]::new))
			.update();
	}

	/**
	 * The latest entries of the given communities (and, when {@code includeGlobal}, of
	 * none).
	 */
	public List<AuditEntry> latest(List<Long> communityIds, boolean includeGlobal, @Nullable String entityType,
			@Nullable String entityId, int limit) {
		return jdbc.sql("""
				select id, community_id, occurred_at, actor, entity_type, entity_id, action, detail
				from audit_log
				where (community_id = any(:ids) or (:global and community_id is null))
				  and (cast(:type as text) is null or entity_type = :type)
				  and (cast(:entity as text) is null or entity_id = :entity)
				order by id desc limit :limit""")
			.param("ids", communityIds.toArray(Long[]::new))
			.param("global", includeGlobal)
			.param("type", entityType)
			.param("entity", entityId)
			.param("limit", limit)
			.query((rs, i) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("community_id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
					rs.getString("detail")))
			.list();
	}

	/**
	 * Entries of one community about any of the given entities ({@code entity type ->
	 * ids}) with one of the actions, newest first — e.g. the reads of a person's data and
	 * the downloads from the archives of their units (issue 9 item 14).
	 */
	public List<AuditEntry> about(long communityId, Map<String, ? extends Collection<?>> entities,
			Collection<String> actions, int limit) {
		List<String> types = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		entities.forEach((type, list) -> list.forEach(id -> {
			types.add(type);
			ids.add(String.valueOf(id));
		}));
		if (types.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select a.id, a.community_id, a.occurred_at, a.actor, a.entity_type, a.entity_id, a.action, a.detail
				from audit_log a join unnest(cast(:types as text[]), cast(:ids as text[])) as e(type, id)
				  on a.entity_type = e.type and a.entity_id = e.id
				where a.community_id = :c and a.action = any(:actions)
				order by a.id desc limit :limit""")
			.param("types", types.toArray(String[]::new))
			.param("ids", ids.toArray(String[]::new))
			.param("c", communityId)
			.param("actions", actions.toArray(String[]::new))
			.param("limit", limit)
			.query((rs, i) -> new AuditEntry(rs.getLong("id"), (Long) rs.getObject("community_id"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
					rs.getString("detail")))
			.list();
	}

	static String currentActor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || auth.getName() == null ? "system" : auth.getName();
	}

	/** An entry to write with {@link #recordAll}. */
	public record NewEntry(@Nullable Long communityId, String entityType, Object entityId, String action,
			@Nullable String detail) {
	}

	public record AuditEntry(long id, @Nullable Long communityId, Instant occurredAt, String actor, String entityType,
			String entityId, String action, @Nullable String detail) {
	}

}
