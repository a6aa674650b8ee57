package com.guanjia.billing;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of billing refers to a unit or a building, for the registry's delete (decision
 * 0014): bill lines, ledger entries and reversal requests, which are never deleted.
 */
@Component
class BillingReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	BillingReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(
					count("reference.billLines",
							"select count(*) from bill_line where community_id = ? and unit_id = ?", record),
					count("reference.ledgerEntries",
							"select count(*) from ledger_entry where community_id = ? and unit_id = ?", record),
					count("reference.reversalRequests",
							"select count(*) from reversal_request where community_id = ? and unit_id = ?", record));
			case BUILDING -> List.of(count("reference.billLines",
					"select count(*) from bill_line where community_id = ? and building_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
