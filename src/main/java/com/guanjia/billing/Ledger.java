package com.guanjia.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.guanjia.billing.BillingEvents.LedgerChanged;
import com.guanjia.billing.BillingEvents.UnitSettled;
import com.guanjia.billing.LedgerViews.Balance;
import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.billing.LedgerViews.Line;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's ledger (收费台帐, R6.4): append-only entries from which every balance derives.
 * Lines are paid (by the cashier), discounted or reversed; nothing is edited or deleted.
 */
@Service
@Transactional
@NamedInterface("api")
public class Ledger {

	private final LedgerRepository repository;

	private final Reversals reversals;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ChargeStandards settings;

	Ledger(LedgerRepository repository, Reversals reversals, UnitManagement units, CommunityDirectory communities,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ChargeStandards settings) {
		this.settings = settings;
		this.repository = repository;
		this.reversals = reversals;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Entry> entries(long unitId) {
		UnitView unit = visibleUnit(unitId);
		return repository.entries(unit.communityId(), unitId);
	}

	/**
	 * The entries a payment (or another reference) made, e.g. for the items of its
	 * receipt.
	 */
	@Transactional(readOnly = true)
	public List<Entry> entriesOf(long communityId, String refType, long refId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return repository.entriesByRef(communityId, refType, refId);
	}

	@Transactional(readOnly = true)
	public List<Line> lines(long unitId, boolean openOnly) {
		UnitView unit = visibleUnit(unitId);
		return repository.lines(unit.communityId(), unitId, openOnly);
	}

	@Transactional(readOnly = true)
	public Balance balance(long unitId) {
		UnitView unit = visibleUnit(unitId);
		return balanceOf(unit.communityId(), unitId);
	}

	/**
	 * What the unit owes now (the sum of its open lines), for another module's check,
	 * e.g. the fees step of a move-in (R8.2: an open bill is paid or consciously
	 * deferred). No caller check: the calling module has checked its caller and the unit.
	 */
	@Transactional(readOnly = true)
	public Money owed(UnitId unit) {
		return balanceOf(unit.communityId(), unit.value()).owed();
	}

	/**
	 * Pays the selected lines of a unit in full (for the cashier, inside its payment's
	 * transaction). The lines are locked first, so when two cashiers pay the same line at
	 * once the second waits, then finds it paid and is refused with the line named.
	 */
	public List<Line> settle(UnitId unit, Collection<Long> lineIds, String refType, long refId) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(unit.communityId());
		long c = unit.communityId();
		LinkedHashSet<Long> wanted = new LinkedHashSet<>(lineIds);
		if (wanted.isEmpty()) {
			throw ValidationException.of("lineIds", "payment.noLines");
		}
		List<Long> locked = repository.lock(c, unit.value(), wanted);
		if (locked.size() != wanted.size()) {
			throw ValidationException.of("lineIds", "payment.unknownLine");
		}
		List<Line> lines = repository.linesById(c, wanted);
		for (Line line : lines) {
			if (!line.isOpen()) {
				throw new ConflictException("payment.alreadyPaid", line.item().name(), YearMonth.from(line.period()));
			}
		}
		for (Line line : lines) {
			repository.insert(c,
					EntryDraft.of(unit.value(), EntryKind.PAYMENT, line.outstanding().negate())
						.onLine(line.id())
						.ref(refType, refId),
					scope.actor());
		}
		announceIfSettled(c, unit.value());
		return lines;
	}

	/** Money paid ahead (预交): held as credit and applied to later bills automatically. */
	public void prepay(UnitId unit, Money amount, String refType, long refId) {
		scope.require(Permission.CASHIER_TAKE);
		scope.require(unit.communityId());
		if (!amount.isPositive()) {
			throw ValidationException.of("prepayment", "payment.amountPositive");
		}
		repository.insert(unit.communityId(),
				EntryDraft.of(unit.value(), EntryKind.PREPAYMENT, amount.negate()).ref(refType, refId), scope.actor());
		applyCredit(unit.communityId(), List.of(unit.value()), scope.actor());
	}

	/**
	 * Reverses every entry a payment (or deposit) made, e.g. when its receipt is voided;
	 * the lines are open again.
	 */
	public int reverseByRef(long communityId, String refType, long refId, String reason) {
		scope.require(Permission.CASHIER_APPROVE);
		scope.require(communityId);
		int n = 0;
		Long unitId = null;
		for (Entry e : repository.entriesByRef(communityId, refType, refId)) {
			if (e.kind() != EntryKind.REVERSAL && !repository.isReversed(communityId, e.id())) {
				repository.insert(communityId, EntryDraft.reversing(e).ref(refType, refId).because(reason),
						scope.actor());
				unitId = e.unitId();
				n++;
			}
		}
		if (unitId != null) {
			events.publishEvent(new LedgerChanged(communityId, unitId));
		}
		return n;
	}

