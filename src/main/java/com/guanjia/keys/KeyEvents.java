package com.guanjia.keys;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened at the key register and the mail shelf, registered by the models and
 * published once their step is saved (persisted, delivered after commit).
 */
public final class KeyEvents {

	private KeyEvents() {
	}

	public record KeyRegistered(long communityId, long itemId, long unitId, KeyKind kind, String number) {
	}

	/**
	 * An item was handed to its holder; {@code reference} names the procedure (e.g.
	 * "movein:12").
	 */
	public record KeyIssued(long communityId, long itemId, long unitId, KeyKind kind, String number,
			@Nullable Long holderPartyId, String holderName, @Nullable String reference) {
	}

	/** A unit's key was lent after the borrower's identity was checked (R10.1). */
	public record KeyLent(long communityId, long loanId, long itemId, long unitId, String borrowerName,
			Instant lentAt) {
	}

	public record KeyReturned(long communityId, long loanId, long itemId, long unitId, Instant returnedAt) {
	}

	public record KeyHandedBack(long communityId, long itemId, long unitId, String number) {
	}

	public record CardRenewed(long communityId, long itemId, long unitId, String number, LocalDate validUntil) {
	}

	public record KeyMoved(long communityId, long itemId, String place) {
	}

	/**
	 * A stock-take did not find the item: it stays flagged until found or written off.
	 */
	public record KeyWentMissing(long communityId, long itemId, long unitId, KeyKind kind, String number,
			LocalDate since) {
	}

	public record KeyFound(long communityId, long itemId, String number) {
	}

	public record KeyWrittenOff(long communityId, long itemId, String number, String reason) {
	}

	public record StockTakeStarted(long communityId, long stockTakeId, YearMonth month, int items) {
	}

	public record StockTakeCounted(long communityId, long stockTakeId, long itemId, boolean found) {
	}

	/**
	 * The month's stock-take (R10.1) is closed with what was found and what is missing.
	 */
	public record StockTakeClosed(long communityId, long stockTakeId, YearMonth month, int found, int missing,
			int lent) {
	}

	/**
	 * A letter or parcel was logged for a unit: its residents are told once through the
	 * outbox (R10.3, seed 003: "电话或短信告知业户").
	 */
	@NamedInterface("api")
	public record MailLogged(long communityId, long mailId, long unitId, String unitLabel, MailKind kind) {
	}

	public record MailHandedOver(long communityId, long mailId, long unitId, String handedTo) {
	}

	public record MailBoxed(long communityId, long mailId, long unitId) {
	}

	public record MailReturned(long communityId, long mailId, long unitId, String reason) {
	}

}
