package com.guanjia.movein;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.guanjia.archive.DocumentFiling;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentView;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.billing.Ledger;
import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.keys.KeyItemView;
import com.guanjia.keys.KeyRegister;
import com.guanjia.movein.MoveInCommands.Complete;
import com.guanjia.movein.MoveInCommands.HandOutItems;
import com.guanjia.movein.MoveInCommands.OpenMoveIn;
import com.guanjia.movein.MoveInCommands.Register;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.HouseholdMemberCommand;
import com.guanjia.residents.HouseholdRegistry;
import com.guanjia.residents.PartyCommand;
import com.guanjia.residents.PartyKind;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import com.guanjia.residents.VehicleCommand;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Money;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The move-in desk (入伙, R8.1–R8.3, R8.5): opens a unit's case, takes each step through
 * {@link MoveInCase} and does what the step means in the other modules — papers filed in
 * the unit's archive, household members and cars registered with the residents, keys
 * issued from the register, the unit's bills asked of billing, the unit handed over by
 * estate when the case completes. One transaction per method: a refused step leaves
 * nothing behind.
 */
@Service
@Transactional
@NamedInterface("api")
public class MoveIns {

	private final MoveInCaseRepository cases;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final HouseholdRegistry households;

	private final UnitDocuments archive;

	private final KeyRegister keys;

	private final Ledger ledger;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AdvisoryLocks locks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final StaffNames staffNames;

	MoveIns(MoveInCaseRepository cases, UnitManagement units, ResidentDirectory residents, HouseholdRegistry households,
			UnitDocuments archive, KeyRegister keys, Ledger ledger, CommunityDirectory communities,
			CommunityScope scope, AdvisoryLocks locks, AuditTrail audit, ApplicationEventPublisher events,
			java.time.Clock clock, StaffNames staffNames) {
		this.staffNames = staffNames;
		this.cases = cases;
		this.units = units;
		this.residents = residents;
		this.households = households;
		this.archive = archive;
		this.keys = keys;
		this.ledger = ledger;
		this.communities = communities;
		this.scope = scope;
		this.locks = locks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the unit's case for the owner chosen (a current owner in the registry); a
	 * company owner comes as a company, a person never does (R8.1: the papers differ);
	 * one open case per unit (409 for a second).
	 */
	public MoveInView open(long communityId, OpenMoveIn command) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		command.validate();
		UnitView unit = units.find(UnitId.of(communityId, command.unitId()))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
		ResidentSummary owner = residents.ownersOf(unit.unitId())
			.stream()
			.filter(o -> o.id() == command.ownerPartyId())
			.findFirst()
			.orElseThrow(() -> ValidationException.of("ownerPartyId", "movein.owner.notOwner", unit.label()));
		boolean company = owner.kind() == PartyKind.COMPANY;
		if (company != (command.kind() == ApplicantKind.COMPANY)) {
			throw ValidationException.of("kind",
					company ? "movein.applicant.companyOwner" : "movein.applicant.notCompany", owner.name());
		}
		locks.lockForTransaction(communityId, "movein:" + unit.id());
		if (cases.openOf(communityId, unit.id()).isPresent()) {
			throw new ConflictException("movein.alreadyOpen", unit.label());
		}
		String proxy = blank(command.proxyName());
		MoveInCase c = MoveInCase.open(cases.nextId(), communityId, unit.id(), unit.label(),
				new MoveInCase.Applicant(command.kind(), owner.id(), owner.name(), null, proxy), clock.instant(),
				scope.actor());
		return commit(c);
	}

	/**
	 * A paper handed in (a PDF or an image,
	 * {@link com.guanjia.platform.storage.UploadPolicy#DOCUMENT}), filed in the unit's
	 * archive; a file that is not one is refused naming {@code file}.
	 */
	public MoveInView attach(long id, @Nullable DocumentType type, @Nullable String filename,
			byte @Nullable [] content) {
		new Problems().required("type", type).throwIfAny();
		MoveInCase c = load(id);
		c.check(MoveInAction.ATTACH);
		String title = c.unitLabel() + " · move-in #" + c.id();
		DocumentView filed = archive.file(UnitId.of(c.communityId(), c.unitId()),
				DocumentFiling.file(type, title, filename == null ? "" : filename,
						content == null ? new byte[0] : content,
						"movein:" + c.id() + ":" + type.name() + ":" + (c.documents().size() + 1)),
				"file");
		c.attach(type, filed.id(), clock.instant());
		return commit(c);
	}

