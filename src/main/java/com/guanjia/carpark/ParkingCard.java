package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.CardCancelled;
import com.guanjia.carpark.CarparkEvents.CardIssued;
import com.guanjia.carpark.CarparkEvents.CardRenewed;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A parking card and the rules of its life (R12.2): issued for a plate with its dates,
 * renewed forward, cancelled with a reason. At the exit it is checked for validity and
 * for the plate ({@link #check}); an invalid card pays as a visitor, a card of another
 * plate is a mismatch the guard holds (R12.3).
 */
final class ParkingCard extends Aggregate {

	/**
	 * Whom the card is for: the plate, the holder, and for a fixed space its unit and
	 * space.
	 */
	record Holder(String plate, String name, @Nullable Long unitId, @Nullable String unitLabel, @Nullable Long spaceId,
			@Nullable String spaceCode) {
	}

	private final long id;

	private final long communityId;

	private final String number;

	private final CardKind kind;

	private final Holder holder;

	private final LocalDate validFrom;

	private LocalDate validTo;

	private CardStatus status;

	private @Nullable String cancelledReason;

	private final Instant createdAt;

	private ParkingCard(long id, long communityId, String number, CardKind kind, Holder holder, LocalDate validFrom,
			LocalDate validTo, CardStatus status, Instant createdAt, boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.number = number;
		this.kind = kind;
		this.holder = holder;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.status = status;
		this.createdAt = createdAt;
	}

	/**
	 * A new card under an id the repository reserved, active from {@code from} to
	 * {@code to}.
	 */
	static ParkingCard issue(long id, long communityId, CardKind kind, Holder holder, LocalDate from, LocalDate to,
			Instant now, String actor) {
		if (to.isBefore(from)) {
			throw new RuleViolationException("carpark.card.datesBackwards", from, to);
		}
		ParkingCard c = new ParkingCard(id, communityId, kind.number(id), kind, holder, from, to, CardStatus.ACTIVE,
				now, true, 0);
		c.step(CardAction.ISSUE, null, CardStatus.ACTIVE, holder.plate() + " " + from + "~" + to, now, actor);
		c.raise(new CardIssued(communityId, id, c.number, kind, holder.plate(), to));
		return c;
	}

	/** A card as stored; only the repository calls this. */
	static ParkingCard restore(long id, long communityId, String number, CardKind kind, Holder holder,
			LocalDate validFrom, LocalDate validTo, CardStatus status, @Nullable String cancelledReason,
			Instant createdAt, int version) {
		ParkingCard c = new ParkingCard(id, communityId, number, kind, holder, validFrom, validTo, status, createdAt,
				false, version);
		c.cancelledReason = cancelledReason;
		return c;
	}

	// --- the steps ---------------------------------------------------------------------

	/**
	 * Extends the card to {@code newValidTo}, which must lie after its present end; the
	 * request key is kept in the history line, so a retry is recognised.
	 */
	void renew(LocalDate newValidTo, String requestKey, Instant now, String actor) {
		check(CardAction.RENEW);
		if (!newValidTo.isAfter(validTo)) {
			throw new RuleViolationException("carpark.card.renewBackwards", validTo, newValidTo);
		}
		String note = validTo + " → " + newValidTo + " [" + requestKey + "]";
		validTo = newValidTo;
		step(CardAction.RENEW, status, CardStatus.ACTIVE, note, now, actor);
		raise(new CardRenewed(communityId, id, number, newValidTo));
	}

	void cancel(String reason, Instant now, String actor) {
		check(CardAction.CANCEL);
		cancelledReason = reason;
		step(CardAction.CANCEL, status, CardStatus.CANCELLED, reason, now, actor);
		status = CardStatus.CANCELLED;
		raise(new CardCancelled(communityId, id, number, reason));
	}

	// --- the rules ---------------------------------------------------------------------

	/**
	 * Whether the card lets {@code plate} park on {@code day} (R12.2: validity and
	 * match).
	 */
	CardCheck verify(String plate, LocalDate day) {
		if (!holder.plate().equals(plate)) {
			return CardCheck.OTHER_PLATE;
		}
		if (status == CardStatus.CANCELLED) {
			return CardCheck.CANCELLED;
		}
		return day.isBefore(validFrom) || day.isAfter(validTo) ? CardCheck.EXPIRED : CardCheck.VALID;
	}

	/** Whether the card is active during some day of {@code [first, last]}. */
	boolean activeDuring(LocalDate first, LocalDate last) {
		return status == CardStatus.ACTIVE && !validFrom.isAfter(last) && !validTo.isBefore(first);
	}

	boolean allows(CardAction action) {
		return action.allowedFrom(status);
	}

	Set<CardAction> possibleSteps() {
		Set<CardAction> possible = EnumSet.noneOf(CardAction.class);
		for (CardAction a : CardAction.values()) {
			if (a != CardAction.ISSUE && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(CardAction action) {
		if (!allows(action)) {
			throw illegal(action.messageKey(), status.messageKey());
		}
	}

	// --- for the repository and the service ------------------------------------------

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	String number() {
		return number;
	}

	CardKind kind() {
		return kind;
	}

	Holder holder() {
		return holder;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	CardStatus status() {
		return status;
	}

	@Nullable String cancelledReason() {
		return cancelledReason;
	}

	Instant createdAt() {
		return createdAt;
	}

}
