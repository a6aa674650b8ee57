package com.guanjia.carpark;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.guanjia.carpark.ParkingFeeRepository.Kind;
import com.guanjia.cashier.CashierFees;
import com.guanjia.cashier.FeePayment;
import com.guanjia.cashier.FeePurpose;
import com.guanjia.cashier.ReceiptView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.SignatureImage;
import com.guanjia.platform.storage.FileType;
import com.guanjia.platform.storage.UploadPolicy;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Held vehicles (R12.3, seed 001 item 8): the guard holds a vehicle at the exit; the
 * shift lead comes, checks that the driver is the owner, keeps copies of the vehicle
 * licence and ID card and the owner's signed statement (uploaded), takes the fee as a
 * visitor's with a receipt, and releases it; or calls the police; a forced exit or an
 * abandoned vehicle is an incident (R12.5). The steps are {@link HeldVehicle}'s and the
 * stay's ({@link Stay}); this service loads both, pays, saves and publishes, in one
 * transaction.
 */
@Service
@Transactional
public class HeldVehicles {

	/** An uploaded copy as it came from the phone (a photo or a scanned PDF). */
	public record DocumentUpload(@Nullable String filename, byte[] content) {
	}

	private final HeldVehicleRepository held;

	private final StayRepository stays;

	private final ParkingFeeRepository fees;

	private final CarparkSettings settings;

	private final CashierFees cashier;

