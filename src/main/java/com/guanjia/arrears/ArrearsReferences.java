package com.guanjia.arrears;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of arrears work refers to a unit, for the registry's delete (decision 0014):
 * dunning cases, their steps and restore tasks.
 */
@Component
class ArrearsReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	ArrearsReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(
					count("reference.dunningCases",
							"select count(*) from dunning_case where community_id = ? and unit_id = ?", record),
					count("reference.dunningActions",
							"select count(*) from dunning_action where community_id = ? and unit_id = ?", record),
					count("reference.restoreTasks",
							"select count(*) from restore_task where community_id = ? and unit_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
