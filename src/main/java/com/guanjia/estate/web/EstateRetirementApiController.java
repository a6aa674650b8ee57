package com.guanjia.estate.web;

import java.time.LocalDate;

import com.guanjia.estate.BuildingView;
import com.guanjia.estate.CommunityView;
import com.guanjia.estate.EstateRetirements;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.UnitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retiring, reinstating and deleting units, buildings, parking spaces and communities as
 * JSON (decision 0014). Lists leave retired records out unless {@code includeRetired}
 * (see {@link EstateApiController}).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "estate", description = "Communities, buildings, units and parking spaces (R1.1, R1.2)")
class EstateRetirementApiController {

	private final EstateRetirements retirements;

	EstateRetirementApiController(EstateRetirements retirements) {
		this.retirements = retirements;
	}

	/** Since when (blank: today in the community's zone) and why a record is retired. */
	record RetireRequest(@Nullable LocalDate retiredOn, @Nullable String reason) {
	}

	@PostMapping("/units/{id}/retire")
	@Operation(summary = "Retire a unit: it leaves lists, search, pickers and billing runs, takes no new work order, "
			+ "and stays in history and ledgers")
	UnitView retireUnit(@PathVariable long id, @RequestBody RetireRequest request) {
		return retirements.retireUnit(id, request.retiredOn(), request.reason());
	}

	@PostMapping("/units/{id}/reinstate")
	@Operation(summary = "Bring a retired unit back into service (its building must be in service)")
	UnitView reinstateUnit(@PathVariable long id) {
		return retirements.reinstateUnit(id);
	}

	@DeleteMapping("/units/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a unit nothing refers to; 409 naming the references otherwise")
	void deleteUnit(@PathVariable long id) {
		retirements.deleteUnit(id);
	}

	@PostMapping("/buildings/{id}/retire")
	@Operation(summary = "Retire a building whose units are all retired")
	BuildingView retireBuilding(@PathVariable long id, @RequestBody RetireRequest request) {
		return retirements.retireBuilding(id, request.retiredOn(), request.reason());
	}

	@PostMapping("/buildings/{id}/reinstate")
	@Operation(summary = "Bring a retired building back into service")
	BuildingView reinstateBuilding(@PathVariable long id) {
		return retirements.reinstateBuilding(id);
	}

	@DeleteMapping("/buildings/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a building nothing refers to (no unit, retired or not); 409 otherwise")
	void deleteBuilding(@PathVariable long id) {
		retirements.deleteBuilding(id);
	}

	@PostMapping("/parking-spaces/{id}/retire")
	@Operation(summary = "Retire a parking space: billing runs no longer charge it")
	ParkingSpaceView retireParkingSpace(@PathVariable long id, @RequestBody RetireRequest request) {
		return retirements.retireParkingSpace(id, request.retiredOn(), request.reason());
	}

	@PostMapping("/parking-spaces/{id}/reinstate")
	@Operation(summary = "Bring a retired parking space back into service")
	ParkingSpaceView reinstateParkingSpace(@PathVariable long id) {
		return retirements.reinstateParkingSpace(id);
	}

	@DeleteMapping("/parking-spaces/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a parking space nothing refers to; 409 otherwise")
	void deleteParkingSpace(@PathVariable long id) {
		retirements.deleteParkingSpace(id);
	}

	@PostMapping("/communities/{id}/retire")
	@Operation(summary = "Retire a community the company no longer manages, once its buildings and parking spaces "
			+ "are retired; communities are never deleted")
	CommunityView retireCommunity(@PathVariable long id, @RequestBody RetireRequest request) {
		return retirements.retireCommunity(id, request.retiredOn(), request.reason());
	}

	@PostMapping("/communities/{id}/reinstate")
	@Operation(summary = "Bring a retired community back into service")
	CommunityView reinstateCommunity(@PathVariable long id) {
		return retirements.reinstateCommunity(id);
	}

}
