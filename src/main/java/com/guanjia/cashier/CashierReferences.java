package com.guanjia.cashier;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the cashier refers to a unit, for the registry's delete (decision 0014):
 * payments, receipts and deposits.
 */
@Component
class CashierReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	CashierReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(
					count("reference.payments", "select count(*) from payment where community_id = ? and unit_id = ?",
							record),
					count("reference.receipts", "select count(*) from receipt where community_id = ? and unit_id = ?",
							record),
					count("reference.deposits", "select count(*) from deposit where community_id = ? and unit_id = ?",
							record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
