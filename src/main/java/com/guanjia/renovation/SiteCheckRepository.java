package com.guanjia.renovation;

import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which inspection round is which renovation's daily check of which day
 * ({@code renovation_site_check}); a check is inserted once per renovation, day and kind
 * however many instances plan at once. Every statement names the community.
 */
@Repository
class SiteCheckRepository {

	/** A planned check: the renovation, the day, the kind, the round. */
	record Planned(long renovationId, LocalDate day, SiteCheckKind kind, long roundId) {
	}

	private final JdbcClient jdbc;

	SiteCheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertIfAbsent(long communityId, long renovationId, LocalDate day, SiteCheckKind kind, long roundId,
			Instant at) {
		jdbc.sql("""
				insert into renovation_site_check (community_id, renovation_id, day, kind, round_id, planned_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(communityId, renovationId, Date.valueOf(day), kind.name(), roundId, utc(at))
			.update();
	}

	boolean planned(long communityId, long renovationId, LocalDate day, SiteCheckKind kind) {
		return jdbc.sql("""
				select exists (select 1 from renovation_site_check
				  where community_id = ? and renovation_id = ? and day = ? and kind = ?)""")
			.params(communityId, renovationId, Date.valueOf(day), kind.name())
			.query(Boolean.class)
			.single();
	}

	Optional<Planned> byRound(long communityId, long roundId) {
		return jdbc.sql("select * from renovation_site_check where community_id = ? and round_id = ?")
			.params(communityId, roundId)
			.query((rs, i) -> new Planned(rs.getLong("renovation_id"), rs.getDate("day").toLocalDate(),
					SiteCheckKind.valueOf(rs.getString("kind")), rs.getLong("round_id")))
			.optional();
	}

	/** The renovation's checks, newest day first. */
	List<Planned> ofRenovation(long communityId, long renovationId) {
		return jdbc.sql("""
				select * from renovation_site_check where community_id = ? and renovation_id = ?
				order by day desc, kind desc""")
			.params(communityId, renovationId)
			.query((rs, i) -> new Planned(rs.getLong("renovation_id"), rs.getDate("day").toLocalDate(),
					SiteCheckKind.valueOf(rs.getString("kind")), rs.getLong("round_id")))
			.list();
	}

}
