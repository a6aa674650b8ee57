package com.guanjia.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentsEvents.AuthorisationRecorded;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners' authorisations (委托书) of a proxy on a unit (R8.1, R9.1), and who may act for a
 * unit: an owner, or a person an owner authorised — what the key register asks before it
 * lends a unit's key to someone (R10.1, seed 003: "不熟悉的人员借用单元钥匙需核对身份确认是业主后方可借用").
 */
@Service
@Transactional
@NamedInterface("api")
public class Authorisations {

	private final AuthorisationRepository repository;

	private final OccupancyRepository occupancy;

	private final Parties parties;

	private final PartyRepository partyRepository;

	private final IdCards idCards;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final UnitManagement units;

	Authorisations(AuthorisationRepository repository, OccupancyRepository occupancy, Parties parties,
			PartyRepository partyRepository, IdCards idCards, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, UnitManagement units) {
		this.units = units;
		this.repository = repository;
		this.occupancy = occupancy;
		this.parties = parties;
		this.partyRepository = partyRepository;
		this.idCards = idCards;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that a current owner of the unit authorises the proxy (a registered party,
	 * or a new person registered now with an ID number and a phone).
	 */
	public AuthorisationView record(long communityId, AuthorisationCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		LocalDate today = parties.today(communityId);
		Problems p = new Problems();
		p.required("unitId", command.unitId()).required("ownerPartyId", command.ownerPartyId());
		parties.validate(p, "", command.proxyPartyId(), command.proxy(), OccupantRole.TENANT);
		if (command.proxy() != null && command.proxy().kind() == PartyKind.PERSON) {
			p.check(!PartyCommand.isBlank(command.proxy().idCardNumber()), "party.idCardNumber",
					"authorisation.proxyIdCard");
		}
		p.text("purpose", command.purpose(), 100);
		p.check(command.validUntil() == null || command.validFrom() == null
				|| !command.validUntil().isBefore(command.validFrom()), "validUntil", "validation.date.order");
		p.check(command.validUntil() == null || !command.validUntil().isBefore(today), "validUntil",
				"validation.date.past");
		p.throwIfAny();
		UnitView unit = parties.unit(communityId, command.unitId());
		boolean owner = occupancy.ownershipsOfUnit(communityId, unit.id(), Map.of())
			.stream()
			.anyMatch(o -> o.current() && o.partyId() == command.ownerPartyId());
		if (!owner) {
			throw ValidationException.of("ownerPartyId", "authorisation.notOwner", unit.label());
		}
		PartyRecord proxy = parties.resolve(communityId, "", command.proxyPartyId(), command.proxy(),
				OccupantRole.TENANT);
		if (proxy.kind() == PartyKind.PERSON && proxy.idCard() == null) {
			throw ValidationException.of("proxyPartyId", "authorisation.proxyIdCard");
		}
		if (proxy.id() == command.ownerPartyId()) {
			throw ValidationException.of("proxyPartyId", "authorisation.selfProxy");
		}
		LocalDate from = command.validFrom() == null ? today : command.validFrom();
		long id = repository.insert(communityId, unit.id(), command.ownerPartyId(), proxy.id(),
				command.purpose().strip(), from, command.validUntil(), command.documentId(), clock.instant(),
				scope.actor());
		AuthorisationView view = repository.find(List.of(communityId), id).orElseThrow();
		audit.record(communityId, "authorisation", id, "create",
				unit.label() + " " + view.ownerName() + " -> " + view.proxyName() + " " + view.purpose());
		events.publishEvent(new AuthorisationRecorded(communityId, unit.id(), id, view.ownerPartyId(),
				view.proxyPartyId(), view.proxyName()));
		return view;
	}

	/** The owner withdrew it: from today it no longer lets the proxy act (409 twice). */
	public AuthorisationView revoke(long id) {
		scope.require(Permission.PEOPLE_WRITE);
		AuthorisationView a = repository.find(scope.allowedIds(), id)
			.orElseThrow(() -> new NotFoundException("authorisation", id));
		repository.revoke(a, parties.today(a.communityId()), repository.version(a.communityId(), id));
		audit.record(a.communityId(), "authorisation", id, "revoke", a.proxyName());
		return repository.find(List.of(a.communityId()), id).orElseThrow();
	}

	/** The unit's authorisations, newest first; 404 outside the caller's communities. */
	@Transactional(readOnly = true)
	public List<AuthorisationView> ofUnit(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		return repository.ofUnit(unit.communityId(), unit.id());
	}

	/**
	 * Why the party may act for the unit today — it owns the unit, or holds an active
	 * authorisation from a current owner — or empty. No caller check: the calling module
	 * has checked its caller and the community.
	 */
	@Transactional(readOnly = true)
	public Optional<Standing> standing(UnitId unit, PartyId party) {
		if (unit.communityId() != party.communityId()) {
			return Optional.empty();
		}
		long c = unit.communityId();
		List<OwnershipView> owners = occupancy.ownershipsOfUnit(c, unit.value(), Map.of())
			.stream()
			.filter(OwnershipView::current)
			.toList();
		for (OwnershipView o : owners) {
			if (o.partyId() == party.value()) {
				return Optional.of(new Standing(o.partyId(), o.partyName(), Standing.Kind.OWNER, null));
			}
		}
		LocalDate today = parties.today(c);
		return repository.ofProxy(c, unit.value(), party.value())
			.stream()
			.filter(a -> a.activeOn(today))
			.filter(a -> owners.stream().anyMatch(o -> o.partyId() == a.ownerPartyId()))
			.findFirst()
			.map(a -> new Standing(a.proxyPartyId(), a.proxyName(), Standing.Kind.AUTHORISED, a));
	}

	/**
	 * The party of the community whose ID number is the one presented (checked against
	 * its keyed hash, never a clear copy), for an identity check at the desk. No caller
	 * check: the calling module has checked its caller and the community.
	 */
	@Transactional(readOnly = true)
	public Optional<PartyId> partyWithIdCard(long communityId, @Nullable String idCardNumber) {
		byte[] hash = idCards.hashOfQuery(idCardNumber);
		if (hash == null) {
			return Optional.empty();
		}
		return partyRepository.searchByIdCard(List.of(communityId), hash, null, 2)
			.stream()
			.findFirst()
			.map(p -> PartyId.of(communityId, p.id()));
	}

}
