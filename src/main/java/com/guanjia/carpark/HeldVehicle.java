package com.guanjia.carpark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.guanjia.carpark.CarparkEvents.HeldVehicleReleased;
import com.guanjia.carpark.CarparkEvents.PoliceCalled;
import com.guanjia.carpark.CarparkEvents.VehicleHeld;
import com.guanjia.shared.FourEyes;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle held at the exit and the rules of its release (R12.3, seed 001 item 8): the
 * shift lead, never the guard who held it, checks that the driver is the owner, keeps
 * copies of the vehicle licence and the ID card and the owner's signed statement
 * (uploaded), takes the fee, and releases it; the police may be called meanwhile; a
 * vehicle that forces its way out or is abandoned is an incident (R12.5).
 */
final class HeldVehicle extends Aggregate {

	/** The copies a release needs (行车证、身份证复印件及书面说明). */
	static final Set<DocumentKind> REQUIRED = EnumSet.of(DocumentKind.VEHICLE_LICENCE, DocumentKind.ID_CARD,
			DocumentKind.STATEMENT);

	/**
	 * An uploaded copy, or the statement signed on the pad: its text, the signature's
	 * picture.
	 */
	record Document(DocumentKind kind, long fileId, String filename, String uploadedBy, Instant uploadedAt,
			@Nullable String statement) {

		Document(DocumentKind kind, long fileId, String filename, String uploadedBy, Instant uploadedAt) {
			this(kind, fileId, filename, uploadedBy, uploadedAt, null);
		}

	}

	/** How it was released: to whom, by which lead, for what fee and receipt. */
	record Release(String ownerName, String releasedBy, Instant at, Money fee, @Nullable String receiptNumber) {
	}

	private final long id;

	private final long communityId;

	private final long stayId;

	private final String plate;

	private final HoldReason reason;

	private final @Nullable String note;

	private final Instant heldAt;

	private final String heldBy;

	private HeldStatus status;

	private @Nullable Instant policeCalledAt;

	private @Nullable String policeNote;

	private @Nullable Release release;

	private @Nullable String incidentNote;

	private final List<Document> documents = new ArrayList<>();

	private final List<Document> newDocuments = new ArrayList<>();

	private HeldVehicle(long id, long communityId, long stayId, String plate, HoldReason reason, @Nullable String note,
			Instant heldAt, String heldBy, HeldStatus status, boolean isNew, int version) {
		super(isNew, version);
		this.id = id;
		this.communityId = communityId;
		this.stayId = stayId;
		this.plate = plate;
		this.reason = reason;
		this.note = note;
		this.heldAt = heldAt;
		this.heldBy = heldBy;
		this.status = status;
	}

	/** The guard holds the vehicle of a stay, for a reason; the shift lead is called. */
	static HeldVehicle hold(long id, long communityId, long stayId, String plate, HoldReason reason,
			@Nullable String note, Instant at, String actor) {
		HeldVehicle h = new HeldVehicle(id, communityId, stayId, plate, reason, note, at, actor, HeldStatus.HELD, true,
				0);
		h.step(HeldAction.HOLD, null, HeldStatus.HELD, reason + (note == null ? "" : " " + note), at, actor);
		h.raise(new VehicleHeld(communityId, id, stayId, plate, reason));
		return h;
	}

	/** A held vehicle as stored; only the repository calls this. */
	static HeldVehicle restore(long id, long communityId, long stayId, String plate, HoldReason reason,
			@Nullable String note, Instant heldAt, String heldBy, HeldStatus status, @Nullable Instant policeCalledAt,
			@Nullable String policeNote, @Nullable Release release, @Nullable String incidentNote,
			List<Document> documents, int version) {
		HeldVehicle h = new HeldVehicle(id, communityId, stayId, plate, reason, note, heldAt, heldBy, status, false,
				version);
		h.policeCalledAt = policeCalledAt;
		h.policeNote = policeNote;
		h.release = release;
		h.incidentNote = incidentNote;
		h.documents.addAll(documents);
		return h;
	}

	// --- the steps ---------------------------------------------------------------------

	/** Keeps an uploaded copy of a document or of the signed statement. */
	void addDocument(DocumentKind kind, long fileId, String filename, Instant at, String actor) {
		check(HeldAction.ADD_DOCUMENT);
		Document d = new Document(kind, fileId, filename, actor, at);
		documents.add(d);
		newDocuments.add(d);
		step(HeldAction.ADD_DOCUMENT, status, status, kind + " " + filename, at, actor);
	}

