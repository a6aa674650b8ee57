package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.util.List;

import com.guanjia.carpark.EnterVehicle;
import com.guanjia.carpark.ExitQuote;
import com.guanjia.carpark.ExitResult;
import com.guanjia.carpark.ExitVehicle;
import com.guanjia.carpark.FreeReason;
import com.guanjia.carpark.Gate;
import com.guanjia.carpark.HeldVehicles;
import com.guanjia.carpark.HeldView;
import com.guanjia.carpark.HistoryLine;
import com.guanjia.carpark.HoldReason;
import com.guanjia.carpark.StayView;
import com.guanjia.cashier.PaymentMethod;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The gate as JSON (R12.1–R12.3, R12.5): entries, exits, holds and incidents. */
@RestController
@RequestMapping("/api/carpark")
@Tag(name = "car park: gate",
		description = "Entries and exits by plate, the duration fee with its receipt, free exits, holds (R12.1–R12.5)")
class GateApiController {

	private final Gate gate;

	private final HeldVehicles held;

	GateApiController(Gate gate, HeldVehicles held) {
		this.gate = gate;
		this.held = held;
	}

	@Schema(name = "CarparkEntryRequest") // another class is named EntryRequest
	record EntryRequest(@Nullable Long communityId, @Nullable String plate, @Nullable Boolean goodsChecked,
			@Nullable String damageNote, @Nullable Boolean damageTold, @Nullable String passNumber) {
	}

	@PostMapping("/stays")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A vehicle enters; 409 when its plate is already inside")
	StayView enter(@RequestBody EntryRequest r) {
		return gate.enter(ValidationException.required("communityId", r.communityId()),
				new EnterVehicle(r.plate(), Boolean.TRUE.equals(r.goodsChecked()), r.damageNote(),
						Boolean.TRUE.equals(r.damageTold()), r.passNumber(), null));
	}

	@GetMapping("/stays")
	@Operation(summary = "The vehicles inside now and those held")
	List<StayView> inside(@RequestParam long communityId) {
		return gate.inside(communityId);
	}

	@GetMapping("/stays/{id}")
	StayView get(@PathVariable long id) {
		return gate.get(id);
	}

	@GetMapping("/stays/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return gate.history(id);
	}

	@GetMapping("/stays/{id}/quote")
	@Operation(summary = "What the exit would do now: the cards, the fee by the tariff, whether to hold")
	ExitQuote quote(@PathVariable long id, @RequestParam(required = false) @Nullable String cardNumber) {
		return gate.quote(id, cardNumber);
	}

	record ExitRequest(@Nullable String cardNumber, @Nullable Boolean driverChecked, @Nullable Boolean passReturned,
			@Nullable FreeReason free, @Nullable String freeNote, @Nullable String approvedBy,
			@Nullable PaymentMethod method, @Nullable BigDecimal tendered, @Nullable String requestKey) {

		ExitVehicle toCommand(@Nullable String key) {
			return new ExitVehicle(cardNumber, Boolean.TRUE.equals(driverChecked), Boolean.TRUE.equals(passReturned),
					free, freeNote, approvedBy, method, tendered, key != null ? key : requestKey, null);
		}

	}

	@PostMapping("/stays/{id}/exit")
	@Operation(summary = "The vehicle leaves: paying with a receipt, free with its reason, or held (a card of "
			+ "another plate); send the same Idempotency-Key on a retry and the first exit comes back")
	ExitResult exit(@PathVariable long id, @RequestBody ExitRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return gate.exit(id, r.toCommand(key));
	}

	record PlateExitRequest(@Nullable Long communityId, @Nullable String plate, @Nullable String cardNumber,
			@Nullable Boolean driverChecked, @Nullable Boolean passReturned, @Nullable FreeReason free,
			@Nullable String freeNote, @Nullable String approvedBy, @Nullable PaymentMethod method,
			@Nullable BigDecimal tendered, @Nullable String requestKey) {
	}

	@PostMapping("/exits")
	@Operation(summary = "The plate's vehicle leaves (as POST /stays/{id}/exit, found by plate)")
	ExitResult exitByPlate(@RequestBody PlateExitRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return gate.exitByPlate(ValidationException.required("communityId", r.communityId()), r.plate(),
				new ExitRequest(r.cardNumber(), r.driverChecked(), r.passReturned(), r.free(), r.freeNote(),
						r.approvedBy(), r.method(), r.tendered(), r.requestKey())
					.toCommand(key));
	}

	@Schema(name = "CarparkHoldRequest") // another class is named HoldRequest
	record HoldRequest(@Nullable HoldReason reason, @Nullable String note) {
	}

	@PostMapping("/stays/{id}/hold")
	@Operation(summary = "Hold the vehicle for the shift lead (R12.3)")
	HeldView hold(@PathVariable long id, @RequestBody HoldRequest r) {
		return held.hold(id, r.reason(), r.note());
	}

	@Schema(name = "CarparkNoteRequest") // another class is named NoteRequest
	record NoteRequest(@Nullable String note) {
	}

	@PostMapping("/stays/{id}/cancel")
	@Operation(summary = "Strike out an entry made by mistake, with the reason")
	StayView cancel(@PathVariable long id, @RequestBody NoteRequest r) {
		return gate.cancel(id, r.note());
	}

	@PostMapping("/stays/{id}/force-out")
	@Operation(summary = "The vehicle forced its way out (R12.5): an incident")
	StayView forceOut(@PathVariable long id, @RequestBody NoteRequest r) {
		return gate.forceOut(id, r.note());
	}

	@PostMapping("/stays/{id}/abandon")
	@Operation(summary = "The vehicle was abandoned (R12.5): the shift lead records the incident")
	StayView abandon(@PathVariable long id, @RequestBody NoteRequest r) {
		return gate.abandon(id, r.note());
	}

}
