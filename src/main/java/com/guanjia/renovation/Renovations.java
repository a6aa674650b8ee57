package com.guanjia.renovation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.guanjia.billing.ChargeItem;
import com.guanjia.billing.Ledger;
import com.guanjia.cashier.Deposits;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.db.IdempotencyKeys;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.platform.storage.FileStorage;
import com.guanjia.platform.storage.FileType;
import com.guanjia.platform.storage.UploadPolicy;
import com.guanjia.renovation.ApplyRenovation.NewWorker;
import com.guanjia.renovation.Application.Applicant;
import com.guanjia.renovation.Application.Contractor;
import com.guanjia.residents.Authorisations;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.PhoneNumber;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renovation applications and permits (R9.1–R9.3): take an application with its papers
 * and workers, check a structural change's approval, issue the permit — the garbage fee
 * charged to the unit's ledger, the deposit asked for at the cashier, the unit decorating
 * — or withdraw. Each method checks the caller, loads the {@link Renovation}, lets it
 * take the step and commits it: saved with its history, audited, its events published —
 * one transaction.
 */
@Service
@Transactional
@NamedInterface("api")
public class Renovations {

	private final RenovationRepository renovations;

	private final DocumentRepository papers;

	private final HistoryRepository history;

	private final SiteRepository site;

	private final SiteChecks checks;

	private final RenovationArchive archive;

	private final NumberRepository numbers;

	private final RenovationSetup setup;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final Authorisations authorisations;

	private final Ledger ledger;

	private final Deposits deposits;

	private final FileStorage files;

	private final CommunityDirectory communities;

	private final AdvisoryLocks locks;

	private final IdempotencyKeys keys;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final Clock clock;

