package com.guanjia.movein.web;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.movein.Custodies;
import com.guanjia.movein.Custodies.SignCustody;
import com.guanjia.movein.CustodyView;
import com.guanjia.movein.HeavyRain;
import com.guanjia.movein.MoveInHistoryLine;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Custody agreements as JSON (R8.4): signed for a vacant unit (or during its move-in
 * case), the excesses meters flagged, the outside checks, the heavy-rain order.
 */
@RestController
@Tag(name = "custody", description = "Custody of vacant units: the agreement, meter excesses, weekly and "
		+ "heavy-rain outside checks through the inspection engine (R8.4)")
class CustodyApiController {

	private final Custodies custodies;

	CustodyApiController(Custodies custodies) {
		this.custodies = custodies;
	}

	@GetMapping("/api/custody")
	@Operation(summary = "The community's custody agreements, those in force first")
	List<CustodyView> list(@RequestParam long communityId) {
		return custodies.list(communityId);
	}

	@Schema(name = "CustodySignRequest")
	record SignRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable LocalDate validFrom,
			@Nullable LocalDate validUntil, @Nullable String keysHeld) {
	}

	@PostMapping("/api/custody")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Signs a custody agreement for a vacant unit (custodial now) or during its move-in case "
			+ "(custodial when the case completes); one in force per unit, 409 for a second")
	CustodyView sign(@RequestBody SignRequest r) {
		return custodies.sign(ValidationException.required("communityId", r.communityId()),
				new SignCustody(r.unitId(), r.validFrom(), r.validUntil(), r.keysHeld()));
	}

	@GetMapping("/api/custody/{id}")
	@Operation(summary = "An agreement with its excesses, its outside checks and the steps allowed now")
	CustodyView get(@PathVariable long id) {
		return custodies.get(id);
	}

	@GetMapping("/api/custody/{id}/history")
	List<MoveInHistoryLine> history(@PathVariable long id) {
		return custodies.history(id);
	}

	@Schema(name = "CustodyEndRequest")
	record EndRequest(@Nullable String reason, @Nullable Boolean movingIn) {
	}

	@PostMapping("/api/custody/{id}/end")
	@Operation(summary = "The owner takes the unit back: occupied (movingIn) or vacant from now on")
	CustodyView end(@PathVariable long id, @RequestBody EndRequest r) {
		return custodies.end(id, r.reason(), Boolean.TRUE.equals(r.movingIn()));
	}

	@Schema(name = "CustodyClearRequest")
	record ClearRequest(@Nullable String note) {
	}

	@PostMapping("/api/custody/{id}/excesses/{excessId}/clear")
	@Operation(summary = "Clears a flagged meter excess with the explanation")
	CustodyView clear(@PathVariable long id, @PathVariable long excessId, @RequestBody ClearRequest r) {
		return custodies.clearExcess(id, excessId, r.note());
	}

	@Schema(name = "HeavyRainRequest")
	record RainRequest(@Nullable Long communityId, @Nullable HeavyRain when) {
	}

	@Schema(name = "HeavyRainOrdered")
	record RainOrdered(int checks) {
	}

	@PostMapping("/api/custody/heavy-rain")
	@Operation(summary = "Orders the before- or after-heavy-rain outside check of every unit in custody in the "
			+ "community (422 when none is)")
	RainOrdered heavyRain(@RequestBody RainRequest r) {
		return new RainOrdered(
				custodies.orderHeavyRainChecks(ValidationException.required("communityId", r.communityId()), r.when()));
	}

}
