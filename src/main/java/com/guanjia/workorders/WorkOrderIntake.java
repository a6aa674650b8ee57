package com.guanjia.workorders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.WorkOrderEvents.ComplaintRaised;
import com.guanjia.workorders.WorkOrderEvents.WorkOrderOpened;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in work orders (R3.1, R3.7, R4.1): checks the input, decides the warranty of a
 * repair (R3.5), gives the order its number (WO-yyyyMMdd-nnnn, gap-free per community and
 * day) and starts its clocks. A repeated request key returns the order already taken in.
 */
@Service
@Transactional
public class WorkOrderIntake {

	static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;

	static final Set<String> PHOTO_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private final WorkOrderStore store;

	private final UnitManagement units;

	private final WorkOrderCatalogue catalogue;

	private final WorkOrderClocks clocks;

	private final FileStorage files;

	private final JdbcClient jdbc;

	WorkOrderIntake(WorkOrderStore store, UnitManagement units, WorkOrderCatalogue catalogue, WorkOrderClocks clocks,
			FileStorage files, JdbcClient jdbc) {
		this.store = store;
		this.units = units;
		this.catalogue = catalogue;
		this.clocks = clocks;
		this.files = files;
		this.jdbc = jdbc;
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
			jdbc.sql("select pg_advisory_xact_lock(?, hashtext(?))").params((int) communityId, requestKey).query(rs -> {
			});
			var existing = store.orders.idByRequestKey(communityId, requestKey);
			if (existing.isPresent()) {
				return store.view(store.orders.find(java.util.List.of(communityId), existing.get()).orElseThrow());
			}
		}
		Instant now = store.now();
		LocalDate today = clocks.today(communityId, now);
		WorkOrder o = new WorkOrder();
		o.communityId = communityId;
		o.kind = command.kind();
		o.status = WorkOrderStatus.RECEIVED;
		o.description = command.description().strip();
		o.location = OpenWorkOrder.blankToNull(command.location());
		o.reporterPartyId = command.reporterPartyId();
		o.reporterName = OpenWorkOrder.blankToNull(command.reporterName());
		o.reporterPhone = command.phoneOrNull();
		o.convenientTime = OpenWorkOrder.blankToNull(command.convenientTime());
		o.immediate = command.immediate();
		o.sourceRecordId = command.sourceRecordId();
		o.createdAt = now;
		if (command.unitId() != null) {
			UnitView unit = units.find(UnitId.of(communityId, command.unitId()))
				.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
			o.unitId = unit.id();
			o.unitLabel = unit.label();
			decideWarranty(o, unit, OpenWorkOrder.blankToNull(command.category()), today);
		}
		else if (command.category() != null && !command.category().isBlank()) {
			categorise(o, command.category().strip());
		}
		if (o.kind == WorkOrderKind.COMPLAINT) {
			o.severity = command.severity();
			o.complainedParty = OpenWorkOrder.blankToNull(command.complainedParty());
			o.residentWants = OpenWorkOrder.blankToNull(command.residentWants());
			if (command.residentDeadline() != null && command.residentDeadline().isBefore(today)) {
				throw ValidationException.of("residentDeadline", "validation.date.past");
			}
			o.residentDeadline = command.residentDeadline();
		}
		// Every row is written once: the clocks first (under a reserved id, they set the
		// due time), then the order with its first step and its number, then the audit
		// entry. The number is taken last: the day's counter row stays locked until
		// commit, so concurrent intakes of one community wait for each other only for the
		// last two statements.
		o.id = store.orders.reserveId();
		o.opened(o.kind.isRepair() ? o.warranty.name() : null);
		clocks.opened(o);
		store.insertNew(o, today, requestKey);
		store.publishPending(o);
		store.publish(new WorkOrderOpened(communityId, o.id, o.number, o.kind, o.severity, o.sourceRecordId));
		if (o.severity == Severity.MAJOR) {
			store.publish(new ComplaintRaised(communityId, o.id, o.number, o.severity, "MANAGER"));
		}
		else if (o.severity == Severity.IMPORTANT) {
			store.publish(new ComplaintRaised(communityId, o.id, o.number, o.severity, "SUPERVISOR"));
		}
		return store.view(o);
	}

	private void decideWarranty(WorkOrder o, UnitView unit, String category, LocalDate today) {
		if (category == null) {
			return;
		}
		var c = catalogue.category(o.communityId, category)
			.orElseThrow(() -> ValidationException.of("category", "validation.category.unknown", category));
		// A handover defect or construction leftover (R3.7) is the developer's to put
		// right,
		// never the resident's to pay, however long ago the unit was handed over.
		Warranty w = o.kind == WorkOrderKind.HANDOVER_DEFECT ? new Warranty(Warranty.Decision.FREE, c.code(), null)
				: WarrantyPolicy.decide(unit.handoverDate(), c.code(), true, c.months(), today);
		o.category = c.code();
		o.leak = c.leak();
		o.safety = c.safety();
		o.warranty = w.decision();
		o.warrantyUntil = w.until();
	}

	private void categorise(WorkOrder o, String category) {
		var c = catalogue.category(o.communityId, category)
			.orElseThrow(() -> ValidationException.of("category", "validation.category.unknown", category));
		o.category = c.code();
		o.leak = c.leak();
		o.safety = c.safety();
	}

	/**
	 * Adds a photo (JPEG, PNG or WebP, at most 5 MB, checked by its content, not only its
	 * name).
	 */
	public long addPhoto(long workOrderId, String filename, String contentType, byte[] content) {
		WorkOrder o = store.load(workOrderId);
		if (!(store.scope.has(Permission.WORKORDER_WRITE) || o.isAssignedTo(store.scope.staffId()))) {
			throw new org.springframework.security.access.AccessDeniedException("not the order's technician");
		}
		checkPhoto(filename, contentType, content);
		var stored = files.store(o.communityId, filename, contentType, content);
		jdbc.sql("""
				insert into work_order_photo (community_id, work_order_id, file_id, filename, added_at, added_by)
				values (?, ?, ?, ?, ?, ?)""")
			.params(o.communityId, o.id, stored.id(), filename, WorkOrderRepository.utc(store.now()),
					store.scope.actor())
			.update();
		o.note(WorkOrderAction.PHOTO, filename);
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