	Renovations(RenovationRepository renovations, DocumentRepository papers, HistoryRepository history,
			SiteRepository site, SiteChecks checks, RenovationArchive archive, NumberRepository numbers,
			RenovationSetup setup, UnitManagement units, ResidentDirectory residents, Authorisations authorisations,
			Ledger ledger, Deposits deposits, FileStorage files, CommunityDirectory communities, AdvisoryLocks locks,
			IdempotencyKeys keys, CommunityScope scope, AuditTrail audit,
			org.springframework.context.ApplicationEventPublisher events, Clock clock) {
		this.renovations = renovations;
		this.papers = papers;
		this.history = history;
		this.site = site;
		this.checks = checks;
		this.archive = archive;
		this.numbers = numbers;
		this.setup = setup;
		this.units = units;
		this.residents = residents;
		this.authorisations = authorisations;
		this.ledger = ledger;
		this.deposits = deposits;
		this.files = files;
		this.communities = communities;
		this.locks = locks;
		this.keys = keys;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Takes an application (R9.1): the unit handed over and not being renovated already,
	 * the applicant one of its current owners (or a proxy that owner authorised). The
	 * same request key (a double submit) applies once and answers the first.
	 */
	public RenovationDetails apply(long communityId, ApplyRenovation command) {
		scope.require(Permission.RENOVATION_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p, today(communityId));
		p.throwIfAny();
		String key = blank(command.requestKey());
		if (key != null) {
			keys.claim(communityId, "renovation", key, "apply-renovation", command);
			var existing = renovations.idByRequestKey(communityId, key);
			if (existing.isPresent()) {
				return get(existing.get());
			}
		}
		UnitView unit = units.findInService(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		if (unit.state() == UnitState.UNSOLD) {
			throw ValidationException.of("unitId", "renovation.unit.notHandedOver", unit.label());
		}
		locks.lockForTransaction(communityId, "renovation-unit:" + unit.id());
		renovations.openOfUnit(communityId, unit.id()).ifPresent(open -> {
			throw new RuleViolationException("renovation.unit.open", unit.label(), open);
		});
		ResidentSummary owner = residents.ownersOf(unit.unitId())
			.stream()
			.filter(o -> o.id() == command.ownerPartyId())
			.findFirst()
			.orElseThrow(() -> ValidationException.of("ownerPartyId", "renovation.owner.notOwner", unit.label()));
		boolean proxy = command.applicantKind() == ApplicantKind.PROXY;
		if (proxy) {
			requireAuthorisedProxy(unit, command.proxyIdCard());
		}
		Applicant applicant = new Applicant(command.applicantKind(), owner.id(), owner.name(),
				phone(command.applicantPhone()), proxy ? command.proxyName().strip() : null,
				proxy ? PersonalIds.parse("proxyIdCard", command.proxyIdCard()) : null);
		Application application = new Application(unit.id(), unit.label(), applicant, command.works().strip(),
				command.structural(),
				new Contractor(command.contractorName().strip(), blank(command.contractorLeader()),
						phone(command.contractorPhone())),
				command.plannedStart(), command.plannedEnd(), scope.actor(), clock.instant(), key);
		Renovation r = Renovation.apply(renovations.nextId(), communityId, application);
		commit(r);
		for (NewWorker w : command.workers() == null ? List.<NewWorker>of() : command.workers()) {
			addWorker(r, w);
		}
		return details(r);
	}

	/**
	 * A proxy applies only with an owner's authorisation on record for the unit, active
	 * today (R9.1; residents' 委托书): the ID number presented must be that of a person a
	 * current owner authorised (or an owner).
	 */
	private void requireAuthorisedProxy(UnitView unit, @Nullable String idCard) {
		boolean authorised = authorisations.partyWithIdCard(unit.communityId(), idCard)
			.flatMap(party -> authorisations.standing(unit.unitId(), party))
			.isPresent();
		if (!authorised) {
			throw new RuleViolationException("renovation.proxy.notAuthorised", unit.label());
		}
	}

	/**
	 * A paper of the application handed in (R9.1, R9.2): a PDF or image of at most 10 MB,
	 * recognised by its content.
	 */
	public RenovationDetails upload(long id, @Nullable DocumentKind kind, @Nullable String title,
			@Nullable String filename, byte @Nullable [] content) {
		scope.require(Permission.RENOVATION_WRITE);
		Problems p = new Problems();
		p.required("kind", kind);
		p.check(kind == null || kind.ofApplication(), "kind", "validation.invalid");
		p.optionalText("title", title, 100);
		FileType type = UploadPolicy.DOCUMENT.check(p, "file", filename, content);
		p.throwIfAny();
		Renovation r = load(id);
		String clean = UploadPolicy.cleanName(filename, "document");
		String name = title == null || title.isBlank() ? clean : title.strip();
		r.paperHandedIn(kind, name, clock.instant(), scope.actor());
		FileStorage.StoredFile stored = files.store(r.communityId(), clean, type.contentType(), content);
		papers.insert(r.communityId(), new DocumentRepository.NewDocument(r.id(), kind, name, stored.id(), clean,
				type.contentType(), content.length, clock.instant(), scope.actor()));
		commit(r);
		return details(r);
	}

	/** A worker of the contractor named for a pass (R9.3). */
	public RenovationDetails addWorker(long id, NewWorker worker) {
		scope.require(Permission.RENOVATION_WRITE);
		Problems p = new Problems();
		worker.validate(p, "");
		p.throwIfAny();
		Renovation r = load(id);
		addWorker(r, worker);
		return details(r);
	}

	private void addWorker(Renovation r, NewWorker w) {
		r.workerAdded(w.name().strip(), clock.instant(), scope.actor());
		papers.insertWorker(r.communityId(), r.id(), w.name().strip(), PersonalIds.parse("idCard", w.idCard()),
				phone(w.phone()), clock.instant(), scope.actor());
		commit(r);
	}

	/** The housing authority's approval of a structural change was checked (R9.2). */
	public RenovationDetails checkApproval(long id) {
		scope.require(Permission.RENOVATION_APPROVE);
		Renovation r = load(id);
		r.checkApproval(clock.instant(), scope.actor());
		commit(r);
		return details(r);
	}

	/**
	 * Issues the permit (R9.3): refused while a structural change lacks its checked
	 * approval (R9.2) or a paper is missing; the garbage fee is charged to the unit, the
	 * deposit asked for at the cashier (approved and taken there), the unit shows
	 * "decorating" until the completion.
	 */
	public RenovationDetails permit(long id, PermitRenovation command) {
		scope.require(Permission.RENOVATION_APPROVE);
		Renovation r = load(id);
		r.requirePermittable();
		long c = r.communityId();
		RenovationSettings settings = setup.settingsOf(c);
		LocalDate today = today(c);
		Problems p = new Problems();
		command.validate(p, today, settings.maxPermitDays());
		p.throwIfAny();
		Money fee = Money.of(command.garbageFee() == null ? settings.garbageFee() : command.garbageFee());
		Money deposit = Money.of(command.deposit() == null ? settings.deposit() : command.deposit());
		String number = "ZX" + today.getYear() + "-"
				+ String.format(Locale.ROOT, "%04d", numbers.next(c, "PERMIT", String.valueOf(today.getYear())));
		UnitId unit = UnitId.of(c, r.application().unitId());
		Long lineId = fee.isPositive()
				? ledger.chargeFor(unit, ChargeItem.RENOVATION_GARBAGE, fee, "装修垃圾清运费 " + number, "RENOVATION", r.id())
					.id()
				: null;
		Long depositId = deposit.isPositive()
				? deposits.requestFor(unit, "装修押金 " + number, deposit.amount(), scope.actor()).id() : null;
		UnitView before = units.find(unit).orElseThrow(() -> new NotFoundException("unit", unit.value()));
		units.changeState(unit, UnitState.DECORATING);
		r.permit(new Permit(number, command.from(), command.until(), scope.actor(), clock.instant(), fee, lineId,
				deposit, depositId, before.state()));
		commit(r);
		archive.permitted(r);
		checks.plan(r, today, clock.instant());
		return details(r);
	}

	/**
	 * Engineering accepts the finished work (R9.7): not while a water test stands or a
	 * violation of a daily check waits to be put right (R9.5); the unit returns to its
	 * state before the permit; the deposit's refund comes next.
	 */
	public RenovationDetails accept(long id, @Nullable String note, @Nullable Collection<AcceptanceItem> checked) {
		scope.require(Permission.RENOVATION_ACCEPT);
		Problems problems = new Problems().optionalText("note", note, 500);
		problems.check(checked != null && checked.containsAll(EnumSet.allOf(AcceptanceItem.class)), "checklist",
				"renovation.accept.checklist");
		problems.throwIfAny();
		Renovation r = load(id);
		int open = checks.openViolations(r);
		if (r.allows(RenovationAction.ACCEPT) && open > 0) {
			throw new RuleViolationException("renovation.accept.violationOpen", open);
		}
		String confirmed = "✔" + AcceptanceItem.values().length + "/" + AcceptanceItem.values().length;
		r.accept(blank(note) == null ? confirmed : confirmed + " " + blank(note),
				site.waterTestRunning(r.communityId(), r.id()), clock.instant(), scope.actor());
		Permit p = java.util.Objects.requireNonNull(r.permit());
		units.changeState(UnitId.of(r.communityId(), r.application().unitId()), p.previousUnitState());
		commit(r);
		archive.accepted(r);
		return details(r);
	}

	/**
	 * A photo of the finished work for the acceptance (R9.7): a JPEG or PNG of at most 10
	 * MB, recognised by its content; kept with the renovation and filed in the unit's
	 * archive at the acceptance.
	 */
	public RenovationDetails photograph(long id, @Nullable String title, @Nullable String filename,
			byte @Nullable [] content) {
		if (!scope.has(Permission.RENOVATION_ACCEPT)) {
			scope.require(Permission.RENOVATION_WRITE);
		}
		Problems p = new Problems();
		p.optionalText("title", title, 100);
		FileType type = UploadPolicy.DOCUMENT.check(p, "file", filename, content);
		p.check(type == null || type.contentType().startsWith("image/"), "file", "renovation.photo.image");
		p.throwIfAny();
		Renovation r = load(id);
		String clean = UploadPolicy.cleanName(filename, "photo");
		String name = title == null || title.isBlank() ? clean : title.strip();
		r.photographed(name, clock.instant(), scope.actor());
		FileStorage.StoredFile stored = files.store(r.communityId(), clean, type.contentType(), content);
		papers.insert(r.communityId(), new DocumentRepository.NewDocument(r.id(), DocumentKind.ACCEPTANCE_PHOTO, name,
				stored.id(), clean, type.contentType(), content.length, clock.instant(), scope.actor()));
		commit(r);
		return details(r);
	}

	/** Engineering found the work not acceptable yet, with what to put right (R9.7). */
	public RenovationDetails failAcceptance(long id, @Nullable String note) {
		scope.require(Permission.RENOVATION_ACCEPT);
		new Problems().text("note", note, 500).throwIfAny();
		Renovation r = load(id);
		r.failAcceptance(note.strip(), clock.instant(), scope.actor());
		commit(r);
		return details(r);
	}

	/**
	 * The deposit's refund is asked for at the cashier, less a deduction with its reason
	 * (R9.7); a second person approves it there (four eyes) and the renovation closes
	 * when the cashier reports it refunded.
	 */
	public RenovationDetails requestRefund(long id, @Nullable BigDecimal deduction, @Nullable String reason) {
		scope.require(Permission.RENOVATION_APPROVE);
		Problems p = new Problems();
		PermitRenovation.money(p, "deduction", deduction);
		p.throwIfAny();
		Renovation r = load(id);
		Money deducted = Money.of(zeroIfNull(deduction));
		r.refundRequested(deducted, reason, clock.instant(), scope.actor());
		Permit permit = java.util.Objects.requireNonNull(r.permit());
		deposits.requestRefundFor(r.communityId(), java.util.Objects.requireNonNull(permit.depositId()),
				"装修押金退还 " + permit.number(), deducted.amount(), blank(reason), scope.actor());
		commit(r);
		return details(r);
	}

	/** A completed renovation that held no deposit is closed. */
	public RenovationDetails close(long id) {
		scope.require(Permission.RENOVATION_APPROVE);
		Renovation r = load(id);
		r.close(clock.instant(), scope.actor());
		commit(r);
		return details(r);
	}

	/**
	 * The cashier refunded a deposit (approved by a second person): the renovation that
	 * asked for it closes. Idempotent: nothing happens when no renovation waits for it.
	 */
	void depositRefunded(long communityId, long depositId, String approvedBy) {
		renovations.lockByDeposit(communityId, depositId)
			.filter(r -> r.allows(RenovationAction.REFUND))
			.ifPresent(r -> {
				r.refunded(clock.instant(), approvedBy);
				commit(r);
			});
	}

	public RenovationDetails withdraw(long id, @Nullable String reason) {
		scope.require(Permission.RENOVATION_WRITE);
		new Problems().text("reason", reason, 200).throwIfAny();
		Renovation r = load(id);
		r.withdraw(reason.strip(), clock.instant(), scope.actor());
		commit(r);
		return details(r);
	}

	@Transactional(readOnly = true)
	public RenovationDetails get(long id) {
		scope.require(Permission.RENOVATION_READ);
		return details(
				renovations.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("renovation", id)));
	}

	/** A community's renovations in a state (all when null), newest first. */
	@Transactional(readOnly = true)
	public List<RenovationView> list(long communityId, @Nullable RenovationStatus status) {
		scope.require(Permission.RENOVATION_READ);
		scope.require(communityId);
		return renovations.list(communityId, status).stream().map(this::view).toList();
	}

	/** The unit's renovations, newest first; 404 outside the caller's communities. */
	@Transactional(readOnly = true)
	public List<RenovationView> ofUnit(long unitId) {
		scope.require(Permission.RENOVATION_READ);
		UnitView unit = units.get(unitId);
		return renovations.ofUnit(unit.communityId(), unit.id()).stream().map(this::view).toList();
	}

	/**
	 * A paper's content: 404 when it is not this renovation's; 403 for a proxy's papers
	 * without PERSONAL_ID_VIEW. Every download is audited.
	 */
	public PaperContent paper(long id, long documentId) {
		scope.require(Permission.RENOVATION_READ);
		Renovation r = renovations.find(scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("renovation", id));
		RenovationDocumentView doc = papers.document(r.communityId(), r.id(), documentId)
			.orElseThrow(() -> new NotFoundException("renovation-document", documentId));
		if (doc.kind().personal() && !scope.has(Permission.PERSONAL_ID_VIEW)) {
			throw new AccessDeniedException("document " + documentId + " holds personal data");
		}
		byte[] content = files.load(r.communityId(), papers.fileId(r.communityId(), documentId))
			.orElseThrow(() -> new NotFoundException("renovation-document", documentId))
			.content();
		audit.record(r.communityId(), "renovation", r.id(), "download",
				doc.kind() + " #" + documentId + " " + doc.filename());
		return new PaperContent(doc, content);
	}

	/** The owners who may apply for the unit (the application form's choice). */
	@Transactional(readOnly = true)
	public List<ResidentSummary> owners(long unitId) {
		scope.require(Permission.RENOVATION_WRITE);
		UnitView unit = units.get(unitId);
		return residents.ownersOf(unit.unitId());
	}

	@Transactional(readOnly = true)
	public RenovationSettings settings(long communityId) {
		return setup.settings(communityId);
	}

	public LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	// --- plumbing ----------------------------------------------------------------------

	/** The renovation, locked, when the caller may see it (404 otherwise). */
	Renovation load(long id) {
		return renovations.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("renovation", id));
	}

