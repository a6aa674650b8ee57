package com.guanjia.workorders;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import com.guanjia.access.DepartmentKind;
import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.arrears.ArrearsEvents.UtilitiesRestoreDue;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.meters.MeterEvents.ReadingHeld;
import com.guanjia.meters.MeterEvents.ReadingRechecked;
import com.guanjia.meters.MeterReadings;
import com.guanjia.scheduling.DeadlineRule;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.workorders.WorkOrderSnapshot.Place;
import com.guanjia.workorders.WorkOrderSnapshot.Reporter;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work the money side hands to the engineering department, as work orders of kind help
 * request (求助): light steps — dispatch, accept, complete, close — without the warranty,
 * the resident's consent and sign-off or the lead's inspection that repairs need, and no
 * return visit.
 * <ul>
 * <li>A unit whose water or power was suspended has paid everything (R6.7): "restore
 * water and power of unit X", due under rule {@code UTILITY_RESTORE.RESOLVE} (2 hours by
 * default). One open restore order per unit: a second payment event while one is open
 * adds nothing.</li>
 * <li>A reading was held back as abnormal (R7.1): "re-check meter reading", due under
 * rule {@code METER_RECHECK.RESOLVE} (2 days by default), closed by the system as soon as
 * the reading is confirmed or corrected on the meters page.</li>
 * </ul>
 * Each order's request key names what raised it, so a redelivered event finds the order
 * it already made. The description is written in Chinese, the staff's language, like a
 * desk agent's.
 */
@Component
class DepartmentTasks {

	static final String RESTORE = "utilities-restore:";

	static final String RECHECK = "meter-recheck:";

	static final DeadlineRule RESTORE_RULE = DeadlineRule.hours(2);

	static final DeadlineRule RECHECK_RULE = DeadlineRule.days(2);

	private final WorkOrderStore store;

	private final WorkOrderClocks clocks;

	private final StaffManagement staff;

	private final UnitManagement units;

	private final MeterReadings readings;

	private final MessageSource messages;

	private final AdvisoryLocks locks;

	DepartmentTasks(WorkOrderStore store, WorkOrderClocks clocks, StaffManagement staff, UnitManagement units,
			MeterReadings readings, MessageSource messages, AdvisoryLocks locks) {
		this.store = store;
		this.clocks = clocks;
		this.staff = staff;
		this.units = units;
		this.readings = readings;
		this.messages = messages;
		this.locks = locks;
	}

	@ApplicationModuleListener
	void on(UtilitiesRestoreDue e) {
		restore(e);
	}

	@ApplicationModuleListener
	void on(ReadingHeld e) {
		recheck(e);
	}

	@ApplicationModuleListener
	void on(ReadingRechecked e) {
		rechecked(e);
	}

	/**
	 * The work of a listener, in one transaction (a test calls it to redeliver an event
	 * synchronously).
	 */
	@Transactional
	void restore(UtilitiesRestoreDue e) {
		long c = e.communityId();
		// One restore order per unit at a time: concurrent events for the unit wait here.
		locks.lockForTransaction(c, RESTORE + "unit:" + e.unitId());
		if (store.orders.openForUnit(c, e.unitId(), RESTORE)) {
			return;
		}
		Optional<UnitView> unit = units.find(UnitId.of(c, e.unitId()));
		if (unit.isEmpty()) {
			return;
		}
		raise(c, RESTORE + e.taskId(), unit.get(), null, text("task.restore.description", unit.get().label()),
				text("task.restore.reporter"), "UTILITY_RESTORE.RESOLVE", RESTORE_RULE);
	}

	@Transactional
	void recheck(ReadingHeld e) {
		long c = e.communityId();
		String key = RECHECK + e.readingId();
		locks.lockForTransaction(c, key);
		// Already re-checked (the re-check's event may have come first): nothing left to
		// do.
		if (!readings.isHeld(c, e.readingId())) {
			return;
		}
		UnitView unit = e.unitId() == null ? null : units.find(UnitId.of(c, e.unitId())).orElse(null);
		String where = unit == null ? text("task.recheck.publicMeter", e.meterCode()) : unit.label();
		raise(c, key, unit, unit == null ? where : null,
				text("task.recheck.description", e.meterCode(), where, text(e.reason().messageKey())),
				text("task.recheck.reporter"), "METER_RECHECK.RESOLVE", RECHECK_RULE);
	}

	@Transactional
	void rechecked(ReadingRechecked e) {
		long c = e.communityId();
		String key = RECHECK + e.readingId();
		locks.lockForTransaction(c, key);
		store.orders.idByRequestKey(c, key).ifPresent(id -> {
			WorkOrder o = store.loadForSystem(c, id);
			if (!o.status().isOpen()) {
				return;
			}
			o.autoClose(text(e.corrected() ? "task.recheck.corrected" : "task.recheck.confirmed"), store.now());
			clocks.completed(o);
			store.commit(o, WorkOrderAction.AUTO_CLOSE);
		});
	}

	/**
	 * Takes an order in for the engineering department, unless the request key has one
	 * already.
	 */
	private void raise(long c, String requestKey, @Nullable UnitView unit, @Nullable String location,
			String description, String reporter, String ruleKey, DeadlineRule rule) {
		if (store.orders.idByRequestKey(c, requestKey).isPresent()) {
			return;
		}
		Optional<DepartmentView> engineering = staff.department(c, DepartmentKind.ENGINEERING);
		Instant now = store.now();
		Request request = new Request(
				Place.of(unit == null ? null : unit.id(), unit == null ? null : unit.label(), location),
				new Reporter(null, reporter, null), description, null, false, null);
		WorkOrder.Task task = new WorkOrder.Task(engineering.map(DepartmentView::id).orElse(null),
				DepartmentKind.ENGINEERING.name(), engineering.map(DepartmentView::leadStaffId).orElse(null));
		WorkOrder o = WorkOrder.raiseTask(c, store.orders.reserveId(), request, task, now);
		clocks.openedAs(o, ruleKey, rule);
		store.insertNew(o, clocks.today(c, now), requestKey);
		store.publishPending(o);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
	}

}