	/** ①: every paper of the applicant kind is there (refused naming what is missing). */
	public MoveInView checkDocuments(long id) {
		MoveInCase c = load(id);
		c.checkDocuments(clock.instant());
		return commit(c);
	}

	/**
	 * ②: the registration form; its household members and cars are registered with the
	 * residents, and the form is filed in the archive as a printable page.
	 */
	public MoveInView register(long id, Register form) {
		form.validate();
		MoveInCase c = load(id);
		c.check(MoveInAction.REGISTER);
		for (MoveInCommands.Member m : form.members()) {
			String phone = blank(m.phone());
			households
				.addMember(c.communityId(),
						new HouseholdMemberCommand(c.unitId(), null,
								new PartyCommand(PartyKind.PERSON, m.name().strip(), null, blank(m.idCardNumber()),
										phone == null ? List.of() : List.of(phone), null, null, null),
								m.relation(), null));
		}
		for (MoveInCommands.Car car : form.cars()) {
			households.registerVehicle(c.communityId(),
					new VehicleCommand(c.unitId(), null, car.plate(), blank(car.brand()), blank(car.colour())));
		}
		c.register(new MoveInCase.Registration(form.emergencyName().strip(), form.emergencyPhone().strip(),
				blank(form.emergencyRelation()), blank(form.note()), clock.instant()), clock.instant());
		fileForm(c, DocumentType.REGISTRATION_FORM, "/move-ins/" + c.id() + "/forms/registration");
		return commit(c);
	}

	/** ②: the agreements signed, all of them (refused naming those not signed). */
	public MoveInView signAgreements(long id, @Nullable Set<Agreement> agreements) {
		MoveInCase c = load(id);
		c.signAgreements(agreements == null ? Set.of() : agreements, clock.instant());
		fileForm(c, DocumentType.AGREEMENT, "/move-ins/" + c.id());
		return commit(c);
	}

	/**
	 * ③: the unit's chosen keys, cards and handsets are issued from the register to the
	 * applicant, with both handbooks; the key receipt is filed.
	 */
	public MoveInView handOut(long id, HandOutItems command) {
		command.validate();
		MoveInCase c = load(id);
		c.check(MoveInAction.HAND_OUT);
		if (!command.residentHandbook() || !command.renovationHandbook()) {
			throw ValidationException.of(command.residentHandbook() ? "renovationHandbook" : "residentHandbook",
					"movein.handOut.handbooks");
		}
		MoveInCase.Applicant a = c.applicant();
		List<KeyItemView> issued = keys.issueAll(UnitId.of(c.communityId(), c.unitId()), command.itemIds(),
				a.proxyName() == null ? a.ownerPartyId() : null, a.present(), "movein:" + c.id(), "itemIds");
		List<MoveInCase.HandedItem> items = new ArrayList<>();
		issued.forEach(k -> items.add(new MoveInCase.HandedItem(k.id(), k.kind().name(), k.number())));
		c.handOut(new MoveInCase.HandOut(items, true, true, clock.instant()), clock.instant());
		fileForm(c, DocumentType.KEY_RECEIPT, "/move-ins/" + c.id() + "/forms/key-receipt");
		return commit(c);
	}

	/** ④: nothing is open on the unit's bills (refused naming what it owes). */
	public MoveInView settleFees(long id) {
		MoveInCase c = load(id);
		c.settleFees(ledger.owed(UnitId.of(c.communityId(), c.unitId())), clock.instant());
		return commit(c);
	}

	/** ④ deferred consciously, with the reason. */
	public MoveInView deferFees(long id, @Nullable String reason) {
		new Problems().text("reason", reason, 200).throwIfAny();
		MoveInCase c = load(id);
		c.deferFees(reason.strip(), clock.instant());
		return commit(c);
	}

	/** 水电开通、装修申报、车位租赁: the requests the owner made, noted for the departments. */
	public MoveInView noteRequests(long id, @Nullable String requests) {
		new Problems().text("requests", requests, 500).throwIfAny();
		MoveInCase c = load(id);
		c.noteRequests(requests.strip(), clock.instant());
		return commit(c);
	}

