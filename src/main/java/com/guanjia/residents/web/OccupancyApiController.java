package com.guanjia.residents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.residents.HouseholdMemberCommand;
import com.guanjia.residents.HouseholdMemberView;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.HouseholdRelation;
import com.guanjia.residents.OccupantsView;
import com.guanjia.residents.OwnerCommand;
import com.guanjia.residents.OwnershipTransfers;
import com.guanjia.residents.OwnershipView;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.TenancyView;
import com.guanjia.residents.TenantCommand;
import com.guanjia.residents.TransferCommand;
import com.guanjia.residents.TransferReason;
import com.guanjia.residents.TransferView;
import com.guanjia.residents.UnitOccupancy;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.residents.VehicleView;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * How residents are tied to units, as JSON: owners, tenants, household members, vehicles,
 * ownership transfers (R1.3, R1.4) and the occupants of a unit. A party is an existing
 * one ({@code partyId}) or a new one ({@code party}).
 */
@RestController
@RequestMapping("/api")
@Tag(name = "occupancy", description = "Owners, tenants, household members, vehicles, ownership transfers (R1.3, R1.4)")
class OccupancyApiController {

	private final UnitOccupancy occupancy;

	private final HouseholdRegistry households;

	private final OwnershipTransfers transfers;

	OccupancyApiController(UnitOccupancy occupancy, HouseholdRegistry households, OwnershipTransfers transfers) {
		this.occupancy = occupancy;
		this.households = households;
		this.transfers = transfers;
	}

	record OwnerRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable Long partyId,
			@Nullable PartyCommand party, @Nullable BigDecimal share, @Nullable LocalDate since) {
	}

	record TenantRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable Long partyId,
			@Nullable PartyCommand party, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	record MemberRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable Long partyId,
			@Nullable PartyCommand party, @Nullable HouseholdRelation relation, @Nullable LocalDate since) {
	}

	record VehicleRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable Long partyId,
			@Nullable String plate, @Nullable String brand, @Nullable String colour) {
	}

	record TransferRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable LocalDate date,
			@Nullable TransferReason reason, @Nullable String contractNo, @Nullable String note,
			@Nullable List<TransferCommand.NewOwner> newOwners) {
	}

	/** The day something ended; today when absent. */
	record EndRequest(@Nullable LocalDate date) {
	}

	@PostMapping("/owners")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers an owner of a unit (an existing party or a new one)")
	OwnershipView registerOwner(@RequestBody OwnerRequest r) {
		return occupancy.registerOwner(ValidationException.required("communityId", r.communityId()),
				new OwnerCommand(r.unitId(), r.partyId(), r.party(), r.share(), r.since()));
	}

	@PostMapping("/tenants")
	@ResponseStatus(HttpStatus.CREATED)
	TenancyView moveIn(@RequestBody TenantRequest r) {
		return occupancy.moveIn(ValidationException.required("communityId", r.communityId()),
				new TenantCommand(r.unitId(), r.partyId(), r.party(), r.startsOn(), r.endsOn()));
	}

	@PostMapping("/tenants/{id}/move-out")
	TenancyView moveOut(@PathVariable long id, @RequestBody(required = false) @Nullable EndRequest r) {
		return occupancy.moveOut(id, r == null ? null : r.date());
	}

	@PostMapping("/household-members")
	@ResponseStatus(HttpStatus.CREATED)
	HouseholdMemberView addMember(@RequestBody MemberRequest r) {
		return households.addMember(ValidationException.required("communityId", r.communityId()),
				new HouseholdMemberCommand(r.unitId(), r.partyId(), r.party(), r.relation(), r.since()));
	}

	@PostMapping("/household-members/{id}/move-out")
	HouseholdMemberView moveOutMember(@PathVariable long id, @RequestBody(required = false) @Nullable EndRequest r) {
		return households.moveOutMember(id, r == null ? null : r.date());
	}

	@GetMapping("/vehicles")
	@Operation(summary = "Current vehicles of a community whose plate contains q")
	List<VehicleView> vehicles(@RequestParam long communityId, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer limit) {
		return households.vehicles(communityId, q, limit == null ? 50 : limit);
	}

	@GetMapping("/vehicles/{id}")
	VehicleView vehicle(@PathVariable long id) {
		return households.vehicle(id);
	}

	@PostMapping("/vehicles")
	@ResponseStatus(HttpStatus.CREATED)
	VehicleView registerVehicle(@RequestBody VehicleRequest r) {
		return households.registerVehicle(ValidationException.required("communityId", r.communityId()),
				new VehicleCommand(r.unitId(), r.partyId(), r.plate(), r.brand(), r.colour()));
	}

	@PostMapping("/vehicles/{id}/removal")
	VehicleView removeVehicle(@PathVariable long id, @RequestBody(required = false) @Nullable EndRequest r) {
		return households.removeVehicle(id, r == null ? null : r.date());
	}

	@PostMapping("/ownership-transfers")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records a change of ownership (产权转让): current owners are closed, the new ones opened")
	TransferView transfer(@RequestBody TransferRequest r) {
		return transfers.record(ValidationException.required("communityId", r.communityId()),
				new TransferCommand(r.unitId(), r.date(), r.reason(), r.contractNo(), r.note(), r.newOwners()));
	}

	@GetMapping("/ownership-transfers/{id}")
	TransferView transfer(@PathVariable long id) {
		return transfers.get(id);
	}

	@GetMapping("/ownership-transfers")
	List<TransferView> transfersOfUnit(@RequestParam long unitId) {
		return transfers.ofUnit(unitId);
	}

	@GetMapping("/units/{id}/occupants")
	@Operation(
			summary = "Current owners, tenants, household members and vehicles of a unit, with its ownership history")
	OccupantsView occupants(@PathVariable long id) {
		return occupancy.occupants(id);
	}

}
