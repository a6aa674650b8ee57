package com.guanjia.residents;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ConflictException;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of owners' authorisations; every statement names the community. */
@Repository
class AuthorisationRepository {

	private static final String SELECT = """
			select a.*, o.name as owner_name, x.name as proxy_name, x.id_card_tail as proxy_tail
			from authorisation a
			join party o on o.community_id = a.community_id and o.id = a.owner_party_id
			join party x on x.community_id = a.community_id and x.id = a.proxy_party_id""";

	private final JdbcClient jdbc;

	AuthorisationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long communityId, long unitId, long ownerPartyId, long proxyPartyId, String purpose,
			LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable Long documentId, Instant now, String actor) {
		return jdbc.sql("""
				insert into authorisation (community_id, unit_id, owner_party_id, proxy_party_id, purpose, valid_from,
				  valid_until, document_id, created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, unitId, ownerPartyId, proxyPartyId, purpose, Date.valueOf(validFrom),
					validUntil == null ? null : Date.valueOf(validUntil), documentId, SqlTime.utc(now), actor)
			.query(Long.class)
			.single();
	}

	Optional<AuthorisationView> find(Collection<Long> communityIds, long id) {
		return jdbc.sql(SELECT + " where a.community_id = any(?) and a.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(AuthorisationRepository::map)
			.optional();
	}

	List<AuthorisationView> ofUnit(long communityId, long unitId) {
		return jdbc.sql(SELECT + " where a.community_id = ? and a.unit_id = ? order by a.id desc")
			.params(communityId, unitId)
			.query(AuthorisationRepository::map)
			.list();
	}

	List<AuthorisationView> ofProxy(long communityId, long unitId, long proxyPartyId) {
		return jdbc.sql(SELECT + " where a.community_id = ? and a.unit_id = ? and a.proxy_party_id = ? order by a.id")
			.params(communityId, unitId, proxyPartyId)
			.query(AuthorisationRepository::map)
			.list();
	}

	void revoke(AuthorisationView a, LocalDate on, int version) {
		int updated = jdbc.sql("""
				update authorisation set revoked_on = ?, version = version + 1
				where community_id = ? and id = ? and revoked_on is null and version = ?""")
			.params(Date.valueOf(on), a.communityId(), a.id(), version)
			.update();
		if (updated == 0) {
			throw new ConflictException("authorisation.alreadyRevoked", a.proxyName());
		}
	}

	int version(long communityId, long id) {
		return jdbc.sql("select version from authorisation where community_id = ? and id = ? for update")
			.params(communityId, id)
			.query(Integer.class)
			.single();
	}

	private static AuthorisationView map(ResultSet rs, int row) throws SQLException {
		String tail = rs.getString("proxy_tail");
		Date until = rs.getDate("valid_until");
		Date revoked = rs.getDate("revoked_on");
		return new AuthorisationView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("unit_id"),
				rs.getLong("owner_party_id"), rs.getString("owner_name"), rs.getLong("proxy_party_id"),
				rs.getString("proxy_name"), tail == null ? null : "**************" + tail, rs.getString("purpose"),
				rs.getDate("valid_from").toLocalDate(), until == null ? null : until.toLocalDate(),
				(Long) rs.getObject("document_id"), revoked == null ? null : revoked.toLocalDate(),
				SqlTime.instant(rs, "created_at"), rs.getString("created_by"));
	}

}
