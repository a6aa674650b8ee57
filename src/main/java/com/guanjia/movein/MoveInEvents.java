package com.guanjia.movein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import org.jspecify.annotations.Nullable;

/**
 * What happened in move-ins, acceptances and custody, published after the step is saved.
 */
public final class MoveInEvents {

	private MoveInEvents() {
	}

	public record MoveInOpened(long communityId, long caseId, long unitId, ApplicantKind kind) {
	}

	public record MoveInDocumentsChecked(long communityId, long caseId, long unitId) {
	}

	public record MoveInDocumentAttached(long communityId, long caseId, long documentId, DocumentType type) {
	}

	/** The registration form (住户登记表) was filled; members and cars are in the registry. */
	public record MoveInRegistered(long communityId, long caseId, long unitId) {
	}

	public record MoveInAgreementsSigned(long communityId, long caseId, Set<Agreement> agreements) {
	}

	/** Keys, cards and handbooks were handed to the applicant (the key receipt). */
	public record MoveInItemsHandedOut(long communityId, long caseId, long unitId, int items) {
	}

	public record MoveInFeesSettled(long communityId, long caseId) {
	}

	public record MoveInFeesDeferred(long communityId, long caseId, String reason) {
	}

	public record MoveInRequestsNoted(long communityId, long caseId, String requests) {
	}

	public record MoveInAccepted(long communityId, long caseId, long acceptanceId) {
	}

	public record MoveInCustodyArranged(long communityId, long caseId, long agreementId) {
	}

	/** The case's custody agreement ended before the unit was handed over. */
	public record MoveInCustodyEnded(long communityId, long caseId, long agreementId) {
	}

	/** The unit was handed over: its state and handover date changed with this. */
	public record MoveInCompleted(long communityId, long caseId, long unitId, LocalDate handoverDate, UnitState state) {
	}

	public record MoveInCancelled(long communityId, long caseId, long unitId, String reason) {
	}

	public record AcceptanceStarted(long communityId, long acceptanceId, long caseId, long unitId) {
	}

	public record AcceptanceItemRecorded(long communityId, long acceptanceId, String room, int position,
			String outcome) {
	}

	/** The rest of a room's lines passed in one step ({@code passed} of them). */
	public record AcceptanceRoomPassed(long communityId, long acceptanceId, String room, int passed) {
	}

	/**
	 * Water, electricity and gas base readings confirmed jointly with the owner (R7.2).
	 */
	public record AcceptanceReadingsRecorded(long communityId, long acceptanceId, String confirmedBy) {
	}

	/** The sheet is done without defects: the owner signs. */
	public record AcceptancePassed(long communityId, long acceptanceId, long caseId, int round) {
	}

	public record AcceptanceDefectFixed(long communityId, long acceptanceId, long workOrderId) {
	}

	/** The second acceptance went through the defects again; {@code failed} are left. */
	public record AcceptanceRechecked(long communityId, long acceptanceId, int round, int failed) {
	}

	/** The house acceptance was finished with defects to put right (R8.3). */
	public record AcceptanceDefectsFound(long communityId, long acceptanceId, long caseId, int defects, int round) {
	}

	/** Every defect became a handover-defect work order (R3.7). */
	public record AcceptanceDefectsOrdered(long communityId, long acceptanceId, int orders) {
	}

	/** All defects are fixed: a second acceptance can be booked with the owner. */
	public record AcceptanceRepaired(long communityId, long acceptanceId, long caseId) {
	}

	public record AcceptanceRecheckBooked(long communityId, long acceptanceId, Instant at) {
	}

	/** The owner signed the (second) acceptance: the house is accepted. */
	public record AcceptanceSigned(long communityId, long acceptanceId, long caseId, long unitId, String signedBy) {
	}

	public record CustodySigned(long communityId, long agreementId, long unitId, @Nullable Long caseId,
			LocalDate validFrom, @Nullable LocalDate validUntil) {
	}

	/** A custodial unit used more water or electricity than it may (R7.2, R8.4). */
	public record CustodyExcessFlagged(long communityId, long agreementId, long unitId, String unitLabel,
			String meterCode, long readingId) {
	}

	public record CustodyExcessCleared(long communityId, long agreementId, long excessId) {
	}

	public record CustodyEnded(long communityId, long agreementId, long unitId, UnitState state) {
	}

	/**
	 * A butler asked for the before- or after-heavy-rain check of every custodial unit.
	 */
	public record HeavyRainChecksOrdered(long communityId, long triggerId, String when, int units) {
	}

}