	private final FileStorage files;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	HeldVehicles(HeldVehicleRepository held, StayRepository stays, ParkingFeeRepository fees, CarparkSettings settings,
			CashierFees cashier, FileStorage files, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, GateTime time) {
		this.held = held;
		this.stays = stays;
		this.fees = fees;
		this.settings = settings;
		this.cashier = cashier;
		this.files = files;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	/**
	 * The guard holds a vehicle inside (no card, not matching the record, suspicious).
	 */
	public HeldView hold(long stayId, @Nullable HoldReason reason, @Nullable String note) {
		scope.require(Permission.CARPARK_GATE);
		Problems p = new Problems();
		p.required("reason", reason);
		p.optionalText("note", note, 200);
		p.throwIfAny();
		Stay s = stays.lock(scope.allowedIds(), stayId).orElseThrow(() -> new NotFoundException("stay", stayId));
		return holdStay(s, reason, EnterVehicle.strip(note), time.now(), scope.actor());
	}

	/** Holds the stay's vehicle (the gate holds a card of another plate at the exit). */
	HeldView holdStay(Stay s, HoldReason reason, @Nullable String note, Instant at, String actor) {
		s.hold(reason, at, actor);
		saveStay(s);
		HeldVehicle h = HeldVehicle.hold(held.nextId(), s.communityId(), s.id(), s.plate(), reason, note, at, actor);
		return commit(h);
	}

	/**
	 * Keeps a copy of the owner's documents or the signed statement (multipart upload).
	 */
	public HeldView addDocument(long heldId, @Nullable DocumentKind kind, @Nullable DocumentUpload upload) {
		scope.require(Permission.CARPARK_GATE);
		Problems p = new Problems();
		p.required("kind", kind);
		p.check(kind == null || kind.uploadable(), "kind", "validation.invalid");
		FileType type = UploadPolicy.DOCUMENT.check(p, "file", upload == null ? null : upload.filename(),
				upload == null ? null : upload.content());
		p.throwIfAny();
		HeldVehicle h = load(heldId);
		h.check(HeldAction.ADD_DOCUMENT);
		String name = UploadPolicy.cleanName(upload.filename(), kind.name().toLowerCase(Locale.ROOT));
		name = name.length() > 200 ? name.substring(name.length() - 200) : name;
		FileStorage.StoredFile file = files.store(h.communityId(), name, type.contentType(), upload.content());
		h.addDocument(kind, file.id(), name, time.now(), scope.actor());
		return commit(h);
	}

	/**
	 * The owner writes the statement and signs it on the phone's signature pad (seed 001
	 * item 8 "书面说明留存,车主签字确认"; the pad the work orders' sign-off uses): the text and the
	 * signature's picture are kept, and stand for an uploaded copy of a paper statement.
	 */
	public HeldView signStatement(long heldId, SignStatement command) {
		scope.require(Permission.CARPARK_GATE);
		Problems p = new Problems();
		p.text("ownerName", command.ownerName(), 50).text("statement", command.statement(), 500);
		p.required("signature", EnterVehicle.strip(command.signature()));
		p.throwIfAny();
		byte[] png = SignatureImage.decode(command.signature().strip(), "signature");
		HeldVehicle h = load(heldId);
		h.check(HeldAction.ADD_DOCUMENT);
		FileStorage.StoredFile file = files.store(h.communityId(), "statement-signature.png", "image/png", png);
		h.signStatement(command.ownerName().strip(), command.statement().strip(), file.id(), time.now(), scope.actor());
		return commit(h);
	}

	/** The owner's statement and signature drawn on the pad (a PNG data URL). */
	public record SignStatement(@Nullable String ownerName, @Nullable String statement, @Nullable String signature) {
	}

	/** The police were called (seed 001 item 8 "与巡警取得联系"). */
	public HeldView callPolice(long heldId, @Nullable String note) {
		scope.require(Permission.CARPARK_GATE);
		new Problems().optionalText("note", note, 200).throwIfAny();
		HeldVehicle h = load(heldId);
		h.callPolice(EnterVehicle.strip(note), time.now(), scope.actor());
		return commit(h);
	}

	/**
	 * The shift lead releases the vehicle: the driver verified as the owner, the three
	 * copies kept, the fee taken as a visitor's with a receipt (pays by the tariff, free
	 * only when too short to charge); never the guard who held it.
	 */
	public HeldView release(long heldId, ReleaseVehicle command) {
		scope.require(Permission.CARPARK_RELEASE);
		command.validate();
		HeldVehicle h = load(heldId);
		h.check(HeldAction.RELEASE);
		Stay s = stays.lock(List.of(h.communityId()), h.stayId()).orElseThrow();
		if (s.passHanded() && !command.passReturned()) {
			throw ValidationException.of("passReturned", "carpark.exit.passNotReturned");
		}
		Instant now = time.now();
		long c = h.communityId();
		Tariff.Charge charge = settings.inForce(c, now).charge(s.entry().at(), now, time.zone(c));
		ExitPolicy.Decision d = ExitPolicy.decide(CardCheck.NONE, charge, null);
		ReceiptView receipt = null;
		if (d.fee().isPositive()) {
			if (command.method() == null) {
				throw ValidationException.of("method", "validation.required");
			}
			receipt = cashier.take(c, new FeePayment(FeePurpose.PARKING, s.plate(), d.fee().amount(), command.method(),
					command.tendered(), StayView.of(s, null).ticket(), "carpark-stay:" + s.id()));
		}
		h.release(new HeldVehicle.Release(command.ownerName().strip(), scope.actor(), now, d.fee(),
				receipt == null ? null : receipt.number()));
		s.release(new Stay.Exit(EntrySource.GATE, now, scope.actor(), d.fee(), d.freeReason(),
				d.freeReason() == null ? null : charge.minutes() + " min", null, null, true, command.passReturned(),
				EnterVehicle.strip(command.requestKey())));
		saveStay(s);
		if (receipt != null) {
			fees.record(Kind.RELEASE, s.id(), null, s.plate(), receipt, now);
		}
		return commit(h);
	}

	/**
	 * A held vehicle that forced its way out or was abandoned: its hold ends with the
	 * stay.
	 */
	void endWithStay(Stay s, StayStatus how, String note) {
		held.lockOpenOfStay(s.communityId(), s.id()).ifPresent(h -> {
			if (how == StayStatus.FORCED_OUT) {
				h.forceOut(note, time.now(), scope.actor());
			}
			else {
				h.abandon(note, time.now(), scope.actor());
			}
			commit(h);
		});
	}

	@Transactional(readOnly = true)
	public HeldView get(long heldId) {
		requireReader();
		return HeldView
			.of(held.find(scope.allowedIds(), heldId).orElseThrow(() -> new NotFoundException("heldVehicle", heldId)));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(long heldId) {
		HeldView h = get(heldId);
		return held.history(h.communityId(), heldId);
	}

	/** Vehicles held now, the longest held first. */
	@Transactional(readOnly = true)
	public List<HeldView> open(long communityId) {
		requireReader();
		scope.require(communityId);
		return held.open(communityId).stream().map(HeldView::of).toList();
	}

	/**
	 * One of the held vehicle's copies, for the shift lead to look at; the look is
	 * audited, so the transaction writes (a read-only one answered 500).
	 */
	public FileStorage.StoredFileContent document(long heldId, long fileId) {
		HeldView h = get(heldId);
		long file = held.documentFile(h.communityId(), heldId, fileId)
			.orElseThrow(() -> new NotFoundException("document", fileId));
		audit.record(h.communityId(), "held_vehicle", heldId, "read-document", String.valueOf(fileId));
		return files.load(h.communityId(), file).orElseThrow(() -> new NotFoundException("document", fileId));
	}

	// --- plumbing ----------------------------------------------------------------------

	private HeldVehicle load(long heldId) {
		return held.lock(scope.allowedIds(), heldId).orElseThrow(() -> new NotFoundException("heldVehicle", heldId));
	}

	private void saveStay(Stay s) {
		stays.save(s);
		for (Aggregate.Step step : s.steps()) {
			audit.record(s.communityId(), "parking_stay", s.id(), step.action().toLowerCase(Locale.ROOT),
					s.plate() + (step.note() == null ? "" : " " + step.note()));
		}
		s.events().forEach(events::publishEvent);
		s.saved();
	}

	private HeldView commit(HeldVehicle h) {
		held.save(h);
		for (Aggregate.Step step : h.steps()) {
			audit.record(h.communityId(), "held_vehicle", h.id(), step.action().toLowerCase(Locale.ROOT),
					h.plate() + (step.note() == null ? "" : " " + step.note()));
		}
		h.events().forEach(events::publishEvent);
		h.saved();
		return HeldView.of(h);
	}

	private void requireReader() {
		if (!scope.has(Permission.CARPARK_REPORT) && !scope.has(Permission.CARPARK_ADMIN)) {
			scope.require(Permission.CARPARK_GATE);
		}
	}

}
