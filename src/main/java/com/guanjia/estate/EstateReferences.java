package com.guanjia.estate;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry's own references (decision 0014): parking spaces tied to a unit, units of
 * a building (retired ones too: they keep their rows).
 */
@Component
class EstateReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	EstateReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(new Reference("reference.parkingSpaces",
					count("select count(*) from parking_space where community_id = ? and unit_id = ?", record)));
			case BUILDING -> List.of(new Reference("reference.units",
					count("select count(*) from unit where community_id = ? and building_id = ?", record)));
			default -> List.of();
		};
	}

	private long count(String sql, RegistryRecord record) {
		return jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single();
	}

}
