package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The guard's walk: what was seen, appended, never changed, and the strikes of wrong
 * readings; by community and day.
 */
@Repository
class SpaceObservationRepository {

	private static final String COLUMNS = """
			o.id, o.community_id, o.observed_at, o.observed_on, o.space_id, o.space_code, o.plate, o.note, o.observed_by,
			s.struck_at, s.struck_by, s.reason""";

	private static final String FROM = " from space_observation o left join space_observation_strike s"
			+ " on s.community_id = o.community_id and s.observation_id = o.id";

	private final JdbcClient jdbc;

	SpaceObservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ObservationView insert(ObservationView o) {
		long id = jdbc
			.sql("""
					insert into space_observation (community_id, observed_at, observed_on, space_id, space_code, plate, note,
					  observed_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(o.communityId(), utc(o.observedAt()), Date.valueOf(o.observedOn()), o.spaceId(), o.spaceCode(),
					o.plate(), o.note(), o.observedBy())
			.query(Long.class)
			.single();
		return new ObservationView(id, o.communityId(), o.observedAt(), o.observedOn(), o.spaceId(), o.spaceCode(),
				o.plate(), o.note(), o.observedBy(), null);
	}

	/** One observation of the communities the caller may see, with its strike. */
	Optional<ObservationView> find(List<Long> communityIds, long id) {
		if (communityIds.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + FROM + " where o.community_id in (:c) and o.id = :id")
			.param("c", communityIds)
			.param("id", id)
			.query(SpaceObservationRepository::map)
			.optional();
	}

	/**
	 * Strikes an observation out; false when it already was (the first strike stands).
	 */
	boolean strike(long communityId, long id, ObservationView.Strike strike) {
		return jdbc.sql("""
				insert into space_observation_strike (community_id, observation_id, struck_at, struck_by, reason)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(communityId, id, utc(strike.at()), strike.by(), strike.reason())
			.update() == 1;
	}

	/** What was seen on the days {@code [from, to]}, in the order it was seen. */
	List<ObservationView> between(long communityId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + COLUMNS + FROM + " where o.community_id = ? and o.observed_on between ? and ?"
					+ " order by o.observed_at, o.id")
			.params(communityId, Date.valueOf(from), Date.valueOf(to))
			.query(SpaceObservationRepository::map)
			.list();
	}

	private static ObservationView map(ResultSet rs, int row) throws SQLException {
		return new ObservationView(rs.getLong("id"), rs.getLong("community_id"),
				Objects.requireNonNull(instant(rs, "observed_at")), rs.getDate("observed_on").toLocalDate(),
				(Long) rs.getObject("space_id"), rs.getString("space_code"), rs.getString("plate"),
				rs.getString("note"), rs.getString("observed_by"), strike(rs));
	}

	private static ObservationView.@Nullable Strike strike(ResultSet rs) throws SQLException {
		Instant at = instant(rs, "struck_at");
		return at == null ? null : new ObservationView.Strike(at, rs.getString("struck_by"), rs.getString("reason"));
	}

}
