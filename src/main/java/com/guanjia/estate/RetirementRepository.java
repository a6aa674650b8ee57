package com.guanjia.estate;

import com.guanjia.shared.Retirement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of retiring, reinstating and deleting the registry's rows (decision 0014): every
 * statement is bounded by community, and a step that finds the row already in the state
 * it asks for changes nothing and says so.
 */
@Repository
class RetirementRepository {

	/** The registry's tables a record is retired in, by kind. */
	enum Table {

		UNIT("unit"), BUILDING("building"), PARKING_SPACE("parking_space");

		private final String name;

		Table(String name) {
			this.name = name;
		}

	}

	private final JdbcClient jdbc;

	RetirementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Retires the row if it is in service; false when it was retired already. */
	boolean retire(Table table, long communityId, long id, Retirement retirement) {
		return jdbc.sql("update " + table.name + """
				 set retired_on = ?, retired_reason = ?, version = version + 1
				where community_id = ? and id = ? and retired_on is null""")
			.params(retirement.retiredOn(), retirement.reason(), communityId, id)
			.update() == 1;
	}

	/** Brings the row back into service; false when it was not retired. */
	boolean reinstate(Table table, long communityId, long id) {
		return jdbc.sql("update " + table.name + """
				 set retired_on = null, retired_reason = null, version = version + 1
				where community_id = ? and id = ? and retired_on is not null""").params(communityId, id).update() == 1;
	}

	void delete(Table table, long communityId, long id) {
		jdbc.sql("delete from " + table.name + " where community_id = ? and id = ?").params(communityId, id).update();
	}

	boolean retireCommunity(long id, Retirement retirement) {
		return jdbc.sql("""
				update community set retired_on = ?, retired_reason = ?, version = version + 1
				where id = ? and retired_on is null""")
			.params(retirement.retiredOn(), retirement.reason(), id)
			.update() == 1;
	}

	boolean reinstateCommunity(long id) {
		return jdbc.sql("""
				update community set retired_on = null, retired_reason = null, version = version + 1
				where id = ? and retired_on is not null""").param(id).update() == 1;
	}

	long unitsInService(long communityId, long buildingId) {
		return jdbc.sql("select count(*) from unit where community_id = ? and building_id = ? and retired_on is null")
			.params(communityId, buildingId)
			.query(Long.class)
			.single();
	}

	long buildingsInService(long communityId) {
		return jdbc.sql("select count(*) from building where community_id = ? and retired_on is null")
			.param(communityId)
			.query(Long.class)
			.single();
	}

	long parkingSpacesInService(long communityId) {
		return jdbc.sql("select count(*) from parking_space where community_id = ? and retired_on is null")
			.param(communityId)
			.query(Long.class)
			.single();
	}

}
