package com.guanjia.workorders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.guanjia.access.DepartmentKind;
import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.access.StaffView;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.time.BackEntry;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.residents.PartyId;
import com.guanjia.residents.ResidentDirectory;
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

	private final IdempotencyKeys keys;

	private final WorkOrderStepRules rules;

	private final StaffManagement staff;

	private final BackEntry backEntry;

	private final ResidentDirectory residents;

	WorkOrderIntake(WorkOrderStore store, UnitManagement units, WorkOrderCatalogue catalogue, WorkOrderClocks clocks,
			FileStorage files, IdempotencyKeys keys, WorkOrderStepRules rules, StaffManagement staff,
			BackEntry backEntry, ResidentDirectory residents) {
		this.staff = staff;
		this.backEntry = backEntry;
		this.store = store;
		this.residents = residents;
		this.units = units;
		this.catalogue = catalogue;
		this.clocks = clocks;
		this.files = files;
		this.keys = keys;
		this.rules = rules;
	}

	public WorkOrderView open(long communityId, OpenWorkOrder command) {
		store.scope.require(Permission.WORKORDER_WRITE);
		store.scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		Instant now = store.now();
		// Back-entered (补录): the clocks and the warranty count from when it was received.
		Instant received = backEntry.receivedAt(command.receivedAt(), now, "receivedAt", p);
		p.throwIfAny();
		String requestKey = OpenWorkOrder.blankToNull(command.requestKey());
		if (requestKey != null) {
			// A double submit waits here for the first one and then finds its order; the
			// key with another body is refused (issue 9 item 16).
			keys.claim(communityId, "workorder", requestKey, "open-work-order", command);
			var existing = store.orders.idByRequestKey(communityId, requestKey);
			if (existing.isPresent()) {
				return store.view(store.orders.find(List.of(communityId), existing.get()).orElseThrow());
			}
		}
		LocalDate today = clocks.today(communityId, now);
		LocalDate receivedDay = clocks.today(communityId, received);
		WorkOrderKind kind = command.kind();
		Place place = Place.of(null, null, OpenWorkOrder.blankToNull(command.location()));
		Classification classification = Classification.NONE;
		if (command.unitId() != null) {
			UnitView unit = units.findInService(UnitId.of(communityId, command.unitId()))
				.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
			place = Place.of(unit.id(), unit.label(), place.location());
			classification = decideWarranty(communityId, kind, unit, OpenWorkOrder.blankToNull(command.category()),
					receivedDay);
		}
		else if (command.category() != null && !command.category().isBlank()) {
			classification = categorise(communityId, command.category().strip());
		}
		if (command.reporterPartyId() != null
				&& residents.find(PartyId.of(communityId, command.reporterPartyId())).isEmpty()) {
			// Another community's person, or none (issue 9 item 17).
			throw ValidationException.of("reporterPartyId", "validation.resident.unknown");
		}
		Complaint complaint = null;
		if (kind.graded()) {
			if (command.residentDeadline() != null && command.residentDeadline().isBefore(today)) {
				throw ValidationException.of("residentDeadline", "validation.date.past");
			}
			complaint = new Complaint(command.severity(), OpenWorkOrder.blankToNull(command.complainedParty()),
					OpenWorkOrder.blankToNull(command.residentWants()), command.residentDeadline());
		}
		Request request = new Request(place, reporter(communityId, kind, command), command.description().strip(),
				OpenWorkOrder.blankToNull(command.convenientTime()), command.immediate(), command.sourceRecordId());
		// Every row is written once: the clocks first (under a reserved id, they set the
		// due time), then the order with its first step and its number, then the audit
		// entry. The number is taken last: the day's counter row stays locked until
		// commit, so concurrent intakes of one community wait for each other only for the
		// last two statements.
		DepartmentView responsible = department(communityId, kind, command.departmentId());
		WorkOrder o = WorkOrder.receive(communityId, store.orders.reserveId(), kind, request, classification, complaint,
				responsible == null ? null : responsible.id(), received);
		o.escalatesTo(responsible == null ? null : responsible.leadStaffId());
		clocks.opened(o);
		store.insertNew(o, today, requestKey, BackEntry.backEntered(received, now));
		store.publishPending(o);
		return store.view(o);
	}

	/**
	 * Who reported it. A member of staff named as reporter must be enabled staff of the
	 * community; a kind found by staff (a patrol finding) is reported by the caller when
	 * no one else is named (issue 10 item 14: "a finding's reporter is the staff member
	 * who found it").
	 */
	private Reporter reporter(long communityId, WorkOrderKind kind, OpenWorkOrder command) {
		String name = OpenWorkOrder.blankToNull(command.reporterName());
		Long staffId = command.reporterStaffId();
		if (staffId == null && kind.profile().reportedByStaff() && store.scope.staffId() != 0) {
			staffId = store.scope.staffId();
		}
		if (staffId != null) {
			long id = staffId;
			StaffView reporter = staff.recipients(communityId, null, id)
				.stream()
				.findFirst()
				.orElseThrow(() -> ValidationException.of("reporterStaffId", "validation.staff.unknown", id));
			if (name == null) {
				name = reporter.displayName();
			}
		}
		return new Reporter(command.reporterPartyId(), name, command.phoneOrNull(), staffId);
	}

	/**
	 * The department responsible (R4.3), which must be one of the community's. A
	 * complaint routed nowhere goes to the customer-service centre
	 * ("各“XX中心”接待站将投诉内容进行记录、分类、归口", seed 002), work in a public place to engineering
	 * (R3.6).
	 */
	private @Nullable DepartmentView department(long communityId, WorkOrderKind kind, @Nullable Long departmentId) {
		List<DepartmentView> departments = staff.departments(communityId);
		if (departmentId != null) {
			return departments.stream()
				.filter(d -> d.id() == departmentId)
				.findFirst()
				.orElseThrow(
						() -> ValidationException.of("departmentId", "validation.department.unknown", departmentId));
		}
		DepartmentKind routed = kind.graded() ? DepartmentKind.CUSTOMER_SERVICE
				: kind.visitedOnSite() && kind.inPublicPlace() ? DepartmentKind.ENGINEERING : null;
		return routed == null ? null
				: departments.stream().filter(d -> routed.name().equals(d.code())).findFirst().orElse(null);
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
