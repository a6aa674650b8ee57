package com.guanjia.workorders;

import java.util.ArrayList;
import java.util.List;

import com.guanjia.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lists of work orders the pages and the API show: a community's orders by filter, a
 * technician's open orders, a unit's latest. Read as snapshots; the caller decides what
 * the viewer may see of them.
 */
@Repository
class WorkOrderLists {

	private final JdbcClient jdbc;

	WorkOrderLists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of a community's orders matching the filter, the newest first. */
	ResultPage<WorkOrderSnapshot> page(long communityId, WorkOrderFilter f, ResultPage.Request page) {
		List<Object> params = new ArrayList<>();
		StringBuilder where = new StringBuilder(" where community_id = ?");
		params.add(communityId);
		if (f.openOnly()) {
			where.append(" and status not in ('CLOSED', 'CANCELLED')");
		}
		if (f.status() != null) {
			where.append(" and status = ?");
			params.add(f.status().name());
		}
		if (f.kind() != null) {
			where.append(" and kind = ?");
			params.add(f.kind().name());
		}
		if (f.technicianId() != null) {
			where.append(" and technician_id = ?");
			params.add(f.technicianId());
		}
		if (f.unitId() != null) {
			where.append(" and unit_id = ?");
			params.add(f.unitId());
		}
		if (f.q() != null && !f.q().isBlank()) {
			where.append(" and (number like ? or unit_label like ? or reporter_name like ? or description like ?)");
			String like = "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
			params.add(like);
			params.add(like);
			params.add(like);
			params.add(like);
		}
		long total = jdbc.sql("select count(*) from work_order" + where).params(params).query(Long.class).single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(page.size());
		pageParams.add(page.offset());
		List<WorkOrderSnapshot> items = jdbc
			.sql("select " + WorkOrderRows.COLUMNS + " from work_order" + where
					+ " order by created_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query(WorkOrderRows::snapshot)
			.list();
		return new ResultPage<>(items, page.page(), page.size(), total);
	}

	/** A technician's open orders in the given communities, most urgent first. */
	List<WorkOrderSnapshot> openOf(List<Long> communityIds, long technicianId) {
		return jdbc.sql("select " + WorkOrderRows.COLUMNS + """
				 from work_order where community_id = any(?) and technician_id = ?
				  and status not in ('CLOSED', 'CANCELLED')
				order by coalesce(appointment_at, due_at, created_at), id""")
			.params(communityIds.toArray(Long[]::new), technicianId)
			.query(WorkOrderRows::snapshot)
			.list();
	}

	/** The latest orders of a unit. */
	List<WorkOrderSnapshot> ofUnit(long communityId, long unitId, int limit) {
		return jdbc.sql("select " + WorkOrderRows.COLUMNS
				+ " from work_order where community_id = ? and unit_id = ? order by created_at desc, id desc limit ?")
			.params(communityId, unitId, limit)
			.query(WorkOrderRows::snapshot)
			.list();
	}

}
