package com.guanjia.workorders.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.shared.NotFoundException;
import com.guanjia.workorders.TimelineEntry;
import com.guanjia.workorders.WorkOrderAction;
import com.guanjia.workorders.WorkOrderDetail;
import com.guanjia.workorders.WorkOrderId;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The printable dispatch sheet (派工单) of public-facility work (R3.6, issue 10 item 5):
 * seed 001 3.5.1 "由工程部長或班長分配工作任務，簽發《派工單》。技工按《派工單》的要求進行作業", 3.5.2
 * "由工程部長或班長對其作業進行檢驗，回收《派工單》，簽字并存檔". Who issued it is whoever assigned the work last; the
 * order says whether it has a sheet.
 */
@Controller
class DispatchSheetController {

	private final WorkOrderQueries queries;

	private final StaffManagement staff;

	private final CommunityDirectory communities;

	DispatchSheetController(WorkOrderQueries queries, StaffManagement staff, CommunityDirectory communities) {
		this.queries = queries;
		this.staff = staff;
		this.communities = communities;
	}

	@GetMapping("/work-orders/{id}/dispatch-sheet")
	String sheet(@PathVariable long id, Model model) {
		WorkOrderDetail detail = queries.detail(WorkOrderId.of(id));
		WorkOrderView o = detail.order();
		if (!o.hasDispatchSheet()) {
			throw new NotFoundException("dispatchSheet", id);
		}
		Map<String, String> names = new HashMap<>();
		for (StaffView s : staff.recipients(o.communityId(), null, null)) {
			names.put(s.username(), s.displayName());
		}
		List<TimelineEntry> timeline = detail.timeline();
		TimelineEntry issued = timeline.stream()
			.filter(t -> t.action() == WorkOrderAction.DISPATCH || t.action() == WorkOrderAction.REASSIGN)
			.reduce((a, b) -> b)
			.orElse(null);
		model.addAttribute("o", o);
		model.addAttribute("issued", issued);
		model.addAttribute("issuedBy", issued == null ? null : names.getOrDefault(issued.actor(), issued.actor()));
		model.addAttribute("inspectedBy",
				o.inspectedBy() == null ? null : names.getOrDefault(o.inspectedBy(), o.inspectedBy()));
		model.addAttribute("times", new Times(communities.timeZone(o.communityId())));
		return "workorders/dispatch-sheet";
	}

}
