package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.instant;
import static com.guanjia.platform.db.SqlTime.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The guard's walk: what was seen, appended, never changed; by community and day. */
@Repository
class SpaceObservationRepository {

	private static final String COLUMNS = """
			id, community_id, observed_at, observed_on, space_id, space_code, plate, note, observed_by""";

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
				o.plate(), o.note(), o.observedBy());
	}

	/** What was seen on the days {@code [from, to]}, in the order it was seen. */
	List<ObservationView> between(long communityId, LocalDate from, LocalDate to) {
		return jdbc
			.sql("select " + COLUMNS + " from space_observation where community_id = ? and observed_on between ? and ?"
					+ " order by observed_at, id")
			.params(communityId, Date.valueOf(from), Date.valueOf(to))
			.query(SpaceObservationRepository::map)
			.list();
	}

	private static ObservationView map(ResultSet rs, int row) throws SQLException {
		return new ObservationView(rs.getLong("id"), rs.getLong("community_id"),
				Objects.requireNonNull(instant(rs, "observed_at")), rs.getDate("observed_on").toLocalDate(),
				(Long) rs.getObject("space_id"), rs.getString("space_code"), rs.getString("plate"),
				rs.getString("note"), rs.getString("observed_by"));
	}

}
