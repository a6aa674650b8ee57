package com.guanjia.workorders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.guanjia.platform.db.SqlTime;
import com.guanjia.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the pages and the API show of stored work orders: a community's orders by filter,
 * a technician's open orders, a unit's latest (as snapshots; the caller decides what the
 * viewer may see of them), and an order's timeline, materials, charges and photos.
 */
@Repository
class WorkOrderReads {

	private final JdbcClient jdbc;

	WorkOrderReads(JdbcClient jdbc) {
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

	List<TimelineEntry> timeline(long communityId, long workOrderId) {
		return jdbc.sql("""
				select occurred_at, actor, action, from_status, to_status, note from work_order_step
				where community_id = ? and work_order_id = ? order by id""")
			.params(communityId, workOrderId)
			.query((rs, i) -> new TimelineEntry(SqlTime.instant(rs, "occurred_at"), rs.getString("actor"),
					WorkOrderAction.valueOf(rs.getString("action")),
					WorkOrderRows.value(WorkOrderStatus.class, rs.getString("from_status")),
					WorkOrderStatus.valueOf(rs.getString("to_status")), rs.getString("note")))
			.list();
	}

	/**
	 * The first contact of each order (R4.3): a complaint's recorded one, else the first
	 * step that reached the resident — a visit time agreed or the technician let in.
	 */
	List<Contact> firstContacts(long communityId, Collection<Long> workOrderIds) {
		return jdbc.sql("""
				select o.id, o.first_contact_at, o.first_contact_channel, o.first_contact_by,
				       s.occurred_at, s.action, s.actor_staff_id, s.actor
				from work_order o
				left join lateral (select occurred_at, action, actor_staff_id, actor from work_order_step st
				                   where st.community_id = o.community_id and st.work_order_id = o.id
				                     and st.action in ('BOOK', 'ARRIVE') order by st.id limit 1) s on true
				where o.community_id = ? and o.id = any(?)
				  and (o.first_contact_at is not null or s.occurred_at is not null)""")
			.params(communityId, workOrderIds.toArray(Long[]::new))
			.query((rs, i) -> {
				java.time.Instant recorded = SqlTime.instant(rs, "first_contact_at");
				if (recorded != null) {
					return new Contact(rs.getLong("id"), recorded,
							FirstContactView.How.valueOf(rs.getString("first_contact_channel")), null, "",
							rs.getString("first_contact_by"));
				}
				return new Contact(rs.getLong("id"), SqlTime.instant(rs, "occurred_at"),
						"BOOK".equals(rs.getString("action")) ? FirstContactView.How.APPOINTMENT
								: FirstContactView.How.IN_PERSON,
						(Long) rs.getObject("actor_staff_id"), rs.getString("actor"), null);
			})
			.list();
	}

	/**
	 * A first contact as stored: the name kept with a recorded one, or the staff member
	 * (and username) who took the step.
	 */
	record Contact(long workOrderId, java.time.Instant at, FirstContactView.How how, @Nullable Long staffId,
			String actor, @Nullable String name) {
	}

	List<WorkOrderDetail.MaterialLine> materials(long communityId, long workOrderId) {
		return jdbc.sql("""
				select name, quantity, source, inspected_ok, inspection_note, added_at from work_order_material
				where community_id = ? and work_order_id = ? order by id""")
			.params(communityId, workOrderId)
			.query((rs, i) -> new WorkOrderDetail.MaterialLine(rs.getString(1), rs.getBigDecimal(2),
					MaterialSource.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	List<WorkOrderDetail.ChargeLine> charges(long communityId, long workOrderId) {
		return jdbc.sql("""
				select price_code, name, unit, quantity, unit_price, amount from work_order_charge
				where community_id = ? and work_order_id = ? order by id""")
			.params(communityId, workOrderId)
			.query((rs, i) -> new WorkOrderDetail.ChargeLine(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	List<WorkOrderDetail.Photo> photos(long communityId, long workOrderId) {
		return jdbc.sql("""
				select file_id, filename, added_at from work_order_photo where community_id = ? and work_order_id = ?
				order by added_at""")
			.params(communityId, workOrderId)
			.query((rs, i) -> new WorkOrderDetail.Photo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
	}

	boolean hasPhoto(long communityId, long workOrderId, long fileId) {
		return jdbc.sql(
				"select exists (select 1 from work_order_photo where community_id = ? and work_order_id = ? and file_id = ?)")
			.params(communityId, workOrderId, fileId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Open orders by status across all communities, for the operators' metrics (counted
	 * with the open-orders index).
	 */
	Map<String, Long> openByStatus() {
		return jdbc.sql("""
				select status, count(*) from work_order
				where status not in ('CLOSED', 'CANCELLED') group by status""")
			.query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
