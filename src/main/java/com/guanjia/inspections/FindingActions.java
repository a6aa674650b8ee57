package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.guanjia.access.DepartmentView;
import com.guanjia.access.StaffManagement;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import com.guanjia.workorders.IntakeWithPhotos;
import com.guanjia.workorders.OpenWorkOrder;
import com.guanjia.workorders.WorkOrderKind;
import com.guanjia.workorders.WorkOrderView;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a butler or supervisor does with a finding (R11.3): one action makes it a
 * public-facility work order (with its photos, the checkpoint as its place and the staff
 * member who found it as reporter); a cleaning or greening lapse becomes a rectification
 * notice to the contractor covering its area, with a deadline; it can go to another
 * department with a note, or be confirmed fixed. Which of these a finding allows is the
 * model's answer ({@link FindingView#steps()}).
 */
@Service
@Transactional
@NamedInterface("api")
public class FindingActions {

	private final FindingRepository findings;

	private final RectificationRepository rectifications;

	private final ContractorRepository contractors;

	private final RoundRepository rounds;

	private final IntakeWithPhotos intake;

	private final StaffManagement staff;

	private final FileStorage files;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FindingActions(FindingRepository findings, RectificationRepository rectifications, ContractorRepository contractors,
			RoundRepository rounds, IntakeWithPhotos intake, StaffManagement staff, FileStorage files,
			CommunityDirectory communities, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.findings = findings;
		this.rectifications = rectifications;
		this.contractors = contractors;
		this.rounds = rounds;
		this.intake = intake;
		this.staff = staff;
		this.files = files;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A public-facility work order for the finding, in one action (R11.3, issue 10 item
	 * 14).
	 */
	public FindingView order(long findingId) {
		Finding f = load(findingId);
		f.require(FindingStep.ORDER);
		Finding.Origin o = f.origin();
		List<IntakeWithPhotos.Photo> photos = new ArrayList<>();
		for (PhotoView p : rounds.photos(o.communityId(), o.roundId())) {
			if (p.visitPosition() == o.visitPosition() && p.itemPosition() == o.itemPosition() && photos.size() < 6) {
				files.load(o.communityId(), p.fileId())
					.ifPresent(c -> photos.add(new IntakeWithPhotos.Photo(p.filename(), "image/jpeg", c.content())));
			}
		}
		String reporter = staff.displayName(scope.staffId()).orElse(scope.actor());
		String description = o.item() + (o.note() == null ? "" : "：" + o.note());
		WorkOrderView order = intake.open(o.communityId(),
				OpenWorkOrder.of(WorkOrderKind.PATROL_FINDING)
					.location(o.place())
					.reporter(null, reporter, null)
					.description(description)
					.requestKey("inspection-finding:" + o.id())
					.build(),
				photos);
		f.ordered(order.id(), order.number(), clock.instant(), scope.actor());
		return save(f, "order", order.number());
	}

	/**
	 * A rectification notice to the contractor of the finding's trade, with a deadline.
	 */
	public FindingView sendToContractor(long findingId, @Nullable Long contractorId, @Nullable Instant deadline) {
		Problems p = new Problems().required("deadline", deadline);
		p.throwIfAny();
		Finding f = load(findingId);
		f.require(FindingStep.SEND_TO_CONTRACTOR);
		Finding.Origin o = f.origin();
		long chosen = contractorId != null ? contractorId : defaultContractor(f);
		ContractorView contractor = contractors.find(List.of(o.communityId()), chosen)
			.filter(c -> c.trade() == o.trade() && c.active())
			.orElseThrow(() -> ValidationException.of("contractorId", "inspection.contractor.unknown"));
		Instant now = clock.instant();
		f.sentToContractor(contractor.name(), now, scope.actor());
		Rectification x = Rectification
			.issue(new Rectification.Notice(o.communityId(), rectifications.nextId(), o.id(), contractor.id(),
					contractor.name(), contractor.phone(), o.place(), o.item(), deadline, now, scope.actor()));
		FindingView view = save(f, "sendToContractor", contractor.name());
		rectifications.insert(x);
		x.takeEvents().forEach(events::publishEvent);
		return get(view.id());
	}

	private long defaultContractor(Finding f) {
		Finding.Origin o = f.origin();
		Long areaId = rounds.load(List.of(o.communityId()), o.roundId(), false)
			.map(r -> r.visitAt(o.visitPosition()).areaId())
			.orElse(null);
		LocalDate today = LocalDate.ofInstant(clock.instant(), communities.timeZone(o.communityId()));
		List<Long> covering = areaId == null ? List.of()
				: contractors.covering(o.communityId(), o.trade(), areaId, today);
		if (covering.isEmpty()) {
			throw ValidationException.of("contractorId", "inspection.contractor.noneCovers");
		}
		return covering.get(0);
	}

	public FindingView refer(long findingId, @Nullable Long departmentId, @Nullable String note) {
		new Problems().required("departmentId", departmentId).throwIfAny();
		Finding f = load(findingId);
		DepartmentView department = staff.departments(f.communityId())
			.stream()
			.filter(d -> d.id() == departmentId)
			.findFirst()
			.orElseThrow(() -> ValidationException.of("departmentId", "inspection.department.unknown"));
		f.refer(department.id(), department.name(), note == null ? "" : note, clock.instant(), scope.actor());
		return save(f, "refer", department.name());
	}

	public FindingView resolve(long findingId, @Nullable String resolution) {
		Finding f = load(findingId);
		f.resolve(resolution == null ? "" : resolution, clock.instant(), scope.actor());
		return save(f, "resolve", resolution);
	}

	/** A finding the caller may see with its photos, history and steps, or 404. */
	@Transactional(readOnly = true)
	public FindingView get(long findingId) {
		scope.require(Permission.INSPECTION_READ);
		FindingView v = findings.view(scope.allowedIds(), findingId)
			.orElseThrow(() -> new NotFoundException("finding", findingId));
		Finding f = findings.load(List.of(v.communityId()), findingId, false).orElseThrow();
		Finding.Origin o = f.origin();
		List<PhotoView> photos = rounds.photos(o.communityId(), o.roundId())
			.stream()
			.filter(p -> p.visitPosition() == o.visitPosition() && p.itemPosition() == o.itemPosition())
			.toList();
		List<FindingStep> steps = scope.has(Permission.INSPECTION_PATROL) ? f.possibleSteps() : List.of();
		return new FindingView(v.id(), v.communityId(), v.roundId(), v.roundKind(), v.roundTitle(), v.place(), v.item(),
				v.trade(), v.note(), v.status(), v.raisedAt(), v.raisedBy(), v.workOrderId(), v.workOrderNumber(),
				v.departmentId(), v.referralNote(), v.resolvedAt(), v.resolution(), v.rectification(), steps, photos,
				findings.history(o.communityId(), findingId));
	}

	/**
	 * A community's findings, newest first; open ones, one round's or one kind of round's
	 * when asked.
	 */
	@Transactional(readOnly = true)
	public List<FindingView> list(long communityId, boolean openOnly, @Nullable Long roundId,
			@Nullable RoundKind kind) {
		scope.require(Permission.INSPECTION_READ);
		scope.require(communityId);
		return findings.list(communityId, openOnly, roundId, kind, 200);
	}

	private Finding load(long findingId) {
		scope.require(Permission.INSPECTION_PATROL);
		return findings.load(scope.allowedIds(), findingId, true)
			.orElseThrow(() -> new NotFoundException("finding", findingId));
	}

	private FindingView save(Finding f, String action, @Nullable String detail) {
		findings.save(f);
		audit.record(f.communityId(), "inspection_finding", f.id(), action, detail);
		f.takeEvents().forEach(events::publishEvent);
		return get(f.id());
	}

}
