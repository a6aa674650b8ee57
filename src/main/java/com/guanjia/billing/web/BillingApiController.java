package com.guanjia.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.guanjia.billing.BillingRuns;
import com.guanjia.billing.BillingSettings;
import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.ChargeStandard;
import com.guanjia.billing.ChargeStandardCommand;
import com.guanjia.billing.ChargeStandards;
import com.guanjia.billing.Ledger;
import com.guanjia.billing.LedgerViews;
import com.guanjia.billing.PaymentNotices;
import com.guanjia.billing.PriceTier;
import com.guanjia.billing.RunPreview;
import com.guanjia.billing.RunView;
import com.guanjia.shared.Money;
import com.guanjia.shared.Problems;
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

/** Charge standards, settings, billing runs, ledgers and notices as JSON (R6.1–R6.4). */
@RestController
@RequestMapping("/api")
@Tag(name = "billing", description = "Charge standards, billing runs, ledgers and payment notices (R6.1-R6.4)")
class BillingApiController {

	private final ChargeStandards standards;

	private final BillingRuns runs;

	private final Ledger ledger;

	private final PaymentNotices notices;

	BillingApiController(ChargeStandards standards, BillingRuns runs, Ledger ledger, PaymentNotices notices) {
		this.standards = standards;
		this.runs = runs;
		this.ledger = ledger;
		this.notices = notices;
	}

	record StandardRequest(long communityId, @Nullable ChargeItem item, @Nullable LocalDate effectiveFrom,
			@Nullable BigDecimal rate, @Nullable List<PriceTier> tiers, @Nullable String note) {
	}

	@GetMapping("/charge-standards")
	List<ChargeStandard> standards(@RequestParam long communityId) {
		return standards.list(communityId);
	}

	@PostMapping("/charge-standards")
	@ResponseStatus(HttpStatus.CREATED)
	ChargeStandard define(@RequestBody StandardRequest r) {
		return standards.define(r.communityId(),
				new ChargeStandardCommand(r.item(), r.effectiveFrom(), r.rate(), r.tiers(), r.note()));
	}

	@GetMapping("/billing-settings")
	BillingSettings settings(@RequestParam long communityId) {
		return standards.settings(communityId);
	}

	@PutMapping("/billing-settings")
	BillingSettings changeSettings(@RequestParam long communityId, @RequestBody BillingSettings settings) {
		return standards.changeSettings(communityId, settings);
	}

	record PreviewRequest(long communityId, YearMonth firstMonth, int months) {
	}

	@PostMapping("/billing-runs/previews")
	@ResponseStatus(HttpStatus.CREATED)
	RunPreview preview(@RequestBody PreviewRequest r) {
		return runs.preview(r.communityId(), r.firstMonth(), r.months());
	}

	/**
	 * Commits (or resumes) a previewed run; committing a committed run changes nothing.
	 */
	@PostMapping("/billing-runs/{id}/commit")
	RunView commit(@PathVariable long id) {
		return runs.commit(id);
	}

	@GetMapping("/billing-runs")
	List<RunView> runs(@RequestParam long communityId) {
		return runs.runs(communityId);
	}

	@GetMapping("/billing-runs/{id}")
	RunView run(@PathVariable long id) {
		return runs.get(id);
	}

	@GetMapping("/units/{id}/ledger")
	List<LedgerViews.Entry> ledger(@PathVariable long id) {
		return ledger.entries(id);
	}

	@GetMapping("/units/{id}/bills")
	List<LedgerViews.Line> bills(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open) {
		return ledger.lines(id, open);
	}

	@GetMapping("/units/{id}/balance")
	LedgerViews.Balance balance(@PathVariable long id) {
		return ledger.balance(id);
	}

	@GetMapping("/units/{id}/payment-notice")
	PaymentNotices.Notice notice(@PathVariable long id) {
		return notices.forUnit(id);
	}

	/** The schema name in the OpenAPI document (another class is named ChargeRequest). */
	@Schema(name = "UnitChargeRequest")
	record ChargeRequest(@Nullable ChargeItem item, @Nullable BigDecimal amount, @Nullable String reason) {
	}

	@PostMapping("/units/{id}/charges")
	@ResponseStatus(HttpStatus.CREATED)
	LedgerViews.Line charge(@PathVariable long id, @RequestBody ChargeRequest r) {
		Problems p = new Problems().required("item", r.item());
		Money amount = amount(p, r.amount());
		return ledger.charge(id, r.item(), amount, r.reason());
	}

	record DiscountRequest(@Nullable BigDecimal amount, @Nullable String reason) {
	}

	@PostMapping("/bill-lines/{id}/discounts")
	LedgerViews.Line discount(@PathVariable long id, @RequestBody DiscountRequest r) {
		return ledger.discount(id, amount(new Problems(), r.amount()), r.reason());
	}

	/**
	 * The amount as money, or 400 naming it (and what else {@code p} holds) when it is
	 * missing, has more than 2 decimals or is out of range (issue 9 item 16).
	 */
	private static Money amount(Problems p, @Nullable BigDecimal amount) {
		p.required("amount", amount);
		if (amount != null) {
			p.check(amount.stripTrailingZeros().scale() <= 2, "amount", "validation.money.scale");
			p.check(Money.inRange(amount), "amount", "validation.money.range");
		}
		p.throwIfAny();
		return Money.of(amount);
	}

	/** The schema name in the OpenAPI document (another class is named ReasonRequest). */
	@Schema(name = "BillingReasonRequest")
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/ledger-entries/{id}/reversal-requests")
	@ResponseStatus(HttpStatus.CREATED)
	LedgerViews.ReversalRequest requestReversal(@PathVariable long id, @RequestBody ReasonRequest r) {
		return ledger.requestReversal(id, r.reason());
	}

	@GetMapping("/reversal-requests")
	@Operation(summary = "The community's reversal requests waiting for a second person's approval (R6.4)")
	List<LedgerViews.ReversalRequest> pendingReversals(@RequestParam long communityId) {
		return ledger.pendingReversals(communityId);
	}

	@PostMapping("/reversal-requests/{id}/approval")
	LedgerViews.ReversalRequest approveReversal(@PathVariable long id) {
		return ledger.approveReversal(id);
	}

}