	/** A one-off charge (renovation garbage, paid repair, late fee) added by hand. */
	public Line charge(long unitId, ChargeItem item, Money amount, String reason) {
		scope.require(Permission.FEE_ADMIN);
		UnitView unit = visibleUnit(unitId);
		Problems p = new Problems();
		p.check(item.basis() == ChargeItem.Basis.ONE_OFF, "item", "billing.notOneOff");
		p.check(amount.isPositive(), "amount", "payment.amountPositive");
		p.text("reason", reason, 200);
		p.throwIfAny();
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(unit.communityId())));
		long lineId = repository.insertManualLine(unit, item, amount, reason.strip(), today);
		repository.insert(unit.communityId(),
				EntryDraft.of(unitId, EntryKind.CHARGE, amount).onLine(lineId).ref("MANUAL", lineId).because(reason),
				scope.actor());
		audit.record(unit.communityId(), "bill-line", lineId, "charge", item + " " + amount + " " + reason);
		applyCredit(unit.communityId(), List.of(unitId), scope.actor());
		return repository.line(List.of(unit.communityId()), lineId).orElseThrow();
	}

	/**
	 * Whether a line is still owed (for another module's page, e.g. the renovation's
	 * garbage fee); empty when the line is not the community's. No caller check.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Line> line(long communityId, long lineId) {
		return repository.line(List.of(communityId), lineId);
	}

	/**
	 * A one-off charge another module's procedure raises on a unit, once per reference:
	 * the renovation's garbage-removal fee at its permit (R9.3). A second call with the
	 * same reference answers the line charged the first time. No caller check: the
	 * calling module has checked its caller and the unit.
	 */
	public Line chargeFor(UnitId unit, ChargeItem item, Money amount, String reason, String refType, long refId) {
		Problems p = new Problems();
		p.check(item.basis() == ChargeItem.Basis.ONE_OFF, "item", "billing.notOneOff");
		p.check(amount.isPositive(), "amount", "payment.amountPositive");
		p.text("reason", reason, 200);
		p.throwIfAny();
		long c = unit.communityId();
		for (Entry e : repository.entriesByRef(c, refType, refId)) {
			if (e.kind() == EntryKind.CHARGE && e.billLineId() != null) {
				return repository.line(List.of(c), e.billLineId()).orElseThrow();
			}
		}
		UnitView view = units.find(unit).orElseThrow(() -> new NotFoundException("unit", unit.value()));
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(c)));
		long lineId = repository.insertManualLine(view, item, amount, reason.strip(), today);
		repository.insert(c,
				EntryDraft.of(unit.value(), EntryKind.CHARGE, amount)
					.onLine(lineId)
					.ref(refType, refId)
					.because(reason.strip()),
				scope.actor());
		audit.record(c, "bill-line", lineId, "charge",
				item + " " + amount + " " + reason + " " + refType + "#" + refId);
		applyCredit(c, List.of(unit.value()), scope.actor());
		return repository.line(List.of(c), lineId).orElseThrow();
	}

	/**
	 * A signed repair's charges become the unit's bill line (item PAID_REPAIR, R3.4,
	 * R6.2), payable at the cashier like any other: once per work order, however often
	 * the closing is delivered (the line names its order; a second insert finds it). No
	 * caller check: the work-orders module calls this from its persisted event listener
	 * with the community explicit. Answers the new line, or empty when the order was
	 * billed before or charges nothing.
	 */
	public java.util.Optional<Line> billPaidRepair(PaidRepairCharge charge) {
		if (charge.amount().signum() <= 0) {
			return java.util.Optional.empty();
		}
		long c = charge.communityId();
		UnitView unit = units.find(UnitId.of(c, charge.unitId())).orElse(null);
		if (unit == null) {
			return java.util.Optional.empty();
		}
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(c)));
		Money amount = Money.of(charge.amount());
		String detail = charge.detail().length() > 200 ? charge.detail().substring(0, 200) : charge.detail();
		java.util.Optional<Long> lineId = repository.insertRepairLine(unit, charge.workOrderId(), amount, detail, today,
				today.plusDays(settings.loadSettings(c).dueDays()));
		if (lineId.isEmpty()) {
			return java.util.Optional.empty();
		}
		repository.insert(c,
				EntryDraft.of(unit.id(), EntryKind.CHARGE, amount)
					.onLine(lineId.get())
					.ref("REPAIR", charge.workOrderId())
					.because(charge.number()),
				"system");
		audit.record(c, "bill-line", lineId.get(), "charge",
				ChargeItem.PAID_REPAIR + " " + amount + " " + charge.number());
		applyCredit(c, List.of(unit.id()), "system");
		return repository.line(List.of(c), lineId.get());
	}

	/** A discount on an open line, at most what is still owed, with a reason. */
	public Line discount(long lineId, Money amount, String reason) {
		scope.require(Permission.FEE_ADMIN);
		Line line = visibleLine(lineId);
		Problems p = new Problems();
		p.check(amount.isPositive(), "amount", "payment.amountPositive");
		p.check(amount.compareTo(line.outstanding()) <= 0, "amount", "billing.discountTooLarge", line.outstanding());
		p.text("reason", reason, 200);
		p.throwIfAny();
		repository.lock(line.communityId(), line.unitId(), List.of(lineId));
		long id = repository.insert(line.communityId(),
				EntryDraft.of(line.unitId(), EntryKind.DISCOUNT, amount.negate())
					.onLine(lineId)
					.because(reason.strip()),
				scope.actor());
		audit.record(line.communityId(), "ledger-entry", id, "discount", amount + " " + reason);
		announceIfSettled(line.communityId(), line.unitId());
		return repository.line(List.of(line.communityId()), lineId).orElseThrow();
	}

	/**
	 * Reverses a charge or discount with a reason (R6.4). Up to the community's threshold
	 * it is reversed at once; above it a second person must approve
	 * ({@link #approveReversal}).
	 */
	public LedgerViews.ReversalRequest requestReversal(long entryId, String reason) {
		scope.require(Permission.FEE_ADMIN);
		Entry entry = repository.entry(scope.allowedIds(), entryId)
			.orElseThrow(() -> new NotFoundException("ledger-entry", entryId));
		long c = repository.communityOfEntry(scope.allowedIds(), entryId).orElseThrow();
		return reversals.request(c, entry, reason);
	}

	public LedgerViews.ReversalRequest approveReversal(long requestId) {
		scope.require(Permission.CASHIER_APPROVE);
		return reversals.approve(requestId);
	}

	@Transactional(readOnly = true)
	public List<LedgerViews.ReversalRequest> pendingReversals(long communityId) {
		scope.require(Permission.FEE_READ);
		scope.require(communityId);
		return reversals.pending(communityId);
	}

	/**
	 * Applies the units' credit to their oldest open lines (after a billing run chunk or
	 * a new charge).
	 */
	void applyCredit(long communityId, Collection<Long> unitIds, String actor) {
		Map<Long, Money> credits = repository.credits(communityId, unitIds);
		credits.forEach((unitId, credit) -> {
			Money left = credit;
			List<Line> open = repository.lines(communityId, unitId, true);
			if (open.isEmpty()) {
				return;
			}
			repository.lock(communityId, unitId, open.stream().map(Line::id).toList());
			for (Line line : repository.lines(communityId, unitId, true)) {
				if (!left.isPositive()) {
					break;
				}
				Money part = left.min(line.outstanding());
				repository.insert(communityId,
						EntryDraft.of(unitId, EntryKind.CREDIT_APPLIED, part).ref("CREDIT", line.id()), actor);
				repository.insert(communityId,
						EntryDraft.of(unitId, EntryKind.CREDIT_APPLIED, part.negate())
							.onLine(line.id())
							.ref("CREDIT", line.id()),
						actor);
				left = left.minus(part);
			}
			announceIfSettled(communityId, unitId);
		});
	}

	Balance balanceOf(long communityId, long unitId) {
		Money balance = repository.sum(communityId, unitId, false);
		Money credit = repository.sum(communityId, unitId, true).negate().max(Money.ZERO);
		return new Balance(balance.plus(credit), credit, balance);
	}

	private void announceIfSettled(long communityId, long unitId) {
		events.publishEvent(new LedgerChanged(communityId, unitId));
		if (repository.lines(communityId, unitId, true).isEmpty()) {
			events.publishEvent(new UnitSettled(communityId, unitId));
		}
	}

	private UnitView visibleUnit(long unitId) {
		scope.require(Permission.FEE_READ);
		return units.get(unitId);
	}

	private Line visibleLine(long lineId) {
		return repository.line(scope.allowedIds(), lineId)
			.orElseThrow(() -> new NotFoundException("bill-line", lineId));
	}

}
