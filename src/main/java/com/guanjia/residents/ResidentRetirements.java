package com.guanjia.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.RegistryRecord;
import com.guanjia.estate.RegistryReferences;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.Retirement;
import com.guanjia.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a resident out of service, brings them back, and deletes one nothing refers to
 * (decision 0014). A retired resident leaves the resident list, search and pickers and
 * takes no new tie to a unit, but stays in ownership history, work orders and desk
 * records and on their own page, marked retired. Only someone who is no longer the
 * current owner, tenant or household member of any unit is retired: a transfer or a
 * move-out comes first, so no unit shows a retired owner.
 */
@Service
@Transactional
public class ResidentRetirements {

	private final PartyRepository parties;

	private final ResidentManagement residents;

	private final Parties support;

	private final RegistryReferences references;

	private final CommunityScope scope;

	private final AuditTrail audit;

	ResidentRetirements(PartyRepository parties, ResidentManagement residents, Parties support,
			RegistryReferences references, CommunityScope scope, AuditTrail audit) {
		this.parties = parties;
		this.residents = residents;
		this.support = support;
		this.references = references;
		this.scope = scope;
		this.audit = audit;
	}

	public ResidentView retire(long id, @Nullable LocalDate retiredOn, @Nullable String reason) {
		scope.require(Permission.PEOPLE_WRITE);
		PartyRecord party = residents.visible(id);
		long c = party.communityId();
		if (party.retirement() != null) {
			throw new ConflictException("registry.alreadyRetired", party.name());
		}
		Retirement retirement = Retirement.of(retiredOn, reason, support.today(c));
		List<Long> units = parties.currentTies(c, List.of(id))
			.getOrDefault(id, List.of())
			.stream()
			.map(Map.Entry::getKey)
			.distinct()
			.toList();
		if (!units.isEmpty()) {
			throw new RuleViolationException("resident.retire.currentTies", party.name(),
					String.join("、", support.labels(c, units).values()));
		}
		if (!parties.retire(c, id, retirement)) {
			throw new ConflictException("registry.alreadyRetired", party.name());
		}
		audit.record(c, "resident", id, "retire",
				party.name() + " retired on " + retirement.retiredOn() + ": " + retirement.reason());
		return residents.view(parties.find(c, id).orElseThrow());
	}

	/** Brings a retired resident back; their community must be in service. */
	public ResidentView reinstate(long id) {
		scope.require(Permission.PEOPLE_WRITE);
		PartyRecord party = residents.visible(id);
		long c = party.communityId();
		support.requireInService(c);
		if (!parties.reinstate(c, id)) {
			throw new ConflictException("registry.notRetired", party.name());
		}
		audit.record(c, "resident", id, "reinstate", party.name());
		return residents.view(parties.find(c, id).orElseThrow());
	}

	/**
	 * Deletes a resident registered by mistake, whom nothing refers to: no tie to a unit,
	 * past or current, no vehicle, and nothing of another module (a work order they
	 * reported, a desk record of their call).
	 */
	public void delete(long id) {
		scope.require(Permission.PEOPLE_WRITE);
		PartyRecord party = residents.visible(id);
		long c = party.communityId();
		references.requireUnreferenced(RegistryRecord.resident(c, id), party.name());
		parties.delete(c, id);
		audit.record(c, "resident", id, "delete", party.kind() + " " + party.name());
	}

}
