package com.guanjia.workorders.web;

import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.web.CurrentCommunity;
import com.guanjia.platform.web.Htmx;
import com.guanjia.shared.ResultPage;
import com.guanjia.workorders.WorkOrderFilter;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderQueries;
import com.guanjia.workorders.WorkOrderStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's lists of work orders: the community's list with its filters, the
 * technician's own open orders, the unit page's panel.
 */
@Controller
class WorkOrderListController {

	private final WorkOrderQueries queries;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CurrentCommunity current;

	private final CommunityScope scope;

	WorkOrderListController(WorkOrderQueries queries, UnitManagement units, CommunityDirectory communities,
			CurrentCommunity current, CommunityScope scope) {
		this.queries = queries;
		this.units = units;
		this.communities = communities;
		this.current = current;
		this.scope = scope;
	}

	@GetMapping("/work-orders")
	String list(@RequestParam(required = false) WorkOrderStatus status,
			@RequestParam(required = false) WorkOrderKind kind, @RequestParam(defaultValue = "true") boolean openOnly,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page, HttpSession session,
			HttpServletRequest request, Model model) {
		long communityId = current.id(session);
		WorkOrderFilter filter = new WorkOrderFilter(status, kind, openOnly, null, null, q);
		model.addAttribute("filter", filter);
		model.addAttribute("result", queries.list(communityId, filter, ResultPage.Request.of(page, 50)));
		model.addAttribute("statuses", WorkOrderStatus.values());
		model.addAttribute("kinds", WorkOrderKind.values());
		model.addAttribute("times", new Times(communities.timeZone(communityId)));
		return Htmx.view(request, "workorders/list", "results");
	}

	/** The technician's phone page: their open orders, most urgent first. */
	@GetMapping("/my/work-orders")
	String mine(HttpSession session, Model model) {
		model.addAttribute("orders", queries.mine());
		model.addAttribute("times", new Times(communities.timeZone(current.id(session))));
		return "workorders/mine";
	}

	/**
	 * The unit page's panel (R16.2): the unit's latest orders and a link to take in a new
	 * one.
	 */
	@GetMapping("/units/{id}/work-orders")
	String unitPanel(@PathVariable long id, Model model) {
		UnitView unit = units.get(id);
		boolean canRead = scope.has(Permission.WORKORDER_READ);
		model.addAttribute("unit", unit);
		model.addAttribute("orders", canRead ? queries.ofUnit(unit.communityId(), unit.id(), 10) : List.of());
		model.addAttribute("canRead", canRead);
		model.addAttribute("times", new Times(communities.timeZone(unit.communityId())));
		return "workorders/unit-panel :: panel";
	}

}
