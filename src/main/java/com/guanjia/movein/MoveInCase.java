package com.guanjia.movein;

import static com.guanjia.movein.Refusals.resolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.archive.DocumentType;
import com.guanjia.estate.UnitState;
import com.guanjia.movein.MoveInEvents.MoveInAccepted;
import com.guanjia.movein.MoveInEvents.MoveInAgreementsSigned;
import com.guanjia.movein.MoveInEvents.MoveInCancelled;
import com.guanjia.movein.MoveInEvents.MoveInCompleted;
import com.guanjia.movein.MoveInEvents.MoveInCustodyArranged;
import com.guanjia.movein.MoveInEvents.MoveInCustodyEnded;
import com.guanjia.movein.MoveInEvents.MoveInDocumentAttached;
import com.guanjia.movein.MoveInEvents.MoveInDocumentsChecked;
import com.guanjia.movein.MoveInEvents.MoveInFeesDeferred;
import com.guanjia.movein.MoveInEvents.MoveInFeesSettled;
import com.guanjia.movein.MoveInEvents.MoveInItemsHandedOut;
import com.guanjia.movein.MoveInEvents.MoveInOpened;
import com.guanjia.movein.MoveInEvents.MoveInRegistered;
import com.guanjia.movein.MoveInEvents.MoveInRequestsNoted;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A unit's move-in case (入伙, R8; seed 002 "为业主办理入住服务规程"): the papers of the applicant
 * kind are handed in and checked first (①); then in any order the registration form and
 * agreements (②), the keys and handbooks handed out (③), the fees paid or consciously
 * deferred (④), the house accepted and signed (⑤), custody if wanted (⑥); the papers go
 * to the archive as they come (⑦). It completes only when nothing is missing — then, and
 * only then, the unit is handed over. Each step is checked against the state
 * ({@link MoveInAction}) and against being taken twice, appended to the history and
 * announced.
 */
final class MoveInCase {

	/** Who the unit is handed to: its owner, and a proxy or company's person acting. */
	record Applicant(ApplicantKind kind, long ownerPartyId, String ownerName, @Nullable Long proxyPartyId,
			@Nullable String proxyName) {

		/** The person in front of the desk. */
		String present() {
			return proxyName != null ? proxyName : ownerName;
		}

		@Nullable Long presentPartyId() {
			return proxyPartyId != null ? proxyPartyId : ownerPartyId;
		}

	}

	/** The registration form's own lines; members and cars are kept by the registry. */
	record Registration(String emergencyName, String emergencyPhone, @Nullable String emergencyRelation,
			@Nullable String note, Instant at) {
	}

	record Agreements(Set<Agreement> signed, Instant at) {
	}

	/** One key, card or handset handed out, as the receipt shows it. */
	record HandedItem(long itemId, String kind, String number) {
	}

	record HandOut(List<HandedItem> items, boolean residentHandbook, boolean renovationHandbook, Instant at) {
	}

	/** ④: settled when nothing was open, or deferred with a reason. */
	record Fees(@Nullable Instant settledAt, @Nullable String deferredReason) {
	}

	record Completion(LocalDate handoverDate, UnitState state, Instant at) {
	}

	record Step(MoveInAction action, Instant at, @Nullable String note) {
	}

	private final long id;

	private final long communityId;

	private final long unitId;

	private final String unitLabel;

	private final Applicant applicant;

	private final Instant openedAt;

	private final String openedBy;

	private MoveInStatus status;

	private final Map<Long, DocumentType> documents = new LinkedHashMap<>();

	private @Nullable Instant documentsCheckedAt;

	private @Nullable Registration registration;

	private @Nullable Agreements agreements;

	private @Nullable HandOut handOut;

	private @Nullable Fees fees;

	private @Nullable String requests;

	private @Nullable Long acceptanceId;

	private @Nullable Instant acceptedAt;

	private @Nullable Long custodyId;

	private @Nullable Completion completion;

	private @Nullable String cancelReason;

	private int version;

	private boolean isNew;

	private final List<Step> steps = new ArrayList<>();

	private final List<Object> events = new ArrayList<>();

	private final List<Long> newDocuments = new ArrayList<>();

