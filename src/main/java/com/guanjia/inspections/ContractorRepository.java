package com.guanjia.inspections;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contractors, their contracts and the areas the contracts cover: plain records. */
@Repository
class ContractorRepository {

	private final JdbcClient jdbc;

	ContractorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long communityId, String name, Trade trade, @Nullable String contactName, @Nullable String phone) {
		return jdbc
			.sql("""
					insert into inspection_contractor (community_id, name, trade, contact_name, phone) values (?, ?, ?, ?, ?)
					on conflict (community_id, name) do nothing returning id""")
			.params(communityId, name, trade.name(), contactName, phone)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	long insertContract(long communityId, long contractorId, String number, LocalDate startsOn,
			@Nullable LocalDate endsOn, BigDecimal monthlyFee, Collection<Long> areaIds) {
		long id = jdbc.sql("""
				insert into inspection_contract (community_id, contractor_id, number, starts_on, ends_on, monthly_fee)
				values (?, ?, ?, ?, ?, ?) on conflict (community_id, number) do nothing returning id""")
			.params(communityId, contractorId, number, Date.valueOf(startsOn),
					endsOn == null ? null : Date.valueOf(endsOn), monthlyFee)
			.query(Long.class)
			.optional()
			.orElse(-1L);
		if (id > 0) {
			for (long areaId : areaIds) {
				jdbc.sql("insert into inspection_contract_area (community_id, contract_id, area_id) values (?, ?, ?)")
					.params(communityId, id, areaId)
					.update();
			}
		}
		return id;
	}

	Optional<ContractorView> find(Collection<Long> communityIds, long id) {
		return jdbc.sql("select * from inspection_contractor where community_id = any(?) and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> header(rs))
			.optional()
			.map(this::withContracts);
	}

	List<ContractorView> list(long communityId) {
		return jdbc.sql("select * from inspection_contractor where community_id = ? order by trade, name")
			.param(communityId)
			.query((rs, i) -> header(rs))
			.list()
			.stream()
			.map(this::withContracts)
			.toList();
	}

	private static ContractorView header(ResultSet rs) throws SQLException {
		return new ContractorView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("name"),
				Trade.valueOf(rs.getString("trade")), rs.getString("contact_name"), rs.getString("phone"),
				rs.getBoolean("active"), List.of());
	}

	private ContractorView withContracts(ContractorView c) {
		Map<Long, List<AreaView>> areas = new HashMap<>();
		jdbc.sql(
				"""
						select ca.contract_id, a.id, a.community_id, a.kind, a.name, a.building_id from inspection_contract_area ca
						join inspection_area a on a.community_id = ca.community_id and a.id = ca.area_id
						join inspection_contract k on k.community_id = ca.community_id and k.id = ca.contract_id
						where ca.community_id = ? and k.contractor_id = ? order by a.name""")
			.params(c.communityId(), c.id())
			.query(rs -> {
				areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new AreaView(rs.getLong(2), rs.getLong(3), AreaKind.valueOf(rs.getString(4)), rs.getString(5),
							(Long) rs.getObject(6)));
			});
		List<ContractView> contracts = jdbc.sql("""
				select id, contractor_id, number, starts_on, ends_on, monthly_fee from inspection_contract
				where community_id = ? and contractor_id = ? order by starts_on desc""")
			.params(c.communityId(), c.id())
			.query((rs, i) -> new ContractView(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getDate(4).toLocalDate(), rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
					rs.getBigDecimal(6), areas.getOrDefault(rs.getLong(1), List.of())))
			.list();
		return new ContractorView(c.id(), c.communityId(), c.name(), c.trade(), c.contactName(), c.phone(), c.active(),
				contracts);
	}

	/** Active contractors of a trade whose contract covers the area on the day. */
	List<Long> covering(long communityId, Trade trade, long areaId, LocalDate day) {
		return jdbc.sql("""
				select distinct k.id from inspection_contractor k
				join inspection_contract c on c.community_id = k.community_id and c.contractor_id = k.id
				join inspection_contract_area ca on ca.community_id = c.community_id and ca.contract_id = c.id
				where k.community_id = ? and k.trade = ? and k.active and ca.area_id = ?
				  and c.starts_on <= ? and (c.ends_on is null or c.ends_on >= ?) order by k.id""")
			.params(communityId, trade.name(), areaId, Date.valueOf(day), Date.valueOf(day))
			.query(Long.class)
			.list();
	}

}
