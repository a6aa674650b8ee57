package com.guanjia.carpark.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.carpark.ObservationView;
import com.guanjia.carpark.ObserveSpace;
import com.guanjia.carpark.SpaceWalks;
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

/** The guard's walk as JSON (R1.2): what was seen parked, for the monthly space check. */
@RestController
@RequestMapping("/api/carpark/space-observations")
@Tag(name = "car park: space walk",
		description = "Plates seen parked on the spaces, compared by the monthly space check (R1.2)")
class SpaceWalkApiController {

	private final SpaceWalks walks;

	SpaceWalkApiController(SpaceWalks walks) {
		this.walks = walks;
	}

	record ObservationRequest(@Nullable Long communityId, @Nullable String spaceCode, @Nullable String plate,
			@Nullable String note) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A plate seen parked, on a space of the registry (spaceCode) or on none")
	ObservationView observe(@RequestBody ObservationRequest r) {
		return walks.observe(ValidationException.required("communityId", r.communityId()),
				new ObserveSpace(r.spaceCode(), r.plate(), r.note()));
	}

	record StrikeRequest(@Nullable String reason) {
	}

	@PostMapping("/{id}/strike")
	@Operation(summary = "Strike out a wrong reading with its reason: the guards on the day it was seen, "
			+ "the car park's manager any day; the next monthly space check leaves it out")
	ObservationView strike(@PathVariable long id, @RequestBody StrikeRequest r) {
		return walks.strike(id, r.reason());
	}

	@GetMapping
	@Operation(summary = "What was seen in a month (month=2026-12) or on a day (day=2026-12-07)")
	List<ObservationView> list(@RequestParam long communityId,
			@RequestParam(required = false) @Nullable YearMonth month,
			@RequestParam(required = false) @Nullable LocalDate day) {
		if (day != null) {
			return walks.day(communityId, day);
		}
		return walks.month(communityId, month == null ? YearMonth.from(walks.today(communityId)) : month);
	}

}