	/**
	 * Everything is done: the unit is handed over on the day given — its state and
	 * handover date change now, and only here (R1.1, R8; the handover date starts fees
	 * and warranty).
	 */
	public MoveInView complete(long id, Complete command) {
		command.validate();
		MoveInCase c = load(id);
		LocalDate openedOn = c.openedAt().atZone(communities.timeZone(c.communityId())).toLocalDate();
		c.complete(command.handoverDate(), command.movingIn(), openedOn, today(c.communityId()), clock.instant());
		MoveInCase.Completion done = c.completion();
		units.handOver(UnitId.of(c.communityId(), c.unitId()), done.handoverDate(), done.state());
		return commit(c);
	}

	public MoveInView cancel(long id, @Nullable String reason) {
		new Problems().text("reason", reason, 200).throwIfAny();
		MoveInCase c = load(id);
		c.cancel(reason.strip(), clock.instant());
		return commit(c);
	}

	// --- reads -------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public MoveInView get(long id) {
		scope.require(Permission.MOVEIN_WRITE);
		MoveInCase c = cases.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("moveIn", id));
		return view(c);
	}

	@Transactional(readOnly = true)
	public List<MoveInHistoryLine> history(long id) {
		MoveInView c = get(id);
		return staffNames.named(cases.history(c.communityId(), c.id()));
	}

	/** The community's cases, the open ones first. */
	@Transactional(readOnly = true)
	public List<MoveInView> list(long communityId, @Nullable MoveInStatus status) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		return cases.list(communityId, status).stream().map(c -> MoveInView.of(c, null)).toList();
	}

	/** A unit's cases, newest first; 404 outside the caller's communities. */
	@Transactional(readOnly = true)
	public List<MoveInView> ofUnit(long unitId) {
		scope.require(Permission.MOVEIN_WRITE);
		UnitView unit = units.get(unitId);
		return cases.ofUnit(unit.communityId(), unit.id()).stream().map(c -> MoveInView.of(c, null)).toList();
	}

	/** The unit's items in the key register that can be handed out now. */
	@Transactional(readOnly = true)
	public List<KeyItemView> itemsInStore(long id) {
		MoveInView c = get(id);
		return keys.inStoreOf(UnitId.of(c.communityId(), c.unitId()));
	}

	/** The unit's current owners, for the form that opens a case. */
	@Transactional(readOnly = true)
	public List<ResidentSummary> ownersOf(long unitId) {
		scope.require(Permission.MOVEIN_WRITE);
		return residents.ownersOf(units.get(unitId).unitId());
	}

	public LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	// --- for the acceptance and custody (package-private) -----------------------------

	/** The house acceptance was signed by the owner: ⑤ is done. */
	void accepted(long communityId, long caseId, long acceptanceId) {
		cases.lock(List.of(communityId), caseId).filter(c -> c.allows(MoveInAction.ACCEPT)).ifPresent(c -> {
			c.accepted(acceptanceId, clock.instant());
			commit(c);
		});
	}

	/** Whether the unit has an open case (its state and handover date are the case's). */
	boolean hasOpenCase(UnitId unit) {
		return cases.openOf(unit.communityId(), unit.value()).isPresent();
	}

	MoveInCase load(long id) {
		scope.require(Permission.MOVEIN_WRITE);
		return cases.lock(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("moveIn", id));
	}

	MoveInView commit(MoveInCase c) {
		cases.save(c, scope.actor());
		for (MoveInCase.Step step : c.steps()) {
			audit.record(c.communityId(), "movein_case", c.id(), step.action().name().toLowerCase(Locale.ROOT),
					c.unitLabel() + (step.note() == null ? "" : " " + step.note()));
		}
		c.events().forEach(events::publishEvent);
		c.saved();
		return view(c);
	}

	private MoveInView view(MoveInCase c) {
		Money owed = c.status().open() ? ledger.owed(UnitId.of(c.communityId(), c.unitId())) : null;
		return MoveInView.of(c, owed);
	}

	private void fileForm(MoveInCase c, DocumentType type, String link) {
		archive.file(UnitId.of(c.communityId(), c.unitId()), DocumentFiling.form(type,
				c.unitLabel() + " · move-in #" + c.id(), link, "movein:" + c.id() + ":" + type), "form");
	}

	private static @Nullable String blank(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
