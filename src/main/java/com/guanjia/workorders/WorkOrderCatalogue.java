package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's warranty table (R3.5) and paid-service price list (R3.4), kept as data.
 */
@Service
@Transactional
public class WorkOrderCatalogue {

	private final JdbcClient jdbc;

	private final CommunityScope scope;

	private final CatalogueDefaults defaults;

	private final AuditTrail audit;

	WorkOrderCatalogue(JdbcClient jdbc, CommunityScope scope, CatalogueDefaults defaults, AuditTrail audit) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.defaults = defaults;
		this.audit = audit;
	}

	public List<WarrantyCategoryView> warrantyCategories(long communityId) {
		scope.require(Permission.WORKORDER_READ);
		scope.require(communityId);
		return categories(communityId);
	}

	List<WarrantyCategoryView> categories(long communityId) {
		defaults.ensure(communityId);
		return jdbc.sql("""
				select code, name, months, leak, safety from warranty_category where community_id = ?
				order by sort, code""")
			.param(communityId)
			.query((rs, i) -> new WarrantyCategoryView(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
					rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	Optional<WarrantyCategoryView> category(long communityId, String code) {
		return categories(communityId).stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/**
	 * Changes (or adds) a warranty category of the community; months empty means design
	 * life.
	 */
	public WarrantyCategoryView setWarrantyCategory(long communityId, WarrantyCategoryView c) {
		scope.require(Permission.WORKORDER_SUPERVISE);
		scope.require(communityId);
		Problems p = new Problems();
		p.text("code", c.code(), 30);
		p.text("name", c.name(), 100);
		p.check(c.months() == null || (c.months() >= 0 && c.months() <= 1200), "months", "validation.range", 0, 1200);
		p.throwIfAny();
		defaults.ensure(communityId);
		jdbc.sql("""
				insert into warranty_category (community_id, code, name, months, leak, safety, sort)
				values (?, ?, ?, ?, ?, ?, 100)
				on conflict (community_id, code) do update set name = excluded.name, months = excluded.months,
				  leak = excluded.leak, safety = excluded.safety""")
			.params(communityId, c.code().strip(), c.name().strip(), c.months(), c.leak(), c.safety())
			.update();
		audit.record(communityId, "warranty_category", c.code(), "set", c.toString());
		return category(communityId, c.code().strip()).orElseThrow();
	}

	public List<PriceItemView> priceList(long communityId) {
		scope.require(Permission.WORKORDER_READ);
		scope.require(communityId);
		return prices(communityId);
	}

	List<PriceItemView> prices(long communityId) {
		defaults.ensure(communityId);
		return jdbc.sql("""
				select code, name, unit, price, active from service_price where community_id = ? order by code""")
			.param(communityId)
			.query((rs, i) -> new PriceItemView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBoolean(5)))
			.list();
	}

	Optional<PriceItemView> price(long communityId, String code) {
		return prices(communityId).stream().filter(p -> p.code().equals(code) && p.active()).findFirst();
	}

	public PriceItemView setPrice(long communityId, PriceItemView item) {
		scope.require(Permission.WORKORDER_SUPERVISE);
		scope.require(communityId);
		Problems p = new Problems();
		p.text("code", item.code(), 30);
		p.text("name", item.name(), 100);
		p.text("unit", item.unit(), 20);
		money(p, "price", item.price());
		p.throwIfAny();
		defaults.ensure(communityId);
		jdbc.sql("""
				insert into service_price (community_id, code, name, unit, price, active) values (?, ?, ?, ?, ?, ?)
				on conflict (community_id, code) do update set name = excluded.name, unit = excluded.unit,
				  price = excluded.price, active = excluded.active, version = service_price.version + 1""")
			.params(communityId, item.code().strip(), item.name().strip(), item.unit().strip(), item.price(),
					item.active())
			.update();
		audit.record(communityId, "service_price", item.code(), "set", item.toString());
		return prices(communityId).stream().filter(x -> x.code().equals(item.code().strip())).findFirst().orElseThrow();
	}

	static void money(Problems p, String field, @Nullable BigDecimal value) {
		if (value == null) {
			p.add(field, "validation.required");
			return;
		}
		p.check(value.signum() >= 0, field, "validation.money.range");
		p.check(value.stripTrailingZeros().scale() <= 2, field, "validation.money.scale");
		p.check(value.abs().compareTo(new BigDecimal("999999.99")) <= 0, field, "validation.money.range");
	}

}
