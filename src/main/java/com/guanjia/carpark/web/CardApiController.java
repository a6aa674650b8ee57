package com.guanjia.carpark.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.guanjia.carpark.CardKind;
import com.guanjia.carpark.CardView;
import com.guanjia.carpark.HistoryLine;
import com.guanjia.carpark.IssueCard;
import com.guanjia.carpark.ParkingCards;
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

/** Parking cards as JSON (R12.2, R8.6). */
@RestController
@RequestMapping("/api/carpark/cards")
@Tag(name = "car park: cards", description = "Monthly and fixed-space cards: issue, renew, cancel (R12.2, R8.6)")
class CardApiController {

	private final ParkingCards cards;

	CardApiController(ParkingCards cards) {
		this.cards = cards;
	}

	@Schema(name = "CarparkIssueRequest") // another class is named IssueRequest
	record IssueRequest(@Nullable Long communityId, @Nullable CardKind kind, @Nullable String plate,
			@Nullable String holderName, @Nullable Long unitId, @Nullable Long spaceId, @Nullable LocalDate validFrom,
			@Nullable Integer cardMonths, @Nullable PaymentMethod method, @Nullable BigDecimal tendered) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a card; a monthly card is paid at once with a receipt")
	ParkingCards.Issued issue(@RequestBody IssueRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return cards.issue(ValidationException.required("communityId", r.communityId()),
				new IssueCard(r.kind(), r.plate(), r.holderName(), r.unitId(), r.spaceId(), r.validFrom(),
						r.cardMonths(), r.method(), r.tendered(), key));
	}

	@GetMapping
	List<CardView> list(@RequestParam long communityId, @RequestParam(required = false) @Nullable String plate) {
		return cards.list(communityId, plate);
	}

	@GetMapping("/{id}")
	CardView get(@PathVariable long id) {
		return cards.get(id);
	}

	@GetMapping("/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return cards.history(id);
	}

	@Schema(name = "CarparkRenewRequest") // another class is named RenewRequest
	record RenewRequest(@Nullable Integer cardMonths, @Nullable PaymentMethod method, @Nullable BigDecimal tendered) {
	}

	@PostMapping("/{id}/renew")
	@Operation(summary = "Extend by months; a monthly card pays for them. The Idempotency-Key renews once")
	ParkingCards.Issued renew(@PathVariable long id, @RequestBody RenewRequest r,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String key) {
		return cards.renew(id, new ParkingCards.Renewal(r.cardMonths(), r.method(), r.tendered(), key));
	}

	record CancelRequest(@Nullable String reason) {
	}

	@PostMapping("/{id}/cancel")
	CardView cancel(@PathVariable long id, @RequestBody CancelRequest r) {
		return cards.cancel(id, r.reason());
	}

}
