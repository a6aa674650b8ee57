package com.guanjia.carpark;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What happened in the car park, published as persisted domain events once the record is
 * saved. Each is registered by the model whose step it is.
 */
public final class CarparkEvents {

	private CarparkEvents() {
	}

	/** A card was issued for a plate (R12.2, R8.6). */
	public record CardIssued(long communityId, long cardId, String number, CardKind kind, String plate,
			LocalDate validTo) {
	}

	public record CardRenewed(long communityId, long cardId, String number, LocalDate validTo) {
	}

	public record CardCancelled(long communityId, long cardId, String number, String reason) {
	}

	/**
	 * A vehicle entered (R12.1): checked for dangerous goods, damage told, a pass given.
	 */
	public record VehicleEntered(long communityId, long stayId, String plate, Instant at, @Nullable Long cardId) {
	}

	/**
	 * A vehicle left: the fee it paid with its receipt, or why it was free (R12.1,
	 * R12.2).
	 */
	public record VehicleExited(long communityId, long stayId, String plate, Instant at, BigDecimal fee,
			@Nullable FreeReason freeReason) {
	}

	/** An entry made by mistake was struck out, with the reason. */
	public record StayCancelled(long communityId, long stayId, String plate, String reason) {
	}

	/** A vehicle was held at the exit (R12.3); the shift lead is called. */
	@NamedInterface("api")
	public record VehicleHeld(long communityId, long heldId, long stayId, String plate, HoldReason reason) {
	}

	/** The police were called about a held vehicle (R12.3). */
	public record PoliceCalled(long communityId, long heldId, String plate, @Nullable String note) {
	}

	/**
	 * The shift lead released a held vehicle after checking the owner's documents and
	 * taking the fee (R12.3).
	 */
	public record HeldVehicleReleased(long communityId, long heldId, long stayId, String plate, String releasedBy) {
	}

	/**
	 * An incident (R12.5, R16.3): a vehicle forced its way out (冲卡) or was abandoned
	 * (弃车), to be reported up the line.
	 */
	@NamedInterface("api")
	public record CarparkIncident(long communityId, long stayId, String plate, StayStatus kind, String note) {
	}

	public record ShiftOpened(long communityId, long shiftLogId, String number, String post) {
	}

	/**
	 * A shift was handed over (R12.4); {@code difference} is declared fees minus
	 * receipts.
	 */
	public record ShiftHandedOver(long communityId, long shiftLogId, String number, BigDecimal fees,
			BigDecimal receipts, BigDecimal difference) {
	}

	/** The director signed the shift's log (主任签字, R12.4). */
	public record ShiftSigned(long communityId, long shiftLogId, String number, String signedBy) {
	}

	/** A camera read a plate with too little confidence: the guard confirms it. */
	public record PlateToConfirm(long communityId, long sightingId, String plate, CameraDirection direction) {
	}

	/** The monthly space check found something to resolve (R1.2). */
	public record SpaceMismatchFound(long communityId, long findingId, YearMonth month, MismatchKind kind,
			String subject) {
	}

	public record SpaceMismatchResolved(long communityId, long findingId, String resolution) {
	}

}
