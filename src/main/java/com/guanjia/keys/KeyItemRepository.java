package com.guanjia.keys;

import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves the items of the key register and appends their history; every
 * statement names the community. A step loads the item {@code for update} and saves it
 * with the version check.
 */
@Repository
class KeyItemRepository {

	private static final String COLUMNS = """
			id, community_id, unit_id, unit_label, kind, number, storage_place, status, holder_party_id, holder_name,
			plate, valid_until, issue_ref, missing_since, version""";

	private final JdbcClient jdbc;

	KeyItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('key_item', 'id'))").query(Long.class).single();
	}

	Optional<KeyItem> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from key_item where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(KeyItemRepository::map)
			.optional();
	}

	Optional<KeyItem> lock(Collection<Long> communityIds, long id) {
		return jdbc.sql("select " + COLUMNS + " from key_item where community_id = any(?) and id = ? for update")
			.params(communityIds.toArray(Long[]::new), id)
			.query(KeyItemRepository::map)
			.optional();
	}

	/**
	 * Several items of a community, locked, in id order (the same order for everyone).
	 */
	List<KeyItem> lockAll(long communityId, Collection<Long> ids) {
		return jdbc
			.sql("select " + COLUMNS + " from key_item where community_id = ? and id = any(?) order by id for update")
			.params(communityId, ids.toArray(Long[]::new))
			.query(KeyItemRepository::map)
			.list();
	}

	/** Several items of a community, not locked (for views). */
	List<KeyItem> findAll(long communityId, Collection<Long> ids) {
		return jdbc.sql("select " + COLUMNS + " from key_item where community_id = ? and id = any(?)")
			.params(communityId, ids.toArray(Long[]::new))
			.query(KeyItemRepository::map)
			.list();
	}

	boolean numberTaken(long communityId, String number) {
		return jdbc.sql("select exists (select 1 from key_item where community_id = ? and number = ?)")
			.params(communityId, number)
			.query(Boolean.class)
			.single();
	}

	/** The community's items matching the filters, by unit and number (at most 500). */
	List<KeyItem> list(long communityId, @Nullable KeyKind kind, @Nullable KeyStatus status, @Nullable String q) {
		return jdbc.sql("""
				select %s from key_item where community_id = ?
				  and (cast(? as text) is null or kind = ?) and (cast(? as text) is null or status = ?)
				  and (cast(? as text) is null or unit_label like ? or number like ?)
				order by unit_label, kind, number limit 500""".formatted(COLUMNS))
			.params(communityId, name(kind), name(kind), name(status), name(status), q, like(q), like(q))
			.query(KeyItemRepository::map)
			.list();
	}

	List<KeyItem> ofUnit(long communityId, long unitId) {
		return jdbc.sql("select " + COLUMNS
				+ " from key_item where community_id = ? and unit_id = ? and status <> 'WRITTEN_OFF' order by kind, number")
			.params(communityId, unitId)
			.query(KeyItemRepository::map)
			.list();
	}

	/** What a stock-take counts: items that should be in the cabinet, or are lent. */
	Map<Long, KeyStatus> toCount(long communityId) {
		Map<Long, KeyStatus> items = new LinkedHashMap<>();
		jdbc.sql("""
				select id, status from key_item where community_id = ? and status in ('IN_STORE', 'MISSING', 'LENT')
				order by storage_place nulls last, number""").param(communityId).query(rs -> {
			items.put(rs.getLong(1), KeyStatus.valueOf(rs.getString(2)));
		});
		return items;
	}

	List<HistoryLine> history(long communityId, long itemId) {
		return jdbc
			.sql("""
					select action, occurred_at, actor, note from key_step where community_id = ? and item_id = ? order by id""")
			.params(communityId, itemId)
			.query((rs, row) -> new HistoryLine("keys.action." + rs.getString(1), SqlTime.instant(rs, "occurred_at"),
					rs.getString(3), rs.getString(4)))
			.list();
	}

	void save(KeyItem k, String actor) {
		KeyItem.Holder h = k.holder();
		if (k.isNew()) {
			jdbc.sql("""
					insert into key_item (community_id, id, unit_id, unit_label, kind, number, storage_place, status,
					  created_at, version)
					overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
				.params(k.communityId(), k.id(), k.unitId(), k.unitLabel(), k.kind().name(), k.number(), k.place(),
						k.status().name(), utc(k.steps().get(0).at()))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update key_item set storage_place = ?, status = ?, holder_party_id = ?, holder_name = ?, plate = ?,
					  valid_until = ?, issue_ref = ?, missing_since = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(k.place(), k.status().name(), h == null ? null : h.partyId(), h == null ? null : h.name(),
						h == null ? null : h.plate(),
						h == null || h.validUntil() == null ? null : Date.valueOf(h.validUntil()),
						h == null ? null : h.reference(),
						k.missingSince() == null ? null : Date.valueOf(k.missingSince()), k.communityId(), k.id(),
						k.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (KeyItem.Step step : k.steps()) {
			jdbc.sql("""
					insert into key_step (community_id, item_id, occurred_at, actor, action, note)
					values (?, ?, ?, ?, ?, ?)""")
				.params(k.communityId(), k.id(), utc(step.at()), actor, step.action().name(), clip(step.note()))
				.update();
		}
	}

	private static @Nullable String clip(@Nullable String note) {
		return note == null || note.length() <= 300 ? note : note.substring(0, 300);
	}

	private static @Nullable String name(@Nullable Enum<?> e) {
		return e == null ? null : e.name();
	}

	private static @Nullable String like(@Nullable String q) {
		return q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static KeyItem map(ResultSet rs, int row) throws SQLException {
		String holderName = rs.getString("holder_name");
		Date until = rs.getDate("valid_until");
		Date missing = rs.getDate("missing_since");
		KeyItem.Holder holder = holderName == null ? null
				: new KeyItem.Holder((Long) rs.getObject("holder_party_id"), holderName, rs.getString("plate"),
						until == null ? null : until.toLocalDate(), rs.getString("issue_ref"));
		return KeyItem.restore(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getString("unit_label"), KeyKind.valueOf(rs.getString("kind")), rs.getString("number"),
				rs.getString("storage_place"), KeyStatus.valueOf(rs.getString("status")), holder,
				missing == null ? null : missing.toLocalDate(), rs.getInt("version"));
	}

}
