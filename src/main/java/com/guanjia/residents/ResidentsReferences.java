package com.guanjia.residents;

import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of the people registry refers to a unit or a resident (decision 0014): ownerships
 * and transfers (history, never deleted), tenancies, household members and vehicles,
 * current or past, and owners' authorisations (as owner or as proxy).
 */
@Component
class ResidentsReferences implements ReferenceCheck {

	private final JdbcClient jdbc;

	ResidentsReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		return switch (record.kind()) {
			case UNIT -> List.of(
					count("reference.ownerships",
							"select count(*) from ownership where community_id = ? and unit_id = ?", record),
					count("reference.ownershipTransfers",
							"select count(*) from ownership_transfer where community_id = ? and unit_id = ?", record),
					count("reference.tenancies", "select count(*) from tenancy where community_id = ? and unit_id = ?",
							record),
					count("reference.householdMembers",
							"select count(*) from household_member where community_id = ? and unit_id = ?", record),
					count("reference.vehicles", "select count(*) from vehicle where community_id = ? and unit_id = ?",
							record),
					count("reference.authorisations",
							"select count(*) from authorisation where community_id = ? and unit_id = ?", record));
			case RESIDENT -> List.of(
					count("reference.ownerships",
							"select count(*) from ownership where community_id = ? and party_id = ?", record),
					count("reference.tenancies", "select count(*) from tenancy where community_id = ? and party_id = ?",
							record),
					count("reference.householdMembers",
							"select count(*) from household_member where community_id = ? and party_id = ?", record),
					count("reference.vehicles", "select count(*) from vehicle where community_id = ? and party_id = ?",
							record),
					count("reference.authorisations", """
							select count(*) from authorisation where community_id = ?
							  and ? in (owner_party_id, proxy_party_id)""", record));
			default -> List.of();
		};
	}

	private Reference count(String kind, String sql, RegistryRecord record) {
		return new Reference(kind, jdbc.sql(sql).params(record.communityId(), record.id()).query(Long.class).single());
	}

}
