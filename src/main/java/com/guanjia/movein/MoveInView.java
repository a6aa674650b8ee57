package com.guanjia.movein;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import com.guanjia.shared.Money;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A move-in case as pages and the API show it: the papers required by the applicant kind
 * and those handed in, each step's record, what the unit owes now, {@code missing}: what
 * is still to do before it completes (message keys, in the order of the procedure), and
 * {@code actions}: the steps it allows now.
 */
@NamedInterface("api")
public record MoveInView(long id, long communityId, long unitId, String unitLabel, ApplicantKind kind,
		long ownerPartyId, String ownerName, @Nullable String proxyName, MoveInStatus status, Instant openedAt,
		String openedBy, List<DocumentType> requiredDocuments, List<Paper> documents,
		List<DocumentType> missingDocuments, @Nullable Instant documentsCheckedAt,
		@Nullable RegistrationForm registration, Set<Agreement> agreements, @Nullable Instant agreementsAt,
		List<Handed> handedOut, @Nullable Instant handedOutAt, @Nullable Instant feesSettledAt,
		@Nullable String feesDeferredReason, @Nullable Money owed, @Nullable String requests,
		@Nullable Long acceptanceId, @Nullable Instant acceptedAt, @Nullable Long custodyId,
		@Nullable LocalDate handoverDate, @Nullable UnitState finalState, @Nullable String cancelReason,
		List<String> missing, int version, List<MoveInAction> actions) {

	/** A paper handed in: the archive's document and its kind. */
	public record Paper(long documentId, DocumentType type) {
	}

	/** The registration form's own lines (members and cars are in the registry). */
	public record RegistrationForm(String emergencyName, String emergencyPhone, @Nullable String emergencyRelation,
			@Nullable String note, Instant at) {
	}

	/** A key, card or handset handed out, as the key receipt lists it. */
	public record Handed(long itemId, String kind, String number) {
	}

	static MoveInView of(MoveInCase c, @Nullable Money owed) {
		MoveInCase.Agreements a = c.agreements();
		MoveInCase.HandOut h = c.handOut();
		MoveInCase.Fees f = c.fees();
		MoveInCase.Completion done = c.completion();
		MoveInCase.Registration r = c.registration();
		RegistrationForm form = r == null ? null
				: new RegistrationForm(r.emergencyName(), r.emergencyPhone(), r.emergencyRelation(), r.note(), r.at());
		List<Paper> papers = c.documents()
			.entrySet()
			.stream()
			.map(e -> new Paper(e.getKey(), e.getValue()))
			.sorted(Comparator.comparingLong(Paper::documentId))
			.toList();
		return new MoveInView(c.id(), c.communityId(), c.unitId(), c.unitLabel(), c.applicant().kind(),
				c.applicant().ownerPartyId(), c.applicant().ownerName(), c.applicant().proxyName(), c.status(),
				c.openedAt(), c.openedBy(), DocumentRequirements.required(c.applicant().kind()), papers,
				c.missingDocuments(), c.documentsCheckedAt(), form, a == null ? Set.of() : a.signed(),
				a == null ? null : a.at(),
				h == null ? List.of()
						: h.items().stream().map(i -> new Handed(i.itemId(), i.kind(), i.number())).toList(),
				h == null ? null : h.at(), f == null ? null : f.settledAt(), f == null ? null : f.deferredReason(),
				owed, c.requests(), c.acceptanceId(), c.acceptedAt(), c.custodyId(),
				done == null ? null : done.handoverDate(), done == null ? null : done.state(), c.cancelReason(),
				c.status().open() ? c.missing() : List.of(), c.version(), List.copyOf(c.possibleSteps()));
	}

	/** The person in front of the desk. */
	public String applicant() {
		return proxyName != null ? proxyName : ownerName;
	}

	public boolean allows(String action) {
		return actions.stream().anyMatch(a -> a.name().equals(action));
	}

	public boolean handedIn(DocumentType type) {
		return documents.stream().anyMatch(p -> p.type() == type);
	}

}
