package com.guanjia.workorders;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import com.guanjia.billing.Ledger;
import com.guanjia.billing.PaidRepairCharge;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A signed in-unit repair's charges reach the unit's ledger (R3.4, R6.2, issue 10 item
 * 8): the lines priced from the paid-service list plus the agreed adjustment become one
 * bill line (item PAID_REPAIR) payable at the cashier with a receipt; nobody types them
 * again. Billing keeps it once per order ({@link Ledger#billPaidRepair}), so a
 * redelivered closing, or a reworked order closing again, bills nothing twice. This
 * listener lives here because billing may not depend on work orders (work orders →
 * arrears → billing); it reads the order through this module's own repository and calls
 * billing's public API.
 */
@Component
class PaidRepairBilling {

	private final WorkOrderRepository orders;

	private final WorkOrderReads reads;

	private final Ledger ledger;

	PaidRepairBilling(WorkOrderRepository orders, WorkOrderReads reads, Ledger ledger) {
		this.orders = orders;
		this.reads = reads;
		this.ledger = ledger;
	}

	@ApplicationModuleListener
	void on(WorkOrderClosed e) {
		bill(e);
	}

	/** The listener's work (a test calls it to deliver the event again synchronously). */
	@org.springframework.transaction.annotation.Transactional
	void bill(WorkOrderClosed e) {
		if (e.kind() != WorkOrderKind.IN_UNIT_REPAIR) {
			return;
		}
		WorkOrder order = orders.find(List.of(e.communityId()), e.workOrderId()).orElse(null);
		if (order == null) {
			return;
		}
		Long unitId = order.snapshot().request().place().unitId();
		List<WorkOrderDetail.ChargeLine> charges = reads.charges(e.communityId(), e.workOrderId());
		if (unitId == null || charges.isEmpty()) {
			return;
		}
		BigDecimal total = charges.stream()
			.map(WorkOrderDetail.ChargeLine::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add)
			.add(order.adjustment());
		String detail = e.number() + " "
				+ charges.stream()
					.map(c -> c.name() + "×" + c.quantity().stripTrailingZeros().toPlainString())
					.collect(Collectors.joining("、"));
		ledger
			.billPaidRepair(new PaidRepairCharge(e.communityId(), unitId, e.workOrderId(), e.number(), total, detail));
	}

}
