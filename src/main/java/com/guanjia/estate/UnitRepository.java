package com.guanjia.estate;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.db.CommunityCondition;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.Retirement;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for buildings and units; every statement is bounded by community. */
@Repository
class UnitRepository {

	static final String UNIT_COLUMNS = """
			u.id, u.community_id, u.building_id, b.code as building_code, u.entrance, u.room_no, u.label, u.kind,
			u.floor, u.building_area, u.state, u.handover_date, u.version, u.retired_on, u.retired_reason""";

	static final String UNIT_FROM = " from unit u join building b on b.community_id = u.community_id and b.id = u.building_id ";

	private final JdbcClient jdbc;

	UnitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UnitView> find(List<Long> communityIds, long unitId) {
		return jdbc.sql("select " + UNIT_COLUMNS + UNIT_FROM + " where u.community_id = any(?) and u.id = ?")
			.params(communityIds.toArray(Long[]::new), unitId)
			.query(UnitRepository::mapUnit)
			.optional();
	}

	/** The unit, its row locked for the rest of the transaction. */
	Optional<UnitView> findForUpdate(long communityId, long unitId) {
		return jdbc.sql("select " + UNIT_COLUMNS + UNIT_FROM + " where u.community_id = ? and u.id = ? for update of u")
			.params(communityId, unitId)
			.query(UnitRepository::mapUnit)
			.optional();
	}

	ResultPage<UnitView> list(long communityId, UnitFilter f, ResultPage.Request page) {
		String where = """
				where u.community_id = :c
				  and (cast(:b as bigint) is null or u.building_id = :b)
				  and (cast(:s as text) is null or u.state = :s)
				  and (cast(:k as text) is null or u.kind = :k)
				  and (cast(:q as text) is null or u.label like '%' || :q || '%')
				  and (:retired or u.retired_on is null)""";
		String q = f.q() == null || f.q().isBlank() ? null : escapeLike(f.q().strip());
		long total = jdbc.sql("select count(*)" + UNIT_FROM + where)
			.param("c", communityId)
			.param("b", f.buildingId())
			.param("s", f.state() == null ? null : f.state().name())
			.param("k", f.kind() == null ? null : f.kind().name())
			.param("q", q)
			.param("retired", f.includeRetired())
			.query(Long.class)
			.single();
		List<UnitView> items = jdbc
			.sql("select " + UNIT_COLUMNS + UNIT_FROM + where
					+ " order by b.code, u.entrance, length(u.room_no), u.room_no limit :limit offset :offset")
			.param("c", communityId)
			.param("b", f.buildingId())
			.param("s", f.state() == null ? null : f.state().name())
			.param("k", f.kind() == null ? null : f.kind().name())
			.param("q", q)
			.param("retired", f.includeRetired())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(UnitRepository::mapUnit)
			.list();
		return new ResultPage<>(items, page.page(), page.size(), total);
	}

	/**
	 * Units in service after {@code afterUnitId}, in id order (retired ones left out).
	 */
	List<UnitView> listAfter(long communityId, long afterUnitId, int limit) {
		return jdbc
			.sql("select " + UNIT_COLUMNS + UNIT_FROM
					+ " where u.community_id = ? and u.id > ? and u.retired_on is null order by u.id limit ?")
			.params(communityId, afterUnitId, limit)
			.query(UnitRepository::mapUnit)
			.list();
	}

	/**
	 * Units in service whose label contains the fragment, best matches (shortest labels,
	 * exact first) first.
	 */
	List<UnitView> search(List<Long> communityIds, String fragment, int limit) {
		// Under three characters there is no trigram to look up: strpos keeps the planner
		// on the community's b-tree instead of scanning the whole trigram index.
		String contains = fragment.length() < 3 ? "strpos(u.label, :exact) > 0" : "u.label like '%' || :q || '%'";
		return jdbc
			.sql("select " + UNIT_COLUMNS + UNIT_FROM
					+ """
							where %s and %s and u.retired_on is null
							order by (u.label = :exact) desc, length(u.label), u.label limit :limit"""
						.formatted(CommunityCondition.on("u.community_id", communityIds), contains))
			.param("c", CommunityCondition.value(communityIds))
			.param("q", escapeLike(fragment))
			.param("exact", fragment)
			.param("limit", limit)
			.query(UnitRepository::mapUnit)
			.list();
	}

