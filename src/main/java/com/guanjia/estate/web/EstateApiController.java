package com.guanjia.estate.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.estate.BuildingCommand;
import com.guanjia.estate.BuildingView;
import com.guanjia.estate.CommunityCommand;
import com.guanjia.estate.CommunityManagement;
import com.guanjia.estate.CommunityView;
import com.guanjia.estate.ParkingCommand;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitFilter;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The estate registry as JSON: communities, buildings, units, parking spaces. */
@RestController
@RequestMapping("/api")
@Tag(name = "estate", description = "Communities, buildings, units and parking spaces (R1.1, R1.2)")
class EstateApiController {

	private final CommunityManagement communities;

	private final UnitManagement units;

	private final ParkingManagement parking;

	EstateApiController(CommunityManagement communities, UnitManagement units, ParkingManagement parking) {
		this.communities = communities;
		this.units = units;
		this.parking = parking;
	}

	// --- communities

	record CommunityRequest(@Nullable String code, @Nullable String name, @Nullable String address,
			@Nullable String timeZone, @Nullable BigDecimal managementFeeRate, @Nullable Integer version) {

		CommunityCommand toCommand() {
			return new CommunityCommand(code, name, address, timeZone, managementFeeRate);
		}

	}

	@GetMapping("/communities")
	@Operation(summary = "The caller's communities; retired ones only with includeRetired")
	List<CommunityView> communities(@RequestParam(defaultValue = "false") boolean includeRetired) {
		return communities.visible(includeRetired);
	}

	@GetMapping("/communities/{id}")
	CommunityView community(@PathVariable long id) {
		return communities.get(id);
	}

	@PostMapping("/communities")
	@ResponseStatus(HttpStatus.CREATED)
	CommunityView createCommunity(@RequestBody CommunityRequest request) {
		return communities.create(request.toCommand());
	}

	@PutMapping("/communities/{id}")
	CommunityView updateCommunity(@PathVariable long id, @RequestBody CommunityRequest request) {
		return communities.update(id, ValidationException.required("version", request.version()), request.toCommand());
	}

	// --- buildings

	record BuildingRequest(@Nullable Long communityId, @Nullable String code, @Nullable String name,
			@Nullable Integer floors, @Nullable Integer version) {

		BuildingCommand toCommand() {
			return new BuildingCommand(code, name, floors);
		}

	}

	@GetMapping("/buildings")
	@Operation(summary = "A community's buildings; retired ones only with includeRetired")
	List<BuildingView> buildings(@RequestParam long communityId,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		return units.buildings(communityId, includeRetired);
	}

	@PostMapping("/buildings")
	@ResponseStatus(HttpStatus.CREATED)
	BuildingView createBuilding(@RequestBody BuildingRequest request) {
		return units.createBuilding(ValidationException.required("communityId", request.communityId()),
				request.toCommand());
	}

	@GetMapping("/buildings/{id}")
	BuildingView building(@PathVariable long id) {
		return units.building(id);
	}

	@PutMapping("/buildings/{id}")
	BuildingView changeBuilding(@PathVariable long id, @RequestBody BuildingRequest request) {
		return units.changeBuilding(id, ValidationException.required("version", request.version()),
				request.toCommand());
	}

	// --- units

	record UnitRequest(@Nullable Long communityId, @Nullable Long buildingId, @Nullable String entrance,
			@Nullable String roomNo, @Nullable UnitKind kind, @Nullable Integer floor,
			@Nullable BigDecimal buildingArea, @Nullable UnitState state, @Nullable LocalDate handoverDate,
			@Nullable Integer version) {

		UnitCommand toCommand() {
			return new UnitCommand(buildingId, entrance, roomNo, kind, floor, buildingArea, state, handoverDate);
		}

	}

	@GetMapping("/units")
	@Operation(summary = "A page of a community's units; retired ones only with includeRetired")
	ResultPage<UnitView> units(@RequestParam long communityId, @RequestParam(required = false) Long buildingId,
			@RequestParam(required = false) UnitState state, @RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		return units.list(communityId, new UnitFilter(buildingId, state, kind, q, includeRetired),
				ResultPage.Request.of(page, size));
	}

	@GetMapping("/units/{id}")
	UnitView unit(@PathVariable long id) {
		return units.get(id);
	}

	@PostMapping("/units")
	@ResponseStatus(HttpStatus.CREATED)
	UnitView registerUnit(@RequestBody UnitRequest request) {
		return units.register(ValidationException.required("communityId", request.communityId()), request.toCommand());
	}

	@PutMapping("/units/{id}")
	UnitView changeUnit(@PathVariable long id, @RequestBody UnitRequest request) {
		return units.change(id, ValidationException.required("version", request.version()), request.toCommand());
	}

	// --- parking spaces

	record ParkingRequest(@Nullable Long communityId, @Nullable String code, @Nullable String zone,
			@Nullable ParkingState state, @Nullable Long unitId, @Nullable Integer version) {

		ParkingCommand toCommand() {
			return new ParkingCommand(code, zone, state, unitId);
		}

	}

	@GetMapping("/parking-spaces")
	@Operation(summary = "A community's parking spaces; retired ones only with includeRetired")
	List<ParkingSpaceView> parkingSpaces(@RequestParam long communityId,
			@RequestParam(required = false) ParkingState state,
			@RequestParam(defaultValue = "false") boolean includeRetired) {
		return parking.list(communityId, state, includeRetired);
	}

	@GetMapping("/parking-spaces/{id}")
	ParkingSpaceView parkingSpace(@PathVariable long id) {
		return parking.get(id);
	}

	@PostMapping("/parking-spaces")
	@ResponseStatus(HttpStatus.CREATED)
	ParkingSpaceView createParkingSpace(@RequestBody ParkingRequest request) {
		return parking.create(ValidationException.required("communityId", request.communityId()), request.toCommand());
	}

	@PutMapping("/parking-spaces/{id}")
	ParkingSpaceView changeParkingSpace(@PathVariable long id, @RequestBody ParkingRequest request) {
		return parking.change(id, ValidationException.required("version", request.version()), request.toCommand());
	}

}
