package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's warranty table (R3.5) and paid-service price list (R3.4): rows are added
 * or changed, never deleted.
 */
@Repository
class CatalogueRepository {

	private final JdbcClient jdbc;

	CatalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WarrantyCategoryView> categories(long communityId) {
		return jdbc.sql("""
				select code, name, months, leak, safety from warranty_category where community_id = ?
				order by sort, code""")
			.param(communityId)
			.query((rs, i) -> new WarrantyCategoryView(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
					rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	boolean hasCategories(long communityId) {
		return jdbc.sql("select exists (select 1 from warranty_category where community_id = ?)")
			.param(communityId)
			.query(Boolean.class)
			.single();
	}

	/** Adds a category unless the code is taken, at its place in the table. */
	void addCategory(long communityId, String code, String name, @Nullable Integer months, boolean leak, boolean safety,
			int sort) {
		jdbc.sql("""
				insert into warranty_category (community_id, code, name, months, leak, safety, sort)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(communityId, code, name, months, leak, safety, sort)
			.update();
	}

	/** Changes a category, or adds it at the end of the table. */
	void putCategory(long communityId, WarrantyCategoryView c) {
		jdbc.sql("""
				insert into warranty_category (community_id, code, name, months, leak, safety, sort)
				values (?, ?, ?, ?, ?, ?, 100)
				on conflict (community_id, code) do update set name = excluded.name, months = excluded.months,
				  leak = excluded.leak, safety = excluded.safety""")
			.params(communityId, c.code(), c.name(), c.months(), c.leak(), c.safety())
			.update();
	}

	List<PriceItemView> prices(long communityId) {
		return jdbc.sql("""
				select code, name, unit, price, active from service_price where community_id = ? order by code""")
			.param(communityId)
			.query((rs, i) -> new PriceItemView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBoolean(5)))
			.list();
	}

	boolean hasPrices(long communityId) {
		return jdbc.sql("select exists (select 1 from service_price where community_id = ?)")
			.param(communityId)
			.query(Boolean.class)
			.single();
	}

	/** Adds a price unless the code is taken. */
	void addPrice(long communityId, String code, String name, String unit, BigDecimal price) {
		jdbc.sql("""
				insert into service_price (community_id, code, name, unit, price) values (?, ?, ?, ?, ?)
				on conflict do nothing""").params(communityId, code, name, unit, price).update();
	}

	/** Changes a price (a new version of it), or adds it. */
	void putPrice(long communityId, PriceItemView item) {
		jdbc.sql("""
				insert into service_price (community_id, code, name, unit, price, active) values (?, ?, ?, ?, ?, ?)
				on conflict (community_id, code) do update set name = excluded.name, unit = excluded.unit,
				  price = excluded.price, active = excluded.active, version = service_price.version + 1""")
			.params(communityId, item.code(), item.name(), item.unit(), item.price(), item.active())
			.update();
	}

}
