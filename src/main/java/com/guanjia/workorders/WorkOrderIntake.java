package com.guanjia.workorders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderSnapshot.Classification;
import com.guanjia.workorders.WorkOrderSnapshot.Complaint;
import com.guanjia.workorders.WorkOrderSnapshot.Place;
import com.guanjia.workorders.WorkOrderSnapshot.Reporter;
import com.guanjia.workorders.WorkOrderSnapshot.Request;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in work orders (R3.1, R3.7, R4.1): checks the input, decides the warranty of a
 * repair (R3.5), gives the order its number (WO-yyyyMMdd-nnnn, gap-free per community and
 * day) and starts its clocks. A repeated request key returns the order already taken in.
 */
@Service
@Transactional
@NamedInterface("api")
public class WorkOrderIntake {

	static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

	static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private final WorkOrderStore store;

	private final UnitManagement units;

	private final WorkOrderCatalogue catalogue;

	private final WorkOrderClocks clocks;

	private final FileStorage files;

	private final AdvisoryLocks locks;

	private final WorkOrderStepRules rules;

	WorkOrderIntake(WorkOrderStore store, UnitManagement units, WorkOrderCatalogue catalogue, WorkOrderClocks clocks,
			FileStorage files, AdvisoryLocks locks, WorkOrderStepRules rules) {
		this.store = store;
		this.units = units;
		this.catalogue = catalogue;
		this.clocks = clocks;
		this.files = files;
		this.locks = locks;
		this.rules = rules;
	}

	public WorkOrderView open(long communityId, OpenWorkOrder command) {
		store.scope.require(Permission.WORKORDER_WRITE);
		store.scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		p.throwIfAny();
		String requestKey = OpenWorkOrder.blankToNull(command.requestKey());
		if (requestKey != null) {
			// A double submit waits here for the first one and then finds its order.
			locks.lockForTransaction(communityId, requestKey);
			var existing = store.orders.idByRequestKey(communityId, requestKey);
			if (existing.isPresent()) {
				return store.view(store.orders.find(List.of(communityId), existing.get()).orElseThrow());
			}
		}
		Instant now = store.now();
		LocalDate today = clocks.today(communityId, now);
		WorkOrderKind kind = command.kind();
		Place place = Place.of(null, null, OpenWorkOrder.blankToNull(command.location()));
		Classification classification = Classification.NONE;
		if (command.unitId() != null) {
			UnitView unit = units.findInService(UnitId.of(communityId, command.unitId()))
				.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
			place = Place.of(unit.id(), unit.label(), place.location());
			classification = decideWarranty(communityId, kind, unit, OpenWorkOrder.blankToNull(command.category()),
					today);
		}
		else if (command.category() != null && !command.category().isBlank()) {
			classification = categorise(communityId, command.category().strip());
		}
		Complaint complaint = null;
		if (kind.graded()) {
			if (command.residentDeadline() != null && command.residentDeadline().isBefore(today)) {
				throw ValidationException.of("residentDeadline", "validation.date.past");
			}
			complaint = new Complaint(command.severity(), OpenWorkOrder.blankToNull(command.complainedParty()),
					OpenWorkOrder.blankToNull(command.residentWants()), command.residentDeadline());
		}
		Request request = new Request(place,
				new Reporter(command.reporterPartyId(), OpenWorkOrder.blankToNull(command.reporterName()),
						command.phoneOrNull()),
				command.description().strip(), OpenWorkOrder.blankToNull(command.convenientTime()), command.immediate(),
				command.sourceRecordId());
		// Every row is written once: the clocks first (under a reserved id, they set the
		// due time), then the order with its first step and its number, then the audit
		// entry. The number is taken last: the day's counter row stays locked until
		// commit, so concurrent intakes of one community wait for each other only for the
		// last two statements.
		WorkOrder o = WorkOrder.receive(communityId, store.orders.reserveId(), kind, request, classification, complaint,
				now);
		clocks.opened(o);
		store.insertNew(o, today, requestKey);
		store.publishPending(o);
		return store.view(o);
	}

	private Classification decideWarranty(long communityId, WorkOrderKind kind, UnitView unit,
			@Nullable String category, LocalDate today) {
		if (category == null) {
			return Classification.NONE;
		}
		var c = catalogue.category(communityId, category)
			.orElseThrow(() -> ValidationException.of("category", "validation.category.unknown", category));
		// A handover defect or construction leftover (R3.7) is the developer's to put
		// right, never the resident's to pay, however long ago the unit was handed over.
		Warranty w = kind.profile().alwaysUnderWarranty() ? new Warranty(Warranty.Decision.FREE, c.code(), null)
				: WarrantyPolicy.decide(unit.handoverDate(), c.code(), true, c.months(), today);
		return new Classification(c.code(), w.decision(), w.until(), c.leak(), c.safety());
	}

	private Classification categorise(long communityId, String category) {
		var c = catalogue.category(communityId, category)
			.orElseThrow(() -> ValidationException.of("category", "validation.category.unknown", category));
		return new Classification(c.code(), Warranty.Decision.UNKNOWN, null, c.leak(), c.safety());
	}

	/**
	 * Adds a photo (JPEG, PNG or WebP, at most 5 MB, checked by its content, not only its
	 * name).
	 */
	public long addPhoto(WorkOrderId workOrderId, String filename, String contentType, byte[] content) {
		WorkOrder o = store.load(workOrderId);
		rules.require(WorkOrderAction.PHOTO, o);
		checkPhoto(filename, contentType, content);
		var stored = files.store(o.communityId(), filename, contentType, content);
		o.addPhoto(stored.id(), filename);
		store.commit(o, WorkOrderAction.PHOTO);
		return stored.id();
	}

	static void checkPhoto(String filename, String contentType, byte[] content) {
		Problems p = new Problems();
		p.text("file", filename, 255);
		p.check(content.length > 0, "file", "validation.file.empty");
		p.check(content.length <= MAX_PHOTO_BYTES, "file", "validation.file.tooLarge");
		p.check(PHOTO_TYPES.contains(contentType) && contentType.equals(sniff(content)), "file",
				"validation.file.type");
		p.throwIfAny();
	}

	/** The image type the bytes really are, from their magic numbers. */
	static String sniff(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
			return "image/png";
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return "image/webp";
		}
		return "application/octet-stream";
	}

}
