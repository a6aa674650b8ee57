package com.guanjia.archive;

import java.util.Arrays;
import java.util.List;

import com.guanjia.estate.Reference;
import com.guanjia.estate.ReferenceCheck;
import com.guanjia.estate.RegistryRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What of a unit's archive refers to it, for the registry's delete (decision 0014): the
 * documents handed in and the entries staff wrote into its log. The entries the log took
 * from other modules' events (registered, owner moved in, …) are the unit's history, not
 * a reference of the archive's own: those modules answer for their records.
 */
@Component
class ArchiveReferences implements ReferenceCheck {

	private static final String[] MANUAL = Arrays.stream(UnitEventKind.values())
		.filter(UnitEventKind::manual)
		.map(Enum::name)
		.toArray(String[]::new);

	private final JdbcClient jdbc;

	ArchiveReferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Reference> referencesTo(RegistryRecord record) {
		if (record.kind() != RegistryRecord.Kind.UNIT) {
			return List.of();
		}
		long documents = jdbc.sql("select count(*) from unit_document where community_id = ? and unit_id = ?")
			.params(record.communityId(), record.id())
			.query(Long.class)
			.single();
		long entries = jdbc
			.sql("select count(*) from unit_event where community_id = ? and unit_id = ? and kind = any(?)")
			.params(record.communityId(), record.id(), MANUAL)
			.query(Long.class)
			.single();
		return List.of(new Reference("reference.unitDocuments", documents),
				new Reference("reference.unitLogEntries", entries));
	}

}
