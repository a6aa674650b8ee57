package com.guanjia.inspections;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Checklist templates and their items. A template row and its items are written once; a
 * revision is a new row that becomes the current one.
 */
@Repository
class TemplateRepository {

	private final JdbcClient jdbc;

	TemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Gives the community the default templates it lacks (R11.2), the first time they are
	 * needed.
	 */
	void ensureDefaults(long communityId, Instant now) {
		boolean complete = jdbc.sql("select count(distinct code) from inspection_template where community_id = ?")
			.param(communityId)
			.query(Integer.class)
			.single() >= ChecklistDefaults.TEMPLATES.size();
		if (complete) {
			return;
		}
		for (ChecklistDefaults.Template t : ChecklistDefaults.TEMPLATES) {
			Optional<Long> id = jdbc
				.sql("""
						insert into inspection_template (community_id, code, revision, name, current, created_at, created_by)
						select ?, ?, 1, ?, true, ?, 'system'
						where not exists (select 1 from inspection_template where community_id = ? and code = ?)
						on conflict do nothing returning id""")
				.params(communityId, t.code(), t.name(), SqlTime.utc(now), communityId, t.code())
				.query(Long.class)
				.optional();
			if (id.isPresent()) {
				List<ChecklistItem> items = new ArrayList<>();
				for (int i = 0; i < t.items().size(); i++) {
					items.add(new ChecklistItem(i + 1, t.items().get(i).text(), t.items().get(i).trade(),
							ChecklistDefaults.WEIGHT));
				}
				insertItems(communityId, id.get(), items);
			}
		}
	}

	private void insertItems(long communityId, long templateId, List<ChecklistItem> items) {
		for (ChecklistItem item : items) {
			jdbc.sql("""
					insert into inspection_template_item (community_id, template_id, position, text, trade, weight)
					values (?, ?, ?, ?, ?, ?)""")
				.params(communityId, templateId, item.position(), item.text(), item.trade().name(), item.weight())
				.update();
		}
	}

	Optional<TemplateView> current(long communityId, String code) {
		return jdbc.sql("select * from inspection_template where community_id = ? and code = ? and current")
			.params(communityId, code)
			.query(this::header)
			.optional()
			.map(this::withItems);
	}

	Optional<TemplateView> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select * from inspection_template where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(this::header)
			.optional()
			.map(this::withItems);
	}

	/** The current revision of every template of the community. */
	List<TemplateView> currentOf(long communityId) {
		return jdbc.sql("select * from inspection_template where community_id = ? and current order by code")
			.param(communityId)
			.query(this::header)
			.list()
			.stream()
			.map(this::withItems)
			.toList();
	}

	/** Items of several template revisions at once (a round's checkpoints). */
	Map<Long, List<ChecklistItem>> items(long communityId, Collection<Long> templateIds) {
		Map<Long, List<ChecklistItem>> items = new HashMap<>();
		jdbc.sql("""
				select template_id, position, text, trade, weight from inspection_template_item
				where community_id = ? and template_id = any(?) order by template_id, position""")
			.params(communityId, templateIds.stream().distinct().toArray(Long[]::new))
			.query(rs -> {
				items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(item(rs, 2));
			});
		return items;
	}

	/**
	 * A new revision of the template, current from now on; the rows of the old one stay
	 * for the rounds that used it. Locks the current revision so two editors make two
	 * revisions in turn.
	 */
	TemplateView revise(long communityId, String code, String name, List<ChecklistItem> items, Instant now,
			String actor) {
		int revision = jdbc.sql("""
				select revision from inspection_template where community_id = ? and code = ? and current for update""")
			.params(communityId, code)
			.query(Integer.class)
			.optional()
			.orElse(0);
		jdbc.sql("update inspection_template set current = false where community_id = ? and code = ? and current")
			.params(communityId, code)
			.update();
		long id = jdbc.sql("""
				insert into inspection_template (community_id, code, revision, name, current, created_at, created_by)
				values (?, ?, ?, ?, true, ?, ?) returning id""")
			.params(communityId, code, revision + 1, name, SqlTime.utc(now), actor)
			.query(Long.class)
			.single();
		insertItems(communityId, id, items);
		return find(List.of(communityId), id).orElseThrow();
	}

	private TemplateView header(ResultSet rs, int row) throws SQLException {
		return new TemplateView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
				rs.getInt("revision"), rs.getString("name"), rs.getBoolean("current"), List.of());
	}

	private TemplateView withItems(TemplateView t) {
		return new TemplateView(t.id(), t.communityId(), t.code(), t.revision(), t.name(), t.current(),
				items(t.communityId(), List.of(t.id())).getOrDefault(t.id(), List.of()));
	}

	static ChecklistItem item(ResultSet rs, int first) throws SQLException {
		BigDecimal weight = rs.getBigDecimal(first + 3);
		return new ChecklistItem(rs.getInt(first), rs.getString(first + 1), Trade.valueOf(rs.getString(first + 2)),
				weight);
	}

}
