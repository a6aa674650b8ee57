package com.guanjia.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Areas, routes and checkpoints: plain records kept by the supervisor. */
@Repository
class SetupRepository {

	private static final String CHECKPOINT = """
			select c.id, c.community_id, c.route_id, r.name as route_name, c.position, c.name, c.area_id,
			  a.name as area_name, c.template_code, c.qr_token, c.active
			from inspection_checkpoint c
			join inspection_route r on r.community_id = c.community_id and r.id = c.route_id
			join inspection_area a on a.community_id = c.community_id and a.id = c.area_id
			""";

	private final JdbcClient jdbc;

	SetupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertArea(long communityId, AreaKind kind, String name, Long buildingId) {
		return jdbc.sql("""
				insert into inspection_area (community_id, kind, name, building_id) values (?, ?, ?, ?)
				on conflict (community_id, name) do nothing returning id""")
			.params(communityId, kind.name(), name, buildingId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	List<AreaView> areas(long communityId) {
		return jdbc
			.sql("select id, community_id, kind, name, building_id from inspection_area where community_id = ? "
					+ "order by kind, name")
			.param(communityId)
			.query(SetupRepository::area)
			.list();
	}

	Optional<AreaView> area(long communityId, long id) {
		return jdbc
			.sql("select id, community_id, kind, name, building_id from inspection_area "
					+ "where community_id = ? and id = ?")
			.params(communityId, id)
			.query(SetupRepository::area)
			.optional();
	}

	long insertRoute(long communityId, String name) {
		return jdbc.sql("""
				insert into inspection_route (community_id, name) values (?, ?)
				on conflict (community_id, name) do nothing returning id""")
			.params(communityId, name)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	Optional<RouteView> route(Collection<Long> communityIds, long id) {
		return jdbc
			.sql("select id, community_id, name, active from inspection_route where community_id = any(?) "
					+ "and id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query((rs, i) -> new RouteView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4),
					checkpoints(rs.getLong(2), rs.getLong(1))))
			.optional();
	}

	List<RouteView> routes(long communityId) {
		return jdbc.sql("select id from inspection_route where community_id = ? order by name")
			.param(communityId)
			.query(Long.class)
			.list()
			.stream()
			.map(id -> route(List.of(communityId), id).orElseThrow())
			.toList();
	}

	List<CheckpointView> checkpoints(long communityId, long routeId) {
		return jdbc.sql(CHECKPOINT + " where c.community_id = ? and c.route_id = ? order by c.position")
			.params(communityId, routeId)
			.query(SetupRepository::checkpoint)
			.list();
	}

	Optional<CheckpointView> checkpoint(Collection<Long> communityIds, long id) {
		return jdbc.sql(CHECKPOINT + " where c.community_id = any(?) and c.id = ?")
			.params(communityIds.toArray(Long[]::new), id)
			.query(SetupRepository::checkpoint)
			.optional();
	}

	Optional<CheckpointView> checkpointByToken(Collection<Long> communityIds, String token) {
		return jdbc.sql(CHECKPOINT + " where c.community_id = any(?) and c.qr_token = ?")
			.params(communityIds.toArray(Long[]::new), token)
			.query(SetupRepository::checkpoint)
			.optional();
	}

	long insertCheckpoint(long communityId, long routeId, String name, long areaId, String templateCode, String token) {
		// Serialised per route by the route's row lock, so positions stay 1..n.
		jdbc.sql("select id from inspection_route where community_id = ? and id = ? for update")
			.params(communityId, routeId)
			.query(Long.class)
			.single();
		return jdbc
			.sql("""
					insert into inspection_checkpoint (community_id, route_id, position, name, area_id, template_code, qr_token)
					select ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ? from inspection_checkpoint
					where community_id = ? and route_id = ? returning id""")
			.params(communityId, routeId, name, areaId, templateCode, token, communityId, routeId)
			.query(Long.class)
			.single();
	}

	boolean setCheckpointActive(long communityId, long id, boolean active) {
		return jdbc
			.sql("update inspection_checkpoint set active = ?, version = version + 1 "
					+ "where community_id = ? and id = ?")
			.params(active, communityId, id)
			.update() == 1;
	}

	private static AreaView area(ResultSet rs, int row) throws SQLException {
		return new AreaView(rs.getLong(1), rs.getLong(2), AreaKind.valueOf(rs.getString(3)), rs.getString(4),
				(Long) rs.getObject(5));
	}

	private static CheckpointView checkpoint(ResultSet rs, int row) throws SQLException {
		return new CheckpointView(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("route_id"),
				rs.getString("route_name"), rs.getInt("position"), rs.getString("name"), rs.getLong("area_id"),
				rs.getString("area_name"), rs.getString("template_code"), rs.getString("qr_token"),
				rs.getBoolean("active"));
	}

}
