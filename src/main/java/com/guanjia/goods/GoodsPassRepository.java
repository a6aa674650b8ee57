package com.guanjia.goods;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves goods release passes with their lines (what leaves) and their history,
 * both appended only. A step loads the pass {@code for update}, so two guards scanning
 * one pass at once end in one release.
 */
@Repository
class GoodsPassRepository {

	private static final String COLUMNS = """
			id, community_id, number, unit_id, unit_label, requester_kind, requester_party_id, requester_name, plate,
			valid_from, valid_until, status, consent_method, consent_party_id, consent_name, consent_at, consent_note,
			consent_recorded_by, requested_at, requested_by, used_at, released_by, version""";

	private final JdbcClient jdbc;

	GoodsPassRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('goods_pass', 'id'))").query(Long.class).single();
	}

	Optional<GoodsPass> find(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from goods_pass where community_id = any(?) and id = ?", communityIds, id);
	}

	Optional<GoodsPass> lock(Collection<Long> communityIds, long id) {
		return one("select " + COLUMNS + " from goods_pass where community_id = any(?) and id = ? for update",
				communityIds, id);
	}

	Optional<GoodsPass> findByNumber(long communityId, String number) {
		List<GoodsPass> found = withItems(
				jdbc.sql("select " + COLUMNS + " from goods_pass where community_id = ? and upper(number) = upper(?)")
					.params(communityId, number)
					.query(GoodsPassRepository::map)
					.list());
		return found.stream().findFirst();
	}

	/**
	 * The community's passes, newest first: all, or those of one status as stored
	 * ({@code openOnly} for those still requested or approved).
	 */
	List<GoodsPass> list(long communityId, @Nullable GoodsPassStatus status, @Nullable Long unitId, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from goods_pass where community_id = ?");
		List<Object> params = new ArrayList<>(List.of(communityId));
		if (status != null) {
			sql.append(" and status = ?");
			params.add(status.name());
		}
		if (unitId != null) {
			sql.append(" and unit_id = ?");
			params.add(unitId);
		}
		sql.append(" order by id desc limit ?");
		params.add(limit);
		return withItems(jdbc.sql(sql.toString()).params(params).query(GoodsPassRepository::map).list());
	}

	List<HistoryLine> history(long communityId, long passId) {
		return jdbc.sql("""
				select action, status, occurred_at, actor, note from goods_pass_step
				where community_id = ? and pass_id = ? order by id""")
			.params(communityId, passId)
			.query((rs, n) -> new HistoryLine(GoodsPassAction.valueOf(rs.getString("action")),
					GoodsPassStatus.valueOf(rs.getString("status")), Objects.requireNonNull(instant(rs, "occurred_at")),
					rs.getString("actor"), rs.getString("note")))
			.list();
	}

	void save(GoodsPass p) {
		if (p.isNew()) {
			insert(p);
		}
		else {
			update(p);
		}
		for (GoodsPass.Step s : p.steps()) {
			jdbc.sql("""
					insert into goods_pass_step (community_id, pass_id, action, status, occurred_at, actor, note)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(p.communityId(), p.id(), s.action().name(), s.status().name(), utc(s.at()), s.actor(), s.note())
				.update();
		}
	}

	private void insert(GoodsPass p) {
		GoodsPass.Requester r = p.requester();
		OwnerConsent c = p.consent();
		jdbc.sql(
				"""
						insert into goods_pass (community_id, id, number, unit_id, unit_label, requester_kind, requester_party_id,
						  requester_name, plate, valid_from, valid_until, status, consent_method, consent_party_id, consent_name,
						  consent_at, consent_note, consent_recorded_by, requested_at, requested_by)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.communityId(), p.id(), p.number(), p.unitId(), p.unitLabel(), r.kind().name(), r.partyId(),
					r.name(), p.plate(), utc(p.validFrom()), utc(p.validUntil()), p.status().name(),
					c == null ? null : c.method().name(), c == null ? null : c.partyId(),
					c == null ? null : c.ownerName(), c == null ? null : utc(c.at()), c == null ? null : c.note(),
					c == null ? null : c.recordedBy(), utc(p.requestedAt()), p.requestedBy())
			.update();
		int line = 0;
		for (GoodsItem item : p.items()) {
			jdbc.sql("""
					insert into goods_pass_item (community_id, pass_id, line, description, quantity)
					values (?, ?, ?, ?, ?)""")
				.params(p.communityId(), p.id(), ++line, item.description(), item.quantity())
				.update();
		}
	}

	private void update(GoodsPass p) {
		OwnerConsent c = p.consent();
		int updated = jdbc.sql("""
				update goods_pass set status = ?, consent_method = ?, consent_party_id = ?, consent_name = ?,
				  consent_at = ?, consent_note = ?, consent_recorded_by = ?, used_at = ?, released_by = ?,
				  version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(p.status().name(), c == null ? null : c.method().name(), c == null ? null : c.partyId(),
					c == null ? null : c.ownerName(), c == null ? null : utc(c.at()), c == null ? null : c.note(),
					c == null ? null : c.recordedBy(), p.usedAt() == null ? null : utc(p.usedAt()), p.releasedBy(),
					p.communityId(), p.id(), p.version())
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
	}

	private Optional<GoodsPass> one(String sql, Collection<Long> communityIds, long id) {
		return withItems(
				jdbc.sql(sql).params(communityIds.toArray(Long[]::new), id).query(GoodsPassRepository::map).list())
			.stream()
			.findFirst();
	}

	/** The passes with their lines, read in one statement per community. */
	private List<GoodsPass> withItems(List<Restored> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Restored>> byCommunity = new LinkedHashMap<>();
		rows.forEach(r -> byCommunity.computeIfAbsent(r.communityId(), k -> new ArrayList<>()).add(r));
		Map<String, List<GoodsItem>> items = new LinkedHashMap<>();
		byCommunity.forEach((community, list) -> jdbc.sql("""
				select pass_id, description, quantity from goods_pass_item
				where community_id = ? and pass_id = any(?) order by pass_id, line""")
			.params(community, list.stream().map(Restored::id).toArray(Long[]::new))
			.query(rs -> {
				items.computeIfAbsent(community + ":" + rs.getLong("pass_id"), k -> new ArrayList<>())
					.add(new GoodsItem(rs.getString("description"), rs.getInt("quantity")));
			}));
		return rows.stream().map(r -> r.with(items.getOrDefault(r.communityId() + ":" + r.id(), List.of()))).toList();
	}

	/** A row before its lines are read. */
	private record Restored(long id, long communityId, RowData data) {

		GoodsPass with(List<GoodsItem> items) {
			RowData d = data;
			return GoodsPass.restore(id, communityId, d.number, d.unitId, d.unitLabel, d.requester, items, d.plate,
					d.validFrom, d.validUntil, d.requestedAt, d.requestedBy, d.status, d.consent, d.usedAt,
					d.releasedBy, d.version);
		}

	}

	private record RowData(String number, long unitId, String unitLabel, GoodsPass.Requester requester,
			@Nullable String plate, Instant validFrom, Instant validUntil, Instant requestedAt, String requestedBy,
			GoodsPassStatus status, @Nullable OwnerConsent consent, @Nullable Instant usedAt,
			@Nullable String releasedBy, int version) {
	}

	private static Restored map(ResultSet rs, int row) throws SQLException {
		String method = rs.getString("consent_method");
		OwnerConsent consent = method == null ? null
				: new OwnerConsent(ConsentMethod.valueOf(method), rs.getLong("consent_party_id"),
						rs.getString("consent_name"), Objects.requireNonNull(instant(rs, "consent_at")),
						rs.getString("consent_note"), rs.getString("consent_recorded_by"));
		return new Restored(rs.getLong("id"), rs.getLong("community_id"),
				new RowData(rs.getString("number"), rs.getLong("unit_id"), rs.getString("unit_label"),
						new GoodsPass.Requester(RequesterKind.valueOf(rs.getString("requester_kind")),
								(Long) rs.getObject("requester_party_id"), rs.getString("requester_name")),
						rs.getString("plate"), Objects.requireNonNull(instant(rs, "valid_from")),
						Objects.requireNonNull(instant(rs, "valid_until")),
						Objects.requireNonNull(instant(rs, "requested_at")), rs.getString("requested_by"),
						GoodsPassStatus.valueOf(rs.getString("status")), consent, instant(rs, "used_at"),
						rs.getString("released_by"), rs.getInt("version")));
	}

}
