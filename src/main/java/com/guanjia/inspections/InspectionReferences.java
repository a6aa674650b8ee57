package com.guanjia.inspections;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of inspections refers to a building, for the registry's delete (decision 0014):
 * the inspection areas in it.
 */
@Component
class InspectionReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	InspectionReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case BUILDING -> List.of(count("reference.inspectionAreas",
					"select count(*) from inspection_area where community_id = ? and building_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
