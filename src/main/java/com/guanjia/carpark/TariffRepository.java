package com.guanjia.carpark;

import static com.guanjia.platform.db.SqlTime.utc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A community's tariffs, each in force from a moment on; rows are added, never changed.
 */
@Repository
class TariffRepository {

	private static final String COLUMNS = """
			id, community_id, effective_from, free_minutes, first_period_minutes, first_period_fee, period_minutes,
			period_fee, daily_cap, night_start, night_end, night_period_fee, monthly_card_fee, approval_reference""";

	private final JdbcClient jdbc;

	TariffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The tariff in force at {@code at}. */
	Optional<Tariff> inForce(long communityId, Instant at) {
		return jdbc
			.sql("select " + COLUMNS + " from parking_tariff where community_id = ? and effective_from <= ?"
					+ " order by effective_from desc, id desc limit 1")
			.params(communityId, utc(at))
			.query(TariffRepository::map)
			.optional();
	}

	List<Tariff> history(long communityId) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from parking_tariff where community_id = ? order by effective_from desc, id desc limit 50")
			.params(communityId)
			.query(TariffRepository::map)
			.list();
	}

	long insert(long communityId, TariffCommand t, Instant from, String actor, Instant now) {
		return jdbc.sql("""
				insert into parking_tariff (community_id, effective_from, free_minutes, first_period_minutes,
				  first_period_fee, period_minutes, period_fee, daily_cap, night_start, night_end, night_period_fee,
				  monthly_card_fee, approval_reference, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, utc(from), t.freeMinutes(), t.firstPeriodMinutes(), t.firstPeriodFee(),
					t.periodMinutes(), t.periodFee(), t.dailyCap(), time(t.nightStart()), time(t.nightEnd()),
					t.nightStart() == null ? null : t.nightPeriodFee(), t.monthlyCardFee(),
					t.approvalReference().strip(), actor, utc(now))
			.query(Long.class)
			.single();
	}

	private static @Nullable Time time(@Nullable LocalTime t) {
		return t == null ? null : Time.valueOf(t);
	}

	private static Tariff map(ResultSet rs, int row) throws SQLException {
		Time nightStart = rs.getTime("night_start");
		Time nightEnd = rs.getTime("night_end");
		return new Tariff(rs.getLong("id"), rs.getLong("community_id"),
				Objects.requireNonNull(SqlTime.instant(rs, "effective_from")), rs.getInt("free_minutes"),
				rs.getInt("first_period_minutes"), money(rs.getBigDecimal("first_period_fee")),
				rs.getInt("period_minutes"), money(rs.getBigDecimal("period_fee")),
				nullableMoney(rs.getBigDecimal("daily_cap")), nightStart == null ? null : nightStart.toLocalTime(),
				nightEnd == null ? null : nightEnd.toLocalTime(), nullableMoney(rs.getBigDecimal("night_period_fee")),
				money(rs.getBigDecimal("monthly_card_fee")), rs.getString("approval_reference"));
	}

	private static Money money(BigDecimal value) {
		return Money.of(value);
	}

	private static @Nullable Money nullableMoney(@Nullable BigDecimal value) {
		return value == null ? null : Money.of(value);
	}

}
