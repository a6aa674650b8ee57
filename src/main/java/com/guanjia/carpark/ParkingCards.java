package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.guanjia.carpark.ParkingFeeRepository.Kind;
import com.guanjia.cashier.CashierFees;
import com.guanjia.cashier.FeePayment;
import com.guanjia.cashier.FeePurpose;
import com.guanjia.cashier.PaymentMethod;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.estate.ParkingSpaceView;
import com.guanjia.estate.ParkingState;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.PlateNumber;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.NamedInterface;

/**
 * Parking cards (R12.2, R8.6 "car cards issued and renewed"): a monthly card is paid at
 * the cashier for its months at the tariff's card fee, with a gap-free receipt; a
 * fixed-space card needs the space sold to or rented by the holder's unit and free of
 * another active card, its rent coming with the unit's bills. The card's steps are
 * {@link ParkingCard}'s; this service checks the caller, loads, pays, saves and
 * publishes.
 */
@Service
@Transactional
@NamedInterface("api")
public class ParkingCards {

	/** A renewal's payment: the months and, for a monthly card, how it is paid. */
	public record Renewal(@Nullable Integer months, @Nullable PaymentMethod method, @Nullable BigDecimal tendered,
			@Nullable String requestKey) {
	}

	/** A card with the receipt of what was paid for it, if anything. */
	@NamedInterface("api")
	public record Issued(CardView card, @Nullable ReceiptView receipt) {
	}

	private final ParkingCardRepository cards;

	private final ParkingFeeRepository fees;

	private final CarparkSettings settings;

	private final CashierFees cashier;

	private final ParkingManagement spaces;

	private final UnitManagement units;

	private final AdvisoryLocks locks;