	private MoveInCase(long id, long communityId, long unitId, String unitLabel, Applicant applicant, Instant openedAt,
			String openedBy, MoveInStatus status, int version) {
		this.id = id;
		this.communityId = communityId;
		this.unitId = unitId;
		this.unitLabel = unitLabel;
		this.applicant = applicant;
		this.openedAt = openedAt;
		this.openedBy = openedBy;
		this.status = status;
		this.version = version;
	}

	static MoveInCase open(long id, long communityId, long unitId, String unitLabel, Applicant applicant, Instant now,
			String by) {
		MoveInCase c = new MoveInCase(id, communityId, unitId, unitLabel, applicant, now, by, MoveInStatus.OPENED, 0);
		c.isNew = true;
		c.steps.add(new Step(MoveInAction.OPEN, now, applicant.kind() + " " + applicant.present()));
		c.events.add(new MoveInOpened(communityId, id, unitId, applicant.kind()));
		return c;
	}

	/** The stored state of a case; only the repository builds one with this. */
	record Stored(MoveInStatus status, Map<Long, DocumentType> documents, @Nullable Instant documentsCheckedAt,
			@Nullable Registration registration, @Nullable Agreements agreements, @Nullable HandOut handOut,
			@Nullable Fees fees, @Nullable String requests, @Nullable Long acceptanceId, @Nullable Instant acceptedAt,
			@Nullable Long custodyId, @Nullable Completion completion, @Nullable String cancelReason, int version) {
	}

	static MoveInCase restore(long id, long communityId, long unitId, String unitLabel, Applicant applicant,
			Instant openedAt, String openedBy, Stored s) {
		MoveInCase c = new MoveInCase(id, communityId, unitId, unitLabel, applicant, openedAt, openedBy, s.status(),
				s.version());
		c.documents.putAll(s.documents());
		c.documentsCheckedAt = s.documentsCheckedAt();
		c.registration = s.registration();
		c.agreements = s.agreements();
		c.handOut = s.handOut();
		c.fees = s.fees();
		c.requests = s.requests();
		c.acceptanceId = s.acceptanceId();
		c.acceptedAt = s.acceptedAt();
		c.custodyId = s.custodyId();
		c.completion = s.completion();
		c.cancelReason = s.cancelReason();
		return c;
	}

	/** The papers and the items handed out, kept in their own tables. */
	void restoreDetails(Map<Long, DocumentType> stored, List<HandedItem> items) {
		documents.putAll(stored);
		if (handOut != null) {
			handOut = new HandOut(List.copyOf(items), handOut.residentHandbook(), handOut.renovationHandbook(),
					handOut.at());
		}
	}

	// --- the steps ---------------------------------------------------------------------

	/** A paper handed in, filed in the archive as {@code documentId}. */
	void attach(DocumentType type, long documentId, Instant now) {
		check(MoveInAction.ATTACH);
		documents.put(documentId, type);
		newDocuments.add(documentId);
		step(MoveInAction.ATTACH, status, now, type.name());
		events.add(new MoveInDocumentAttached(communityId, id, documentId, type));
	}

	/** ①: refused naming every paper of the applicant kind that is still missing. */
	void checkDocuments(Instant now) {
		check(MoveInAction.CHECK_DOCUMENTS);
		List<DocumentType> missing = missingDocuments();
		if (!missing.isEmpty()) {
			throw Refusals.listing("movein.documents.missing", missing.stream().map(DocumentType::messageKey).toList());
		}
		documentsCheckedAt = now;
		step(MoveInAction.CHECK_DOCUMENTS, MoveInStatus.IN_PROGRESS, now, null);
		events.add(new MoveInDocumentsChecked(communityId, id, unitId));
	}

	void register(Registration form, Instant now) {
		check(MoveInAction.REGISTER);
		registration = form;
		step(MoveInAction.REGISTER, status, now, form.emergencyName());
		events.add(new MoveInRegistered(communityId, id, unitId));
	}

	/** Every one of the agreements is signed, or none is recorded. */
	void signAgreements(Set<Agreement> signed, Instant now) {
		check(MoveInAction.SIGN_AGREEMENTS);
		List<String> unsigned = EnumSet
			.complementOf(EnumSet.copyOf(signed.isEmpty() ? EnumSet.noneOf(Agreement.class) : EnumSet.copyOf(signed)))
			.stream()
			.map(Agreement::messageKey)
			.toList();
		if (!unsigned.isEmpty()) {
			throw Refusals.listing("movein.agreements.unsigned", unsigned);
		}
		agreements = new Agreements(Set.copyOf(signed), now);
		step(MoveInAction.SIGN_AGREEMENTS, status, now, null);
		events.add(new MoveInAgreementsSigned(communityId, id, Set.copyOf(signed)));
	}

