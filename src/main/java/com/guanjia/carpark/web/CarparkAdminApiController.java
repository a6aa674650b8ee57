package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.carpark.CameraDirection;
import com.guanjia.carpark.CameraView;
import com.guanjia.carpark.Cameras;
import com.guanjia.carpark.CarparkReport;
import com.guanjia.carpark.CarparkReports;
import com.guanjia.carpark.CarparkSettings;
import com.guanjia.carpark.FindingView;
import com.guanjia.carpark.SpaceChecks;
import com.guanjia.carpark.Tariff;
import com.guanjia.carpark.TariffCommand;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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

/** The car park's tariff, cameras, monthly space check and reports as JSON. */
@RestController
@RequestMapping("/api/carpark")
@Tag(name = "car park: settings and reports",
		description = "The tariff as data, the cameras, the monthly space check (R1.2), the reports")
class CarparkAdminApiController {

	private final CarparkSettings settings;

	private final Cameras cameras;

	private final SpaceChecks checks;

	private final CarparkReports reports;

	CarparkAdminApiController(CarparkSettings settings, Cameras cameras, SpaceChecks checks, CarparkReports reports) {
		this.settings = settings;
		this.cameras = cameras;
		this.checks = checks;
		this.reports = reports;
	}

	@GetMapping("/tariff")
	@Operation(summary = "The tariff in force now (the company's numbers and the approval document)")
	Tariff tariff(@RequestParam long communityId) {
		return settings.tariff(communityId).orElseThrow(() -> new NotFoundException("tariff", communityId));
	}

	record TariffRequest(@Nullable Long communityId, @Nullable Integer freeMinutes,
			@Nullable Integer firstPeriodMinutes, @Nullable BigDecimal firstPeriodFee, @Nullable Integer periodMinutes,
			@Nullable BigDecimal periodFee, @Nullable BigDecimal dailyCap, @Nullable LocalTime nightStart,
			@Nullable LocalTime nightEnd, @Nullable BigDecimal nightPeriodFee, @Nullable BigDecimal monthlyCardFee,
			@Nullable String approvalReference) {
	}

	@PutMapping("/tariff")
	@Operation(summary = "A new tariff in force from now on (older ones stay for the stays they charged)")
	Tariff define(@RequestBody TariffRequest r) {
		return settings.define(ValidationException.required("communityId", r.communityId()),
				new TariffCommand(r.freeMinutes(), r.firstPeriodMinutes(), r.firstPeriodFee(), r.periodMinutes(),
						r.periodFee(), r.dailyCap(), r.nightStart(), r.nightEnd(), r.nightPeriodFee(),
						r.monthlyCardFee(), r.approvalReference()));
	}

	@GetMapping("/cameras")
	List<CameraView> cameras(@RequestParam long communityId) {
		return cameras.list(communityId);
	}

	record CameraRequest(@Nullable Long communityId, @Nullable String code, @Nullable String name,
			@Nullable CameraDirection direction, @Nullable BigDecimal minConfidence) {
	}

	@PostMapping("/cameras")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a camera; its token is in the answer, this once")
	Cameras.CameraToken register(@RequestBody CameraRequest r) {
		return cameras.register(ValidationException.required("communityId", r.communityId()),
				new Cameras.NewCamera(r.code(), r.name(), r.direction(), r.minConfidence()));
	}

	@PostMapping("/cameras/{id}/token")
	@Operation(summary = "A new token for the camera; the old one stops working")
	Cameras.CameraToken token(@PathVariable long id) {
		return cameras.newToken(id);
	}

	@GetMapping("/space-check")
	List<FindingView> findings(@RequestParam long communityId, @RequestParam YearMonth month) {
		return checks.month(communityId, month);
	}

	record RunRequest(@Nullable Long communityId, @Nullable YearMonth month) {
	}

	@PostMapping("/space-check")
	@Operation(summary = "Run the monthly space check: spaces, cards and rents compared (R1.2)")
	List<FindingView> run(@RequestBody RunRequest r) {
		return checks.run(ValidationException.required("communityId", r.communityId()),
				ValidationException.required("month", r.month()));
	}

	@Schema(name = "CarparkResolveRequest") // another class is named ResolveRequest
	record ResolveRequest(@Nullable String resolution) {
	}

	@PostMapping("/space-check/findings/{id}/resolve")
	FindingView resolve(@PathVariable long id, @RequestBody ResolveRequest r) {
		return checks.resolve(id, r.resolution() == null ? "" : r.resolution());
	}

	@GetMapping("/reports")
	@Operation(summary = "Entries and exits by hour, occupancy, fees by day and method, held vehicles")
	CarparkReport report(@RequestParam long communityId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
		return reports.report(communityId, from, to);
	}

}
