package com.guanjia.desk;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the front desk refers to a unit or a resident, for the registry's delete
 * (decision 0014): reception records about the unit or from the resident.
 */
@Component
class ReceptionReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	ReceptionReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(count("reference.receptionRecords",
					"select count(*) from reception_record where community_id = ? and unit_id = ?", record));
			case RESIDENT -> List.of(count("reference.receptionRecords",
					"select count(*) from reception_record where community_id = ? and party_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
