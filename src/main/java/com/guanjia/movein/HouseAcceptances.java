package com.guanjia.movein;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.guanjia.archive.DocumentFiling;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.meters.MeterKind;
import com.guanjia.meters.MeterManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileType;
import com.guanjia.platform.storage.SignatureImage;
import com.guanjia.platform.storage.UploadPolicy;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.WorkOrderIntake;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * House acceptance (R8.3; seed 002 ⑤): the sheet of a move-in case filled on a phone with
 * engineering, defects with photos, the base readings confirmed with the owner and given
 * to meters (R7.2), every defect turned into a handover-defect work order in one action,
 * the work orders' completion followed, the second acceptance booked and checked, the
 * owner's signature on a signature pad — which completes step ⑤ of the case.
 */
@Service
@Transactional
@NamedInterface("api")
public class HouseAcceptances {

	/** A photo of a defect. */
	public record Photo(@Nullable String filename, byte @Nullable [] content) {
	}

	/** The base readings as entered. */
	@NamedInterface("api")
	public record ConfirmReadings(@Nullable String waterCode, @Nullable BigDecimal water,
			@Nullable String electricityCode, @Nullable BigDecimal electricity, @Nullable String gasCode,
			@Nullable BigDecimal gas, @Nullable String confirmedBy) {

		void validate() {
			Problems p = new Problems();
			p.text("waterCode", waterCode, 30).text("electricityCode", electricityCode, 30);
			reading(p, "water", water, true);
			reading(p, "electricity", electricity, true);
			reading(p, "gas", gas, false);
			if (gas != null) {
				p.text("gasCode", gasCode, 30);
			}
			p.text("confirmedBy", confirmedBy, 50);
			p.throwIfAny();
		}

		private static void reading(Problems p, String field, @Nullable BigDecimal value, boolean required) {
			if (value == null) {
				p.check(!required, field, "validation.required");
				return;
			}
			p.check(value.signum() >= 0 && value.scale() <= 2 && value.precision() - value.scale() <= 10, field,
					"acceptance.reading.invalid");
		}

	}

	private final AcceptanceRepository acceptances;

	private final MoveInCaseRepository cases;

	private final MoveIns moveIns;

	private final WorkOrderIntake workOrders;

	private final MeterManagement meters;

	private final UnitDocuments archive;

	private final FileStorage files;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final StaffNames staffNames;