	/**
	 * The owner wrote the statement and signed it on the pad (seed 001 item 8
	 * "书面说明留存,车主签字确认"): kept as a document with its text.
	 */
	void signStatement(String ownerName, String statement, long signatureFileId, Instant at, String actor) {
		check(HeldAction.ADD_DOCUMENT);
		Document d = new Document(DocumentKind.SIGNED_STATEMENT, signatureFileId, ownerName, actor, at, statement);
		documents.add(d);
		newDocuments.add(d);
		step(HeldAction.ADD_DOCUMENT, status, status, DocumentKind.SIGNED_STATEMENT + " " + ownerName, at, actor);
	}

	/** The police were called (seed 001 item 8 "与巡警取得联系"); the vehicle stays held. */
	void callPolice(@Nullable String note, Instant at, String actor) {
		check(HeldAction.CALL_POLICE);
		if (policeCalledAt == null) {
			policeCalledAt = at;
		}
		policeNote = note;
		step(HeldAction.CALL_POLICE, status, status, note, at, actor);
		raise(new PoliceCalled(communityId, id, plate, note));
	}

	/**
	 * The shift lead releases it: the driver verified as the owner, the three copies
	 * kept, the fee taken (its receipt); never the guard who held it (four eyes).
	 */
	void release(Release release) {
		check(HeldAction.RELEASE);
		FourEyes.HELD_VEHICLE.check(heldBy, release.releasedBy());
		List<DocumentKind> missing = missing();
		if (!missing.isEmpty()) {
			throw new RuleViolationException("carpark.held.documentsMissing", resolvable(missing.get(0).messageKey()),
					missing.size());
		}
		this.release = release;
		step(HeldAction.RELEASE, status, HeldStatus.RELEASED,
				release.ownerName() + " " + release.fee()
						+ (release.receiptNumber() == null ? "" : " " + release.receiptNumber()),
				release.at(), release.releasedBy());
		status = HeldStatus.RELEASED;
		raise(new HeldVehicleReleased(communityId, id, stayId, plate, release.releasedBy()));
	}

	void forceOut(String note, Instant at, String actor) {
		check(HeldAction.FORCE_OUT);
		incidentNote = note;
		step(HeldAction.FORCE_OUT, status, HeldStatus.FORCED_OUT, note, at, actor);
		status = HeldStatus.FORCED_OUT;
	}

	void abandon(String note, Instant at, String actor) {
		check(HeldAction.ABANDON);
		incidentNote = note;
		step(HeldAction.ABANDON, status, HeldStatus.ABANDONED, note, at, actor);
		status = HeldStatus.ABANDONED;
	}

	// --- the rules ---------------------------------------------------------------------

	/** The copies a release still needs, in the order of {@link #REQUIRED}. */
	List<DocumentKind> missing() {
		List<DocumentKind> missing = new ArrayList<>();
		for (DocumentKind k : REQUIRED) {
			if (documents.stream().noneMatch(d -> d.kind().satisfies(k))) {
				missing.add(k);
			}
		}
		return missing;
	}

	boolean allows(HeldAction action) {
		return action.allowedFrom(status);
	}

	/** The steps possible now (the page offers those the caller may take). */
	Set<HeldAction> possibleSteps() {
		Set<HeldAction> possible = EnumSet.noneOf(HeldAction.class);
		for (HeldAction a : HeldAction.values()) {
			if (a != HeldAction.HOLD && allows(a)) {
				possible.add(a);
			}
		}
		return possible;
	}

	void check(HeldAction action) {
		if (!allows(action)) {
			throw illegal(action.messageKey(), status.messageKey());
		}
	}

	// --- for the repository and the service ------------------------------------------

	/** The copies added since loading, not saved yet. */
	List<Document> newDocuments() {
		return List.copyOf(newDocuments);
	}

	void documentsSaved() {
		newDocuments.clear();
	}

	long id() {
		return id;
	}

	long communityId() {
		return communityId;
	}

	long stayId() {
		return stayId;
	}

	String plate() {
		return plate;
	}

	HoldReason reason() {
		return reason;
	}

	@Nullable String note() {
		return note;
	}

	Instant heldAt() {
		return heldAt;
	}

	String heldBy() {
		return heldBy;
	}

	HeldStatus status() {
		return status;
	}

	@Nullable Instant policeCalledAt() {
		return policeCalledAt;
	}

	@Nullable String policeNote() {
		return policeNote;
	}

	@Nullable Release release() {
		return release;
	}

	@Nullable String incidentNote() {
		return incidentNote;
	}

	List<Document> documents() {
		return List.copyOf(documents);
	}

}
