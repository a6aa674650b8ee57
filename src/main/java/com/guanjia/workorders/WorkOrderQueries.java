package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileStorage.StoredFileContent;
import com.guanjia.scheduling.Deadlines;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ResultPage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads work orders for pages and the API, always inside the caller's communities. */
@Service
@Transactional(readOnly = true)
public class WorkOrderQueries {

	private final WorkOrderStore store;

	private final WorkOrderReads reads;

	private final Deadlines deadlines;

	private final FileStorage files;

	private final ReturnVisits visits;

	private final WorkOrderStepRules rules;

	WorkOrderQueries(WorkOrderStore store, WorkOrderReads reads, Deadlines deadlines, FileStorage files,
			ReturnVisits visits, WorkOrderStepRules rules) {
		this.store = store;
		this.reads = reads;
		this.deadlines = deadlines;
		this.files = files;
		this.visits = visits;
		this.rules = rules;
	}

	public WorkOrderView get(WorkOrderId id) {
		return store.view(find(id));
	}

	private WorkOrder find(WorkOrderId id) {
		store.scope.require(Permission.WORKORDER_READ);
		return store.orders.find(store.scope.allowedIds(), id.value())
			.orElseThrow(() -> new NotFoundException("workOrder", id.value()));
	}

	public WorkOrderDetail detail(WorkOrderId id) {
		WorkOrder o = find(id);
		long c = o.communityId();
		List<WorkOrderDetail.ChargeLine> charges = reads.charges(c, o.id());
		BigDecimal lines = charges.stream()
			.map(WorkOrderDetail.ChargeLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new WorkOrderDetail(store.view(o), reads.timeline(c, o.id()), reads.materials(c, o.id()), charges, lines,
				lines.add(o.adjustment()), reads.photos(c, o.id()),
				deadlines.of(c, Deadlines.Subject.of(WorkOrderClocks.SUBJECT, o.id())), visits.ofOrder(c, o.id()),
				rules.stepsFor(o));
	}

	public List<TimelineEntry> timeline(WorkOrderId id) {
		WorkOrder o = find(id);
		return reads.timeline(o.communityId(), o.id());
	}

	/** A photo or signature of an order the caller may see. */
	public Optional<StoredFileContent> file(WorkOrderId id, long fileId) {
		WorkOrder o = find(id);
		Long signature = o.signatureFileId();
		boolean linked = (signature != null && signature == fileId) || reads.hasPhoto(o.communityId(), o.id(), fileId);
		return linked ? files.load(o.communityId(), fileId) : Optional.empty();
	}

	public ResultPage<WorkOrderView> list(long communityId, WorkOrderFilter f, ResultPage.Request page) {
		store.scope.require(Permission.WORKORDER_READ);
		store.scope.require(communityId);
		return reads.page(communityId, f, page).map(store::view);
	}

	/**
	 * The signed-in technician's open orders in all their communities, most urgent first.
	 */
	public List<WorkOrderView> mine() {
		store.scope.require(Permission.WORKORDER_WORK);
		return reads.openOf(store.scope.allowedIds(), store.scope.staffId()).stream().map(store::view).toList();
	}

	/** The latest orders of a unit, for its page (R16.2: retrievable by unit). */
	public List<WorkOrderView> ofUnit(long communityId, long unitId, int limit) {
		store.scope.require(Permission.WORKORDER_READ);
		store.scope.require(communityId);
		return reads.ofUnit(communityId, unitId, limit).stream().map(store::view).toList();
	}

}
