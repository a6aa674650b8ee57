package com.guanjia.workorders.web;

import java.util.List;

import com.guanjia.workorders.PriceItemView;
import com.guanjia.workorders.ReturnVisitView;
import com.guanjia.workorders.ReturnVisits;
import com.guanjia.workorders.WarrantyCategoryView;
import com.guanjia.workorders.WorkOrderCatalogue;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The price list, the warranty table and return visits as JSON. */
@RestController
@RequestMapping("/api")
@Tag(name = "work-order settings and return visits",
		description = "Price list, warranty table (R3.4, R3.5), return visits (R5.1)")
class WorkOrderCatalogueApiController {

	private final WorkOrderCatalogue catalogue;

	private final ReturnVisits visits;

	WorkOrderCatalogueApiController(WorkOrderCatalogue catalogue, ReturnVisits visits) {
		this.catalogue = catalogue;
		this.visits = visits;
	}

	@GetMapping("/service-prices")
	List<PriceItemView> prices(@RequestParam long communityId) {
		return catalogue.priceList(communityId);
	}

	@PutMapping("/service-prices")
	PriceItemView setPrice(@RequestParam long communityId, @RequestBody PriceItemView item) {
		return catalogue.setPrice(communityId, item);
	}

	@GetMapping("/warranty-categories")
	List<WarrantyCategoryView> categories(@RequestParam long communityId) {
		return catalogue.warrantyCategories(communityId);
	}

	@PutMapping("/warranty-categories")
	WarrantyCategoryView setCategory(@RequestParam long communityId, @RequestBody WarrantyCategoryView category) {
		return catalogue.setWarrantyCategory(communityId, category);
	}

	@GetMapping("/return-visits")
	List<ReturnVisitView> due(@RequestParam long communityId) {
		return visits.due(communityId);
	}

	@GetMapping("/return-visits/{id}")
	ReturnVisitView visit(@PathVariable long id) {
		return visits.get(id);
	}

	@PostMapping("/return-visits/{id}")
	ReturnVisitView record(@PathVariable long id, @RequestBody ReturnVisits.VisitOutcome outcome) {
		return visits.record(id, outcome);
	}

	/**
	 * A visit that did not reach the resident — nobody home (a notice left) or nobody
	 * answering — is an attempt; the visit stays pending (R5.1).
	 */
	@PostMapping("/return-visits/{id}/attempts")
	ReturnVisitView attempt(@PathVariable long id, @RequestBody ReturnVisits.VisitAttempt attempt) {
		return visits.attempt(id, attempt);
	}

}