	private final IdempotencyKeys keys;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	ParkingCards(ParkingCardRepository cards, ParkingFeeRepository fees, CarparkSettings settings, CashierFees cashier,
			ParkingManagement spaces, UnitManagement units, AdvisoryLocks locks, IdempotencyKeys keys,
			CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events, GateTime time) {
		this.cards = cards;
		this.fees = fees;
		this.settings = settings;
		this.cashier = cashier;
		this.spaces = spaces;
		this.units = units;
		this.locks = locks;
		this.keys = keys;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	/**
	 * Issues a card. The same request key (a double submit) answers the first card and
	 * charges once.
	 */
	public Issued issue(long communityId, IssueCard command) {
		scope.require(Permission.CARPARK_CARDS);
		scope.require(communityId);
		command.validate();
		String key = blank(command.requestKey());
		if (key != null) {
			keys.claim(communityId, "carpark-card", key, "issue-card", command);
			var existing = cards.idByRequestKey(communityId, key);
			if (existing.isPresent()) {
				return new Issued(get(existing.get()), null);
			}
		}
		LocalDate from = command.validFrom() == null ? time.today(communityId) : command.validFrom();
		LocalDate to = from.plusMonths(command.months()).minusDays(1);
		String plate = command.normalizedPlate();
		ParkingCard.Holder holder = holder(communityId, command, plate, from, to);
		long id = cards.nextId();
		ParkingCard card = ParkingCard.issue(id, communityId, command.kind(), holder, from, to, time.now(),
				scope.actor());
		commit(card, "issue", key);
		ReceiptView receipt = null;
		if (command.kind() == CardKind.MONTHLY) {
			receipt = pay(card, command.months(), command.method(), command.tendered(),
					"carpark-card:" + id + ":issue");
		}
		return new Issued(CardView.of(card, time.today(communityId)), receipt);
	}

	/**
	 * Extends the card by months from its end (or from today when it has lapsed); a
	 * monthly card pays for them. The same request key renews once.
	 */
	public Issued renew(long cardId, Renewal renewal) {
		scope.require(Permission.CARPARK_CARDS);
		Problems p = new Problems();
		p.required("cardMonths", renewal.months());
		p.check(renewal.months() == null || (renewal.months() >= 1 && renewal.months() <= 24), "cardMonths",
				"carpark.card.months");
		p.optionalText("requestKey", renewal.requestKey(), 60);
		p.throwIfAny();
		ParkingCard card = load(cardId);
		if (card.kind() == CardKind.MONTHLY) {
			new Problems().required("method", renewal.method()).throwIfAny();
		}
		LocalDate today = time.today(card.communityId());
		// without a key (an API client that sends none) the renewal is simply not
		// deduplicated
		String key = renewal.requestKey() == null || renewal.requestKey().isBlank()
				? java.util.UUID.randomUUID().toString() : renewal.requestKey().strip();
		if (renewal.requestKey() != null && !renewal.requestKey().isBlank()) {
			// the key with another body (another card, months or payment) is refused
			// (issue 9 item 16)
			keys.claim(card.communityId(), "carpark-renewal", key, "renew-card", cardId, renewal);
		}
		if (cards.renewedWith(card.communityId(), cardId, key)) {
			// a retry of a renewal already made (the card was locked meanwhile): no
			// second
			// extension, no second fee
			return new Issued(CardView.of(card, today), null);
		}
		card.check(CardAction.RENEW);
		LocalDate base = card.validTo().isBefore(today) ? today.minusDays(1) : card.validTo();
		card.renew(base.plusMonths(renewal.months()), key, time.now(), scope.actor());
		commit(card, "renew", null);
		ReceiptView receipt = null;
		if (card.kind() == CardKind.MONTHLY) {
			receipt = pay(card, renewal.months(), renewal.method(), renewal.tendered(),
					"carpark-card:" + cardId + ":renew:" + key);
		}
		return new Issued(CardView.of(card, today), receipt);
	}

	public CardView cancel(long cardId, @Nullable String reason) {
		scope.require(Permission.CARPARK_CARDS);
		new Problems().text("reason", reason, 200).throwIfAny();
		ParkingCard card = load(cardId);
		card.cancel(reason.strip(), time.now(), scope.actor());
		commit(card, "cancel", null);
		return CardView.of(card, time.today(card.communityId()));
	}

	@Transactional(readOnly = true)
	public CardView get(long cardId) {
		requireReader();
		ParkingCard card = cards.find(scope.allowedIds(), cardId)
			.orElseThrow(() -> new NotFoundException("parkingCard", cardId));
		return CardView.of(card, time.today(card.communityId()));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long cardId) {
		CardView card = get(cardId);
		return cards.history(card.communityId(), cardId);
	}

	/**
	 * A community's cards, the newest first, optionally of plates containing a fragment.
	 */
	@Transactional(readOnly = true)
	public List<CardView> list(long communityId, @Nullable String plate) {
		requireReader();
		scope.require(communityId);
		String fragment = blank(plate) == null ? null : PlateNumber.normalize(plate);
		LocalDate today = time.today(communityId);
		return cards.list(communityId, fragment, 200).stream().map(c -> CardView.of(c, today)).toList();
	}

	// --- plumbing ----------------------------------------------------------------------

	private ParkingCard.Holder holder(long communityId, IssueCard command, String plate, LocalDate from, LocalDate to) {
		String name = Objects.requireNonNull(command.holderName()).strip();
		UnitView unit = command.unitId() == null ? null : units.find(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		if (command.kind() == CardKind.MONTHLY) {
			return new ParkingCard.Holder(plate, name, unit == null ? null : unit.id(),
					unit == null ? null : unit.label(), null, null);
		}
		ParkingSpaceView space = space(communityId, Objects.requireNonNull(command.spaceId()));
		// R1.2: a fixed space is the unit's own (sold) or rented by it, and one card's at
		// a
		// time
		if (space.state() == ParkingState.VACANT || space.unitId() == null || space.unitId() != unit.id()) {
			throw ValidationException.of("spaceId", "carpark.card.spaceNotTheirs", space.code(), unit.label());
		}
		locks.lockForTransaction(communityId, "carpark-space:" + space.id());
		List<ParkingCard> taken = cards.activeOnSpace(communityId, space.id(), from, to);
		if (!taken.isEmpty()) {
			throw new RuleViolationException("carpark.card.spaceTaken", space.code(), taken.get(0).number(),
					taken.get(0).holder().plate());
		}
		return new ParkingCard.Holder(plate, name, unit.id(), unit.label(), space.id(), space.code());
	}

	/** Takes a monthly card's fee: the months at the tariff's card fee. */
	private ReceiptView pay(ParkingCard card, int months, @Nullable PaymentMethod method, @Nullable BigDecimal tendered,
			String key) {
		Money fee = settings.inForce(card.communityId(), time.now())
			.monthlyCardFee()
			.times(BigDecimal.valueOf(months), java.math.RoundingMode.HALF_UP);
		if (!fee.isPositive()) {
			throw new RuleViolationException("carpark.card.noFee");
		}
		ReceiptView receipt = cashier.take(card.communityId(), new FeePayment(FeePurpose.PARKING_CARD,
				card.holder().plate(), fee.amount(), method, tendered, card.number(), key));
		fees.record(Kind.CARD, null, card.id(), card.holder().plate(), receipt, time.now());
		return receipt;
	}

	private ParkingSpaceView space(long communityId, long spaceId) {
		try {
			ParkingSpaceView space = spaces.get(spaceId);
			if (space.communityId() == communityId) {
				return space;
			}
		}
		catch (NotFoundException ex) {
			// named below as the field's problem
		}
		throw ValidationException.of("spaceId", "carpark.space.unknown");
	}

	private ParkingCard load(long cardId) {
		return cards.lock(scope.allowedIds(), cardId).orElseThrow(() -> new NotFoundException("parkingCard", cardId));
	}

	private void commit(ParkingCard card, String action, @Nullable String requestKey) {
		cards.save(card, requestKey);
		card.steps().forEach(s -> audit.record(card.communityId(), "parking_card", card.id(), action, s.note()));
		card.events().forEach(events::publishEvent);
		card.saved();
	}

	private void requireReader() {
		if (!scope.has(Permission.CARPARK_CARDS) && !scope.has(Permission.CARPARK_ADMIN)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
	}

}