	/**
	 * ③: the keys (at least one item of the register) and both handbooks handed to the
	 * applicant.
	 */
	void handOut(HandOut given, Instant now) {
		check(MoveInAction.HAND_OUT);
		if (given.items().isEmpty()) {
			throw new RuleViolationException("movein.handOut.noKeys");
		}
		if (!given.residentHandbook() || !given.renovationHandbook()) {
			throw new RuleViolationException("movein.handOut.handbooks");
		}
		handOut = given;
		step(MoveInAction.HAND_OUT, status, now, given.items().size() + " items");
		events.add(new MoveInItemsHandedOut(communityId, id, unitId, given.items().size()));
	}

	/**
	 * ④: the unit owes nothing on its bills ({@code owed}, from billing: the fees were
	 * paid at the cashier); otherwise refused naming what is owed — pay it, or defer it
	 * with a reason.
	 */
	void settleFees(Money owed, Instant now) {
		check(MoveInAction.SETTLE_FEES);
		if (owed.isPositive()) {
			throw new RuleViolationException("movein.fees.owed", owed.toString());
		}
		fees = new Fees(now, null);
		step(MoveInAction.SETTLE_FEES, status, now, null);
		events.add(new MoveInFeesSettled(communityId, id));
	}

	void deferFees(String reason, Instant now) {
		check(MoveInAction.DEFER_FEES);
		fees = new Fees(null, reason);
		step(MoveInAction.DEFER_FEES, status, now, reason);
		events.add(new MoveInFeesDeferred(communityId, id, reason));
	}

	void noteRequests(String text, Instant now) {
		check(MoveInAction.NOTE_REQUESTS);
		requests = text;
		step(MoveInAction.NOTE_REQUESTS, status, now, text);
		events.add(new MoveInRequestsNoted(communityId, id, text));
	}

	/** ⑤: the owner signed the house acceptance. */
	void accepted(long acceptance, Instant now) {
		check(MoveInAction.ACCEPT);
		acceptanceId = acceptance;
		acceptedAt = now;
		step(MoveInAction.ACCEPT, status, now, null);
		events.add(new MoveInAccepted(communityId, id, acceptance));
	}

	/** ⑥: the unit goes into the management's custody when it is handed over. */
	void custody(long agreementId, Instant now) {
		check(MoveInAction.CUSTODY);
		custodyId = agreementId;
		step(MoveInAction.CUSTODY, status, now, null);
		events.add(new MoveInCustodyArranged(communityId, id, agreementId));
	}

	/**
	 * ⑥ undone: the case's custody agreement ({@code agreementId}) ended before the unit
	 * was handed over, so the unit is handed over as if none was signed; another may be
	 * signed. Refused for an agreement that is not the case's.
	 */
	void custodyEnded(long agreementId, Instant now) {
		check(MoveInAction.END_CUSTODY);
		if (custodyId == null || custodyId.longValue() != agreementId) {
			throw new RuleViolationException("movein.custody.notTheCases", agreementId);
		}
		custodyId = null;
		step(MoveInAction.END_CUSTODY, status, now, "#" + agreementId);
		events.add(new MoveInCustodyEnded(communityId, id, agreementId));
	}

