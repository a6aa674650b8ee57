package com.guanjia.workorders;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.guanjia.access.StaffManagement;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first contact with the resident of each of some orders (R4.3), for the return-visit
 * list (the supervisor sees it before calling) and for the reception record an order was
 * made from (desk). The orders are named with their community by a caller that has
 * checked its own user already (the desk's record, the community's visit list); an order
 * of another community is simply not found.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class FirstContacts {

	private final WorkOrderReads reads;

	private final StaffManagement staff;

	FirstContacts(WorkOrderReads reads, StaffManagement staff) {
		this.reads = reads;
		this.staff = staff;
	}

	/**
	 * The first contact of each order that has one, by order id; an order not yet in
	 * touch with its resident is absent.
	 */
	public Map<Long, FirstContactView> of(long communityId, Collection<Long> workOrderIds) {
		if (workOrderIds.isEmpty()) {
			return Map.of();
		}
		List<WorkOrderReads.Contact> found = reads.firstContacts(communityId, workOrderIds);
		return found.stream()
			.map(c -> new FirstContactView(c.workOrderId(), c.at(), c.how(),
					c.name() != null ? c.name()
							: c.staffId() == null ? c.actor() : staff.displayName(c.staffId()).orElse(c.actor())))
			.collect(Collectors.toMap(FirstContactView::workOrderId, Function.identity()));
	}

}
