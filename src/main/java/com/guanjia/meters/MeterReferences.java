package com.guanjia.meters;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the meters refers to a unit or a building, for the registry's delete (decision
 * 0014): a unit's own meters and a building's public meters.
 */
@Component
class MeterReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	MeterReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(count("reference.meters",
					"select count(*) from meter where community_id = ? and unit_id = ?", record));
			case BUILDING -> List.of(count("reference.meters",
					"select count(*) from meter where community_id = ? and building_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