	Optional<BuildingView> findBuilding(long communityId, long buildingId) {
		return jdbc.sql("""
				select b.id, b.community_id, b.code, b.name, b.floors, b.version, b.retired_on, b.retired_reason,
				  (select count(*) from unit u where u.community_id = b.community_id and u.building_id = b.id) as units
				from building b where b.community_id = ? and b.id = ?""")
			.params(communityId, buildingId)
			.query(UnitRepository::mapBuilding)
			.optional();
	}

	/** A building of one of the given communities. */
	Optional<BuildingView> findBuilding(java.util.Collection<Long> communityIds, long buildingId) {
		return jdbc.sql("""
				select b.id, b.community_id, b.code, b.name, b.floors, b.version, b.retired_on, b.retired_reason,
				  (select count(*) from unit u where u.community_id = b.community_id and u.building_id = b.id) as units
				from building b where b.community_id = any(?) and b.id = ?""")
			.params(communityIds.toArray(Long[]::new), buildingId)
			.query(UnitRepository::mapBuilding)
			.optional();
	}

	/** The community's buildings, the retired ones too when {@code includeRetired}. */
	List<BuildingView> buildings(long communityId, boolean includeRetired) {
		return jdbc.sql("""
				select b.id, b.community_id, b.code, b.name, b.floors, b.version, b.retired_on, b.retired_reason,
				  count(u.id) as units
				from building b left join unit u on u.community_id = b.community_id and u.building_id = b.id
				where b.community_id = ? and (? or b.retired_on is null) group by b.id, b.community_id
				order by length(b.code), b.code""")
			.params(communityId, includeRetired)
			.query(UnitRepository::mapBuilding)
			.list();
	}

	boolean unitExists(long communityId, long buildingId, String entrance, String roomNo, long exceptId) {
		return jdbc.sql("""
				select count(*) from unit where community_id = ? and building_id = ? and entrance = ? and room_no = ?
				and id <> ?""")
			.params(communityId, buildingId, entrance, roomNo, exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insertBuilding(long communityId, String code, String name, Integer floors, java.time.OffsetDateTime now) {
		return jdbc.sql("""
				insert into building (community_id, code, name, floors, created_at) values (?, ?, ?, ?, ?)
				returning id""").params(communityId, code, name, floors, now).query(Long.class).single();
	}

	static String escapeLike(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static UnitView mapUnit(ResultSet rs, int row) throws SQLException {
		Date handover = rs.getDate("handover_date");
		return new UnitView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("building_id"),
				rs.getString("building_code"), rs.getString("entrance"), rs.getString("room_no"), rs.getString("label"),
				UnitKind.valueOf(rs.getString("kind")), (Integer) rs.getObject("floor"),
				rs.getBigDecimal("building_area"), UnitState.valueOf(rs.getString("state")),
				handover == null ? null : handover.toLocalDate(), rs.getInt("version"), retirement(rs));
	}

	static BuildingView mapBuilding(ResultSet rs, int row) throws SQLException {
		return new BuildingView(rs.getLong("id"), rs.getLong("community_id"), rs.getString("code"),
				rs.getString("name"), (Integer) rs.getObject("floors"), rs.getLong("units"), rs.getInt("version"),
				retirement(rs));
	}

	/** The retirement of a row with {@code retired_on} and {@code retired_reason}. */
	static @Nullable Retirement retirement(ResultSet rs) throws SQLException {
		return Retirement.stored(rs.getObject("retired_on", LocalDate.class), rs.getString("retired_reason"));
	}

}
