package com.guanjia.keys.web;

import java.time.LocalDate;
import java.util.List;

import com.guanjia.keys.HistoryLine;
import com.guanjia.keys.KeyCommands.IssueItem;
import com.guanjia.keys.KeyCommands.LendKey;
import com.guanjia.keys.KeyCommands.RegisterItem;
import com.guanjia.keys.KeyItemView;
import com.guanjia.keys.KeyKind;
import com.guanjia.keys.KeyLoanView;
import com.guanjia.keys.KeyLoans;
import com.guanjia.keys.KeyRegister;
import com.guanjia.keys.KeyStatus;
import com.guanjia.keys.StockTakeView;
import com.guanjia.keys.StockTakes;
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

/** The key register, its loans and the monthly stock-take as JSON (R10.1). */
@RestController
@Tag(name = "keys", description = "Key register: keys and cards, loans with the identity check, stock-takes (R10.1)")
class KeyApiController {

	private final KeyRegister register;

	private final KeyLoans loans;

	private final StockTakes stockTakes;

	KeyApiController(KeyRegister register, KeyLoans loans, StockTakes stockTakes) {
		this.register = register;
		this.loans = loans;
		this.stockTakes = stockTakes;
	}

	record RegisterRequest(@Nullable Long communityId, @Nullable Long unitId, @Nullable KeyKind kind,
			@Nullable String code, @Nullable String place) {
	}

	@GetMapping("/api/keys")
	@Operation(summary = "The community's register, filtered by kind, status and a unit label or number fragment")
	List<KeyItemView> list(@RequestParam long communityId, @RequestParam(required = false) @Nullable KeyKind kind,
			@RequestParam(required = false) @Nullable KeyStatus status,
			@RequestParam(required = false) @Nullable String q) {
		return register.list(communityId, kind, status, q);
	}

	@PostMapping("/api/keys")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers a numbered key, card or intercom handset in its storage place")
	KeyItemView register(@RequestBody RegisterRequest r) {
		return register.register(ValidationException.required("communityId", r.communityId()),
				new RegisterItem(r.unitId(), r.kind(), r.code(), r.place()));
	}

	@GetMapping("/api/keys/{id}")
	KeyItemView get(@PathVariable long id) {
		return register.get(id);
	}

	@GetMapping("/api/keys/{id}/history")
	List<HistoryLine> history(@PathVariable long id) {
		return register.history(id);
	}

	record IssueRequest(@Nullable Long holderPartyId, @Nullable String holderName, @Nullable String plate,
			@Nullable LocalDate validUntil) {
	}

	@PostMapping("/api/keys/{id}/issue")
	@Operation(
			summary = "Issues the item to a resident of the unit or a named holder (a car card with plate and validity)")
	KeyItemView issue(@PathVariable long id, @RequestBody IssueRequest r) {
		return register.issue(id, new IssueItem(r.holderPartyId(), r.holderName(), r.plate(), r.validUntil()));
	}

	record LendRequest(@Nullable String idCardNumber, @Nullable String purpose) {
	}

	@PostMapping("/api/keys/{id}/loans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Lends a unit's key to the person whose ID card is presented: an owner or an owner's proxy; "
			+ "anyone else is refused (422)")
	KeyLoanView lend(@PathVariable long id, @RequestBody LendRequest r) {
		return loans.lend(id, new LendKey(r.idCardNumber(), r.purpose()));
	}

	record PlaceRequest(@Nullable String place) {
	}

	@PostMapping("/api/keys/{id}/hand-back")
	@Operation(summary = "An issued item is given back into the management's keeping")
	KeyItemView handBack(@PathVariable long id, @RequestBody PlaceRequest r) {
		return register.handBack(id, r.place());
	}

	@PostMapping("/api/keys/{id}/move")
	KeyItemView move(@PathVariable long id, @RequestBody PlaceRequest r) {
		return register.move(id, r.place());
	}

	record RenewRequest(@Nullable LocalDate validUntil) {
	}

	@PostMapping("/api/keys/{id}/renew")
	@Operation(summary = "Extends a card's validity (车卡续期)")
	KeyItemView renew(@PathVariable long id, @RequestBody RenewRequest r) {
		return register.renew(id, r.validUntil());
	}

	/** The schema name in the OpenAPI document (another class is named NoteRequest). */
	@Schema(name = "KeyNoteRequest")
	record NoteRequest(@Nullable String note) {
	}

	@PostMapping("/api/keys/{id}/find")
	@Operation(summary = "A missing item turned up")
	KeyItemView find(@PathVariable long id, @RequestBody NoteRequest r) {
		return register.find(id, r.note());
	}

	/** The schema name in the OpenAPI document (another class is named ReasonRequest). */
	@Schema(name = "KeyReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/api/keys/{id}/write-off")
	@Operation(summary = "A missing item is given up as lost")
	KeyItemView writeOff(@PathVariable long id, @RequestBody ReasonRequest r) {
		return register.writeOff(id, r.reason());
	}

	@GetMapping("/api/key-loans")
	@Operation(summary = "The keys still out, the oldest first: the end-of-day follow-up list")
	List<KeyLoanView> outstanding(@RequestParam long communityId) {
		return loans.outstanding(communityId);
	}

	@GetMapping("/api/key-loans/{id}")
	KeyLoanView loan(@PathVariable long id) {
		return loans.get(id);
	}

	@PostMapping("/api/key-loans/{id}/return")
	KeyLoanView giveBack(@PathVariable long id) {
		return loans.giveBack(id);
	}

	record StartRequest(@Nullable Long communityId) {
	}

	@GetMapping("/api/stock-takes")
	List<StockTakeView> stockTakes(@RequestParam long communityId) {
		return stockTakes.list(communityId);
	}

	@PostMapping("/api/stock-takes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Starts this month's stock-take (once a month)")
	StockTakeView start(@RequestBody StartRequest r) {
		return stockTakes.start(ValidationException.required("communityId", r.communityId()));
	}

	@GetMapping("/api/stock-takes/{id}")
	StockTakeView stockTake(@PathVariable long id) {
		return stockTakes.get(id);
	}

	record CountRequest(@Nullable Long itemId, @Nullable Boolean found, @Nullable String note) {
	}

	@PostMapping("/api/stock-takes/{id}/count")
	@Operation(summary = "Counts one item found or not found in its place")
	StockTakeView count(@PathVariable long id, @RequestBody CountRequest r) {
		return stockTakes.count(id, ValidationException.required("itemId", r.itemId()),
				ValidationException.required("found", r.found()), r.note());
	}

	@PostMapping("/api/stock-takes/{id}/close")
	@Operation(summary = "Closes the count when every item is counted; the missing ones are flagged")
	StockTakeView close(@PathVariable long id) {
		return stockTakes.close(id);
	}

}
