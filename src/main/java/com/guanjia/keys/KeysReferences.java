package com.guanjia.keys;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the key register and the mail shelf refers to a unit or a resident (decision
 * 0014): a unit's keys and cards and its letters; a resident's loans and the items issued
 * to them.
 */
@Component
class KeysReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	KeysReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(
					count("reference.keyItems", "select count(*) from key_item where community_id = ? and unit_id = ?",
							record),
					count("reference.mailItems",
							"select count(*) from mail_item where community_id = ? and unit_id = ?", record));
			case RESIDENT -> List.of(
					count("reference.keyLoans",
							"select count(*) from key_loan where community_id = ? and borrower_party_id = ?", record),
					count("reference.keyItems",
							"select count(*) from key_item where community_id = ? and holder_party_id = ?", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
