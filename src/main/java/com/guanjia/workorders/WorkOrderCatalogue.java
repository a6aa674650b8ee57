package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's warranty table (R3.5) and paid-service price list (R3.4), kept as data.
 */
@Service
@Transactional
@NamedInterface("api")
public class WorkOrderCatalogue {

	private final CatalogueRepository catalogue;

	private final CommunityScope scope;

	private final CatalogueDefaults defaults;

	private final AuditTrail audit;

	WorkOrderCatalogue(CatalogueRepository catalogue, CommunityScope scope, CatalogueDefaults defaults,
			AuditTrail audit) {
		this.catalogue = catalogue;
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
		return catalogue.categories(communityId);
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
		catalogue.putCategory(communityId,
				new WarrantyCategoryView(c.code().strip(), c.name().strip(), c.months(), c.leak(), c.safety()));
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
		return catalogue.prices(communityId);
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
		catalogue.putPrice(communityId, new PriceItemView(item.code().strip(), item.name().strip(), item.unit().strip(),
				item.price(), item.active()));
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