	HouseAcceptances(AcceptanceRepository acceptances, MoveInCaseRepository cases, MoveIns moveIns,
			WorkOrderIntake workOrders, MeterManagement meters, UnitDocuments archive, FileStorage files,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			java.time.Clock clock, StaffNames staffNames) {
		this.staffNames = staffNames;
		this.acceptances = acceptances;
		this.cases = cases;
		this.moveIns = moveIns;
		this.workOrders = workOrders;
		this.meters = meters;
		this.archive = archive;
		this.files = files;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Lays out the sheet of an open case (one per case; 409 for a second). */
	public AcceptanceView start(long caseId) {
		scope.require(Permission.ACCEPTANCE_RECORD);
		MoveInCase c = cases.lock(scope.allowedIds(), caseId)
			.orElseThrow(() -> new NotFoundException("moveIn", caseId));
		c.check(MoveInAction.ACCEPT);
		if (acceptances.ofCase(c.communityId(), c.id()).isPresent()) {
			throw new ConflictException("acceptance.alreadyStarted", c.unitLabel());
		}
		return commit(HouseAcceptance.start(acceptances.nextId(), c.communityId(), c.id(), c.unitId(), c.unitLabel(), 0,
				AcceptanceSheet.ROOMS, AcceptanceSheet.ITEMS, clock.instant(), scope.actor()));
	}

	/**
	 * One item as found; a defect needs a note and may carry photos (JPEG, PNG, WebP).
	 */
	public AcceptanceView record(long id, @Nullable String room, @Nullable Integer position,
			@Nullable ItemOutcome outcome, @Nullable String note, List<Photo> photos) {
		Problems p = new Problems();
		p.text("room", room, 20).required("position", position).required("outcome", outcome);
		p.optionalText("note", note, 300);
		p.check(photos.size() <= 6, "photos", "movein.tooMany", 6);
		List<FileType> types = new ArrayList<>();
		for (Photo photo : photos) {
			types.add(UploadPolicy.PHOTO.check(p, "photos", photo.filename(), photo.content()));
		}
		p.throwIfAny();
		HouseAcceptance a = load(id);
		a.check(AcceptanceAction.RECORD_ITEM);
		List<Long> stored = new ArrayList<>();
		for (int i = 0; i < photos.size(); i++) {
			Photo photo = photos.get(i);
			stored.add(
					files
						.store(a.communityId(), UploadPolicy.cleanName(photo.filename(), "defect"),
								types.get(i).contentType(), photo.content())
						.id());
		}
		a.record(new HouseAcceptance.Key(room.strip(), position), outcome, note == null ? null : note.strip(), stored,
				clock.instant());
		return commit(a);
	}

	/**
	 * The rest of one room passes (本房间其余项目合格): its lines not recorded yet become PASS in
	 * one transaction; a line already recorded is never overwritten. 422 when the sheet
	 * no longer takes recordings, 404 outside the caller's communities.
	 */
	public AcceptanceView passRest(long id, @Nullable String room) {
		new Problems().text("room", room, 20).throwIfAny();
		HouseAcceptance a = load(id);
		a.passRest(room.strip(), clock.instant());
		return commit(a);
	}

	/**
	 * The water, electricity and (where the unit has gas) gas base readings confirmed
	 * with the owner, given to meters as the meters' base (R7.2).
	 */
	public AcceptanceView recordReadings(long id, ConfirmReadings command) {
		command.validate();
		HouseAcceptance a = load(id);
		a.check(AcceptanceAction.RECORD_READINGS);
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(a.communityId())));
		UnitId unit = UnitId.of(a.communityId(), a.unitId());
		String owner = command.confirmedBy().strip();
		meters.confirmBaseAtMoveIn(unit, MeterKind.WATER, command.waterCode(), command.water(), today, owner,
				"waterCode");
		meters.confirmBaseAtMoveIn(unit, MeterKind.ELECTRICITY, command.electricityCode(), command.electricity(), today,
				owner, "electricityCode");
		String gasCode = null;
		if (command.gas() != null) {
			gasCode = command.gasCode().strip();
			meters.confirmBaseAtMoveIn(unit, MeterKind.GAS, gasCode, command.gas(), today, owner, "gasCode");
		}
		a.recordReadings(new HouseAcceptance.Readings(command.waterCode().strip(), command.water(),
				command.electricityCode().strip(), command.electricity(), gasCode, command.gas(), owner,
				clock.instant()));
		return commit(a);
	}

	/** Every item checked and the readings confirmed: passed, or defects found. */
	public AcceptanceView finish(long id) {
		HouseAcceptance a = load(id);
		a.finish(clock.instant());
		return commit(a);
	}

	/** Every open defect becomes a handover-defect work order (R3.7), in one action. */
	public AcceptanceView orderDefects(long id) {
		HouseAcceptance a = load(id);
		scope.require(Permission.WORKORDER_WRITE);
		a.check(AcceptanceAction.ORDER_DEFECTS);
		MoveInCase c = cases.find(List.of(a.communityId()), a.caseId()).orElseThrow();
		Map<HouseAcceptance.Key, WorkOrderRef> orders = new LinkedHashMap<>();
		for (HouseAcceptance.Item defect : a.openDefects()) {
			WorkOrderView o = workOrders.open(a.communityId(),
					OpenWorkOrder.of(WorkOrderKind.HANDOVER_DEFECT)
						.unit(a.unitId())
						.reporter(c.applicant().ownerPartyId(), c.applicant().ownerName(), null)
						.description(defect.room() + " " + defect.text() + "：" + defect.note())
						.requestKey("acceptance:" + a.id() + ":" + defect.key() + ":" + a.round())
						.build());
			orders.put(defect.key(), new WorkOrderRef(o.id(), o.number()));
		}
		a.ordered(orders, clock.instant());
		return commit(a);
	}

	/** The second acceptance's time, agreed with the owner. */
	public AcceptanceView bookRecheck(long id, @Nullable Instant at) {
		new Problems().required("at", at).throwIfAny();
		HouseAcceptance a = load(id);
		a.bookRecheck(at, clock.instant());
		return commit(a);
	}

	/** The second acceptance: each open defect found right ({@code true}) or not. */
	public AcceptanceView recheck(long id, Map<String, Boolean> found) {
		HouseAcceptance a = load(id);
		Map<HouseAcceptance.Key, Boolean> byKey = new LinkedHashMap<>();
		found.forEach((k, v) -> {
			int hash = k.lastIndexOf('#');
			if (hash < 1 || v == null) {
				throw ValidationException.of("found", "validation.invalid");
			}
			try {
				byKey.put(new HouseAcceptance.Key(k.substring(0, hash), Integer.parseInt(k.substring(hash + 1))), v);
			}
			catch (NumberFormatException ex) {
				throw ValidationException.of("found", "validation.invalid");
			}
		});
		a.recheck(byKey, clock.instant());
		return commit(a);
	}

	/**
	 * The owner signs the accepted house on the signature pad: the sheet and the
	 * signature go to the unit's archive and step ⑤ of the case is done.
	 */
	public AcceptanceView sign(long id, @Nullable String name, @Nullable String signature) {
		Problems p = new Problems();
		p.text("name", name, 50).text("signature", signature, 1_000_000);
		p.throwIfAny();
		byte[] png = SignatureImage.decode(signature, "signature");
		HouseAcceptance a = load(id);
		a.check(AcceptanceAction.SIGN);
		long fileId = files.store(a.communityId(), "signature.png", "image/png", png).id();
		a.sign(name.strip(), fileId, clock.instant());
		UnitId unit = UnitId.of(a.communityId(), a.unitId());
		archive.file(unit, DocumentFiling.form(DocumentType.ACCEPTANCE_SHEET,
				a.unitLabel() + " · acceptance #" + a.id(), "/acceptances/" + a.id(), "acceptance:" + a.id()), "form");
		archive.file(unit, DocumentFiling.file(DocumentType.SIGNATURE, a.unitLabel() + " · " + name.strip(),
				"signature.png", png, "acceptance:" + a.id() + ":signature"), "signature");
		AcceptanceView view = commit(a);
		moveIns.accepted(a.communityId(), a.caseId(), a.id());
		return view;
	}

	// --- reads -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public AcceptanceView get(long id) {
		requireReader();
		return AcceptanceView
			.of(acceptances.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("acceptance", id)));
	}

	/** The case's acceptance, if it was started. */
	@Transactional(readOnly = true)
	public java.util.Optional<AcceptanceView> ofCase(long caseId) {
		MoveInView c = moveIns.get(caseId);
		return acceptances.ofCase(c.communityId(), c.id()).map(AcceptanceView::of);
	}

	@Transactional(readOnly = true)
	public List<MoveInHistoryLine> history(long id) {
		AcceptanceView a = get(id);
		return staffNames.named(acceptances.history(a.communityId(), a.id()));
	}

	/**
	 * A photo or the signature of the acceptance (404 when it is not one of its files).
	 */
	@Transactional(readOnly = true)
	public FileStorage.StoredFileContent file(long id, long fileId) {
		AcceptanceView a = get(id);
		boolean ours = Long.valueOf(fileId).equals(a.signatureFileId())
				|| a.items().stream().anyMatch(l -> l.photoFileIds().contains(fileId));
		return (ours ? files.load(a.communityId(), fileId) : java.util.Optional.<FileStorage.StoredFileContent>empty())
			.orElseThrow(() -> new NotFoundException("file", fileId));
	}

	// --- from the work orders (package-private) ---------------------------------------

	/** A defect's work order is done; nothing when it is no longer awaited. */
	void defectDone(long communityId, long workOrderId) {
		acceptances.lockByWorkOrder(communityId, workOrderId)
			.filter(a -> a.allows(AcceptanceAction.DEFECT_FIXED) && a.awaits(workOrderId))
			.ifPresent(a -> {
				a.defectFixed(workOrderId, clock.instant());
				save(a, StaffNames.SYSTEM);
			});
	}

	private void requireReader() {
		if (!scope.has(Permission.ACCEPTANCE_RECORD) && !scope.has(Permission.MOVEIN_WRITE)) {
			scope.require(Permission.ACCEPTANCE_RECORD);
		}
	}

	private HouseAcceptance load(long id) {
		scope.require(Permission.ACCEPTANCE_RECORD);
		return acceptances.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("acceptance", id));
	}

	private AcceptanceView commit(HouseAcceptance a) {
		return save(a, scope.actor());
	}

	private AcceptanceView save(HouseAcceptance a, String actor) {
		acceptances.save(a, actor);
		for (HouseAcceptance.Step step : a.steps()) {
			audit.record(a.communityId(), "acceptance", a.id(), step.action().name().toLowerCase(Locale.ROOT),
					a.unitLabel() + (step.note() == null ? "" : " " + step.note()));
		}
		a.events().forEach(events::publishEvent);
		a.saved();
		return AcceptanceView.of(a);
	}

}
