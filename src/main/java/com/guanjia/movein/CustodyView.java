package com.guanjia.movein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A custody agreement as pages and the API show it: its period and keys, the meter
 * excesses flagged on it, the outside checks the inspection engine holds for the unit
 * (weekly and around heavy rain; findings are recorded on the round like a patrol's) and
 * the steps it allows now ({@code actions}). Lists leave excesses and checks empty.
 */
@NamedInterface("api")
public record CustodyView(long id, long communityId, long unitId, String unitLabel, @Nullable Long caseId,
		String ownerName, LocalDate validFrom, @Nullable LocalDate validUntil, String keysHeld, CustodyStatus status,
		Instant signedAt, String signedBy, @Nullable Instant endedAt, @Nullable String endReason, int openExcesses,
		List<Excess> excesses, List<Check> checks, int version, List<CustodyAction> actions) {

	/**
	 * A held reading above the custodial limit (R7.2), open until cleared with a note.
	 */
	public record Excess(long id, long readingId, String meterCode, Instant flaggedAt, @Nullable Instant clearedAt,
			@Nullable String clearedBy, @Nullable String clearNote) {

		public boolean open() {
			return clearedAt == null;
		}

	}

	/** An outside check of the unit: a round of the inspection engine. */
	@NamedInterface("api")
	public record Check(long roundId, String title, Instant windowStart, Instant windowEnd, boolean done,
			boolean missed, int failedItems) {
	}

	static CustodyView of(CustodyAgreement a, int openExcesses, List<Excess> excesses, List<Check> checks) {
		CustodyAgreement.Terms t = a.terms();
		return new CustodyView(a.id(), a.communityId(), a.unitId(), a.unitLabel(), a.caseId(), a.ownerName(),
				t.validFrom(), t.validUntil(), t.keysHeld(), a.status(), a.signedAt(), a.signedBy(), a.endedAt(),
				a.endReason(), openExcesses, excesses, checks, a.version(), List.copyOf(a.possibleSteps()));
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

}
