package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileStorage.StoredFileContent;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads work orders for pages and the API, always inside the caller's communities. */
@Service
@Transactional(readOnly = true)
public class WorkOrderQueries {

	private final WorkOrderStore store;

	private final JdbcClient jdbc;

	private final Deadlines deadlines;

	private final FileStorage files;

	private final ReturnVisits visits;

	WorkOrderQueries(WorkOrderStore store, JdbcClient jdbc, Deadlines deadlines, FileStorage files,
			ReturnVisits visits) {
		this.store = store;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.files = files;
		this.visits = visits;
	}

	public WorkOrderView get(long id) {
		return store.view(find(id));
	}

	private WorkOrder find(long id) {
		store.scope.require(Permission.WORKORDER_READ);
		return store.orders.find(store.scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("workOrder", id));
	}

	public WorkOrderDetail detail(long id) {
		WorkOrder o = find(id);
		List<WorkOrderDetail.MaterialLine> materials = jdbc.sql("""
				select name, quantity, source, inspected_ok, inspection_note, added_at from work_order_material
				where community_id = ? and work_order_id = ? order by id""")
			.params(o.communityId, o.id)
			.query((rs, i) -> new WorkOrderDetail.MaterialLine(rs.getString(1), rs.getBigDecimal(2),
					MaterialSource.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
		List<WorkOrderDetail.ChargeLine> charges = jdbc.sql("""
				select price_code, name, unit, quantity, unit_price, amount from work_order_charge
				where community_id = ? and work_order_id = ? order by id""")
			.params(o.communityId, o.id)
			.query((rs, i) -> new WorkOrderDetail.ChargeLine(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
		BigDecimal lines = charges.stream()
			.map(WorkOrderDetail.ChargeLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<WorkOrderDetail.Photo> photos = jdbc.sql("""
				select file_id, filename, added_at from work_order_photo where community_id = ? and work_order_id = ?
				order by added_at""")
			.params(o.communityId, o.id)
			.query((rs, i) -> new WorkOrderDetail.Photo(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list();
		return new WorkOrderDetail(store.view(o), store.orders.timeline(o.communityId, o.id), materials, charges, lines,
				lines.add(o.adjustment), photos,
				deadlines.of(o.communityId, Deadlines.Subject.of(WorkOrderClocks.SUBJECT, o.id)),
				visits.ofOrder(o.communityId, o.id));
	}

	public List<TimelineEntry> timeline(long id) {
		WorkOrder o = find(id);
		return store.orders.timeline(o.communityId, o.id);
	}

	/** A photo or signature of an order the caller may see. */
	public Optional<StoredFileContent> file(long id, long fileId) {
		WorkOrder o = find(id);
		boolean linked = fileId == (o.signatureFileId == null ? -1 : o.signatureFileId) || jdbc.sql(
				"select exists (select 1 from work_order_photo where community_id = ? and work_order_id = ? and file_id = ?)")
			.params(o.communityId, o.id, fileId)
			.query(Boolean.class)
			.single();
		return linked ? files.load(o.communityId, fileId) : Optional.empty();
	}

	public ResultPage<WorkOrderView> list(long communityId, WorkOrderFilter f, ResultPage.Request page) {
		store.scope.require(Permission.WORKORDER_READ);
		store.scope.require(communityId);
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
		List<WorkOrderView> items = jdbc
			.sql("select " + WorkOrderRepository.COLUMNS + " from work_order" + where
					+ " order by created_at desc, id desc limit ? offset ?")
			.params(pageParams)
			.query(WorkOrderRepository::map)
			.list()
			.stream()
			.map(store::view)
			.toList();
		return new ResultPage<>(items, page.page(), page.size(), total);
	}

	/**
	 * The signed-in technician's open orders in all their communities, most urgent first.
	 */
	public List<WorkOrderView> mine() {
		store.scope.require(Permission.WORKORDER_WORK);
		return jdbc.sql("select " + WorkOrderRepository.COLUMNS + """
				 from work_order where community_id = any(?) and technician_id = ?
				  and status not in ('CLOSED', 'CANCELLED')
				order by coalesce(appointment_at, due_at, created_at), id""")
			.params(store.scope.allowedIds().toArray(Long[]::new), store.scope.staffId())
			.query(WorkOrderRepository::map)
			.list()
			.stream()
			.map(store::view)
			.toList();
	}

	/** The latest orders of a unit, for its page (R16.2: retrievable by unit). */
	public List<WorkOrderView> ofUnit(long communityId, long unitId, int limit) {
		store.scope.require(Permission.WORKORDER_READ);
		store.scope.require(communityId);
		return jdbc.sql("select " + WorkOrderRepository.COLUMNS
				+ " from work_order where community_id = ? and unit_id = ? order by created_at desc, id desc limit ?")
			.params(communityId, unitId, limit)
			.query(WorkOrderRepository::map)
			.list()
			.stream()
			.map(store::view)
			.toList();
	}

}