	/**
	 * Saves the renovation with its new history, audits each step, publishes its events.
	 */
	void commit(Renovation r) {
		List<Aggregate.Step> steps = r.pendingSteps();
		renovations.save(r);
		for (Aggregate.Step s : steps) {
			audit.record(r.communityId(), "renovation", r.id(), s.action().toLowerCase(Locale.ROOT), s.note());
		}
		r.takeEvents().forEach(events::publishEvent);
		r.saved();
	}

	private RenovationView view(Renovation r) {
		return RenovationView.of(r, scope.has(Permission.PERSONAL_ID_VIEW), scope.has(Permission.PHONE_VIEW));
	}

	RenovationDetails details(Renovation r) {
		boolean whole = scope.has(Permission.PERSONAL_ID_VIEW);
		List<WorkerView> workers = papers.workers(r.communityId(), r.id())
			.stream()
			.map(w -> new WorkerView(w.id(), w.renovationId(), w.name(), PersonalIds.shown(w.idCard(), whole),
					com.guanjia.shared.Masking.phone(w.phone(), scope.has(Permission.PHONE_VIEW))))
			.toList();
		return new RenovationDetails(view(r), papers.documents(r.communityId(), r.id()), workers,
				history.lines(r.communityId(), HistoryRepository.RENOVATION, r.id()));
	}

	private static @Nullable String phone(@Nullable String phone) {
		return phone == null || phone.isBlank() ? null : PhoneNumber.normalize(phone);
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static BigDecimal zeroIfNull(@Nullable BigDecimal amount) {
		return amount == null ? BigDecimal.ZERO : amount;
	}

}
