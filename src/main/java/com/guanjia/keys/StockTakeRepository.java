package com.guanjia.keys;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;
import static com.guanjia.platform.db.SqlTime.utcOrNull;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves stock-takes with their lines; one per community and month (a unique
 * key), a step loads it {@code for update} and saves it with the version check.
 */
@Repository
class StockTakeRepository {

	private static final String COLUMNS = "id, community_id, month, status, started_at, started_by, closed_at, closed_by, version";

	private final JdbcClient jdbc;

	StockTakeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long nextId() {
		return jdbc.sql("select nextval(pg_get_serial_sequence('stock_take', 'id'))").query(Long.class).single();
	}

	Optional<StockTake> find(Collection<Long> communityIds, long id) {
		return load(communityIds, id, "");
	}

	Optional<StockTake> lock(Collection<Long> communityIds, long id) {
		return load(communityIds, id, " for update");
	}

	private Optional<StockTake> load(Collection<Long> communityIds, long id, String lock) {
		return jdbc.sql("select " + COLUMNS + " from stock_take where community_id = any(?) and id = ?" + lock)
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, row) -> header(rs))
			.optional()
			.map(this::withLines);
	}

	Optional<Long> idOfMonth(long communityId, YearMonth month) {
		return jdbc.sql("select id from stock_take where community_id = ? and month = ?")
			.params(communityId, Date.valueOf(month.atDay(1)))
			.query(Long.class)
			.optional();
	}

	/** The community's stock-takes, the latest month first (headers only). */
	List<StockTake> list(long communityId) {
		return jdbc.sql("select " + COLUMNS + " from stock_take where community_id = ? order by month desc limit 36")
			.param(communityId)
			.query((rs, row) -> header(rs))
			.list()
			.stream()
			.map(this::withLines)
			.toList();
	}

	void save(StockTake t) {
		if (t.isNew()) {
			jdbc.sql("""
					insert into stock_take (community_id, id, month, status, started_at, started_by, version)
					overriding system value values (?, ?, ?, ?, ?, ?, 0)""")
				.params(t.communityId(), t.id(), Date.valueOf(t.month().atDay(1)), t.status().name(),
						utc(t.startedAt()), t.startedBy())
				.update();
		}
		else {
			int updated = jdbc.sql("""
					update stock_take set status = ?, closed_at = ?, closed_by = ?, version = version + 1
					where community_id = ? and id = ? and version = ?""")
				.params(t.status().name(), utcOrNull(t.closedAt()), t.closedBy(), t.communityId(), t.id(), t.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("error.staleVersion");
			}
		}
		for (StockTake.Line line : t.changedLines()) {
			jdbc.sql("""
					insert into stock_take_line (community_id, stock_take_id, item_id, expected, result, counted_at,
					  counted_by, note)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (community_id, stock_take_id, item_id) do update set result = excluded.result,
					  counted_at = excluded.counted_at, counted_by = excluded.counted_by, note = excluded.note""")
				.params(t.communityId(), t.id(), line.itemId(), line.expected().name(),
						line.result() == null ? null : line.result().name(), utcOrNull(line.countedAt()),
						line.countedBy(), line.note())
				.update();
		}
	}

	private static StockTake header(ResultSet rs) throws SQLException {
		return StockTake.restore(rs.getLong("id"), rs.getLong("community_id"),
				YearMonth.from(rs.getDate("month").toLocalDate()), StockTakeStatus.valueOf(rs.getString("status")),
				Objects.requireNonNull(instant(rs, "started_at")), rs.getString("started_by"), instant(rs, "closed_at"),
				rs.getString("closed_by"), List.of(), rs.getInt("version"));
	}

	private StockTake withLines(StockTake header) {
		List<StockTake.Line> lines = jdbc.sql("""
				select l.item_id, l.expected, l.result, l.counted_at, l.counted_by, l.note
				from stock_take_line l join key_item k on k.community_id = l.community_id and k.id = l.item_id
				where l.community_id = ? and l.stock_take_id = ?
				order by k.storage_place nulls last, k.number""")
			.params(header.communityId(), header.id())
			.query((rs, row) -> new StockTake.Line(rs.getLong("item_id"), KeyStatus.valueOf(rs.getString("expected")),
					rs.getString("result") == null ? null : CountResult.valueOf(rs.getString("result")),
					instant(rs, "counted_at"), rs.getString("counted_by"), rs.getString("note")))
			.list();
		return StockTake.restore(header.id(), header.communityId(), header.month(), header.status(), header.startedAt(),
				header.startedBy(), header.closedAt(), header.closedBy(), lines, header.version());
	}

}