	/**
	 * Hands the unit over on {@code handoverDate} (between the day the case was opened,
	 * {@code openedOn}, and {@code today}, both in the community's zone): custodial when
	 * a custody agreement was signed, occupied when the owner moves in, vacant otherwise.
	 * Refused naming everything still missing.
	 */
	void complete(LocalDate handoverDate, boolean movingIn, LocalDate openedOn, LocalDate today, Instant now) {
		check(MoveInAction.COMPLETE);
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			throw Refusals.listing("movein.incomplete", missing);
		}
		if (handoverDate.isAfter(today) || handoverDate.isBefore(openedOn)) {
			throw new RuleViolationException("movein.handoverDate.range", handoverDate);
		}
		UnitState state = custodyId != null ? UnitState.CUSTODIAL : movingIn ? UnitState.OCCUPIED : UnitState.VACANT;
		completion = new Completion(handoverDate, state, now);
		step(MoveInAction.COMPLETE, MoveInStatus.COMPLETED, now, handoverDate + " " + state);
		events.add(new MoveInCompleted(communityId, id, unitId, handoverDate, state));
	}

	void cancel(String reason, Instant now) {
		check(MoveInAction.CANCEL);
		cancelReason = reason;
		step(MoveInAction.CANCEL, MoveInStatus.CANCELLED, now, reason);
		events.add(new MoveInCancelled(communityId, id, unitId, reason));
	}

	// --- the rules ---------------------------------------------------------------------

	/** Papers of the applicant kind not handed in yet. */
	List<DocumentType> missingDocuments() {
		return DocumentRequirements.missing(applicant.kind(), documents.values());
	}

	/**
	 * What is still to do before the case completes, as message keys in the order of the
	 * procedure: the page's checklist and the completion's refusal.
	 */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (documentsCheckedAt == null) {
			missingDocuments().forEach(t -> missing.add(t.messageKey()));
			missing.add("movein.todo.CHECK_DOCUMENTS");
		}
		if (registration == null) {
			missing.add("movein.todo.REGISTER");
		}
		if (agreements == null) {
			missing.add("movein.todo.SIGN_AGREEMENTS");
		}
		if (handOut == null) {
			missing.add("movein.todo.HAND_OUT");
		}
		if (fees == null) {
			missing.add("movein.todo.FEES");
		}
		if (acceptedAt == null) {
			missing.add("movein.todo.ACCEPT");
		}
		return missing;
	}

	/** The state allows the step and a once-only step was not taken yet. */
	boolean allows(MoveInAction action) {
		return action.allowedFrom(status) && !done(action);
	}

	private boolean done(MoveInAction action) {
		return switch (action) {
			case REGISTER -> registration != null;
			case SIGN_AGREEMENTS -> agreements != null;
			case HAND_OUT -> handOut != null;
			case SETTLE_FEES, DEFER_FEES -> fees != null;
			case ACCEPT -> acceptedAt != null;
			case CUSTODY -> custodyId != null;
			case END_CUSTODY -> custodyId == null;
			default -> false;
		};
	}

	Set<MoveInAction> possibleSteps() {
		Set<MoveInAction> possible = EnumSet.noneOf(MoveInAction.class);
		for (MoveInAction a : MoveInAction.values()) {
			if (a.byStaff() && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	/** Refuses a step the state does not allow, or one already taken, naming it. */
	void check(MoveInAction action) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("movein.illegal", resolvable(action.messageKey()),
					resolvable(status.messageKey()));
		}
		if (done(action)) {
			throw new RuleViolationException("movein.alreadyDone", resolvable(action.messageKey()));
		}
	}

	private void step(MoveInAction action, MoveInStatus to, Instant at, @Nullable String note) {
		steps.add(new Step(action, at, note));
		status = to;
	}

	// --- for the repository and the service ------------------------------------------

	List<Step> steps() {
		return List.copyOf(steps);
	}

	List<Object> events() {
		return List.copyOf(events);
	}

	List<Long> newDocuments() {
		return List.copyOf(newDocuments);
	}

	boolean isNew() {
		return isNew;
	}

	void saved() {
		if (!isNew) {
			version++;
		}
		isNew = false;
		steps.clear();
		events.clear();
		newDocuments.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long unitId() {
		return unitId;
	}

	String unitLabel() {
		return unitLabel;
	}

	Applicant applicant() {
		return applicant;
	}

	Instant openedAt() {
		return openedAt;
	}

	String openedBy() {
		return openedBy;
	}

	MoveInStatus status() {
		return status;
	}

	Map<Long, DocumentType> documents() {
		return Map.copyOf(documents);
	}

	@Nullable Instant documentsCheckedAt() {
		return documentsCheckedAt;
	}

	@Nullable Registration registration() {
		return registration;
	}

	@Nullable Agreements agreements() {
		return agreements;
	}

	@Nullable HandOut handOut() {
		return handOut;
	}

	@Nullable Fees fees() {
		return fees;
	}

	@Nullable String requests() {
		return requests;
	}

	@Nullable Long acceptanceId() {
		return acceptanceId;
	}

	@Nullable Instant acceptedAt() {
		return acceptedAt;
	}

	@Nullable Long custodyId() {
		return custodyId;
	}

	@Nullable Completion completion() {
		return completion;
	}

	@Nullable String cancelReason() {
		return cancelReason;
	}

	int version() {
		return version;
	}

}
