package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentsEvents.OwnershipTransferred;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of ownership (产权转让, R1.4). A transfer closes every current ownership of the
 * unit on its date (ended_on, ended_by_transfer) and opens the new owners' — the old rows
 * stay as history, a database trigger refuses any other change or a delete.
 */
@Service
@Transactional
public class OwnershipTransfers {

	private final OccupancyRepository occupancy;

	private final Parties parties;

	private final UnitManagement units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OwnershipTransfers(OccupancyRepository occupancy, Parties parties, UnitManagement units, CommunityScope scope,
			AuditTrail audit, ApplicationEventPublisher events) {
		this.occupancy = occupancy;
		this.parties = parties;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	public TransferView record(long communityId, TransferCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		LocalDate today = parties.today(communityId);
		Problems p = new Problems();
		command.validate(p);
		parties.notFuture(p, "date", command.date(), today);
		List<TransferCommand.NewOwner> owners = command.owners();
		BigDecimal shares = BigDecimal.ZERO;
		for (int i = 0; i < owners.size(); i++) {
			TransferCommand.NewOwner o = owners.get(i);
			String prefix = "newOwners[" + i + "].";
			if (o == null) {
				p.add(prefix + "partyId", "resident.partyMissing");
				continue;
			}
			parties.validate(p, prefix, o.partyId(), o.party(), OccupantRole.OWNER);
			Parties.validateShare(p, prefix + "share", o.share());
			shares = o.share() == null ? shares : shares.add(o.share());
		}
		p.check(shares.compareTo(BigDecimal.valueOf(100)) <= 0, "newOwners", "transfer.sharesExceed");
		p.throwIfAny();

		UnitView unit = parties.unit(communityId, command.unitId());
		Map<Long, String> labels = Map.of(unit.id(), unit.label());
		List<OwnershipView> previous = occupancy.currentOwnersForUpdate(communityId, unit.id(), labels);
		if (previous.isEmpty()) {
			throw new RuleViolationException("transfer.noOwners", unit.label());
		}
		LocalDate latestSince = previous.stream().map(OwnershipView::since).max(LocalDate::compareTo).orElseThrow();
		if (command.date().isBefore(latestSince)) {
			throw ValidationException.of("date", "transfer.beforeOwnership", latestSince);
		}
		List<PartyRecord> newParties = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < owners.size(); i++) {
			TransferCommand.NewOwner o = owners.get(i);
			PartyRecord party = parties.resolve(communityId, "newOwners[" + i + "].", o.partyId(), o.party(),
					OccupantRole.OWNER);
			if (!seen.add(party.id())) {
				throw ValidationException.of("newOwners[" + i + "].partyId", "transfer.ownerTwice", party.name());
			}
			newParties.add(party);
		}
		Set<Long> before = new HashSet<>(previous.stream().map(OwnershipView::partyId).toList());
		if (before.equals(seen)) {
			// Also what a second submit of the same form meets: the unit already belongs
			// to them.
			throw new RuleViolationException("transfer.noChange", unit.label());
		}

		long transferId = occupancy.insertTransfer(communityId, unit.id(), command.date(), command.reason(),
				blankToNull(command.contractNo()), blankToNull(command.note()), parties.now(), scope.actor());
		occupancy.endOwnerships(communityId, previous.stream().map(OwnershipView::id).toList(), command.date(),
				transferId);
		for (int i = 0; i < owners.size(); i++) {
			occupancy.insertOwnership(communityId, unit.id(), newParties.get(i).id(), owners.get(i).share(),
					command.date(), transferId, parties.now());
		}
		List<String> fromNames = previous.stream().map(OwnershipView::partyName).toList();
		List<String> toNames = newParties.stream().map(PartyRecord::name).toList();
		audit.record(communityId, "ownership-transfer", transferId, "create", unit.label() + " " + command.date() + " "
				+ command.reason() + ": " + String.join("、", fromNames) + " -> " + String.join("、", toNames));
		events.publishEvent(new OwnershipTransferred(communityId, unit.id(), transferId, command.date(),
				command.reason(), previous.stream().map(OwnershipView::partyId).toList(), fromNames,
				newParties.stream().map(PartyRecord::id).toList(), toNames));
		return find(communityId, unit, transferId);
	}

	@Transactional(readOnly = true)
	public TransferView get(long transferId) {
		scope.require(Permission.PEOPLE_READ);
		long unitId = occupancy.unitOfTransfer(scope.allowedIds(), transferId)
			.orElseThrow(() -> new NotFoundException("ownership-transfer", transferId));
		// The unit is visible: the transfer was found in one of the caller's communities.
		UnitView unit = units.get(unitId);
		return find(unit.communityId(), unit, transferId);
	}

	/**
	 * Every transfer of a unit, oldest first. 404 when the unit is outside the caller's
	 * scope.
	 */
	@Transactional(readOnly = true)
	public List<TransferView> ofUnit(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		List<OwnershipView> history = occupancy.ownershipsOfUnit(unit.communityId(), unit.id(),
				Map.of(unit.id(), unit.label()));
		return occupancy.transfersOfUnit(unit.communityId(), unit.id(), unit.label(), history);
	}

	private TransferView find(long communityId, UnitView unit, long transferId) {
		List<OwnershipView> history = occupancy.ownershipsOfUnit(communityId, unit.id(),
				Map.of(unit.id(), unit.label()));
		return occupancy.transfersOfUnit(communityId, unit.id(), unit.label(), history)
			.stream()
			.filter(t -> t.id() == transferId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("ownership-transfer", transferId));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
