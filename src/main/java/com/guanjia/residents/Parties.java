package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.shared.Problems;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What every registration needs: the unit checked through the estate API, "today" in the
 * community's time zone, and the party — an existing one of the community or a new one,
 * with what its role requires (R1.3).
 */
@Component
class Parties {

	private final PartyRepository parties;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final AuditTrail audit;

	private final Clock clock;

	Parties(PartyRepository parties, UnitManagement units, CommunityDirectory communities, AuditTrail audit,
			Clock clock) {
		this.parties = parties;
		this.units = units;
		this.communities = communities;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	java.time.ZoneId zone(long communityId) {
		return communities.timeZone(communityId);
	}

	OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The unit of the community, or a 400 naming {@code unitId}. */
	UnitView unit(long communityId, long unitId) {
		return units.find(UnitId.of(communityId, unitId))
			.orElseThrow(() -> ValidationException.of("unitId", "validation.unit.unknown"));
	}

	/** Refuses (422) new residents in a community the company no longer manages. */
	void requireInService(long communityId) {
		if (!communities.inService(communityId)) {
			throw new RuleViolationException("community.retired");
		}
	}

	Map<Long, String> labels(long communityId, Collection<Long> unitIds) {
		return units.labels(communityId, unitIds);
	}

	/**
	 * Checks that exactly one of an existing party and a new one is given, and the new
	 * one's fields.
	 */
	void validate(Problems p, String prefix, @Nullable Long partyId, @Nullable PartyCommand party, OccupantRole role) {
		if (partyId != null && party != null) {
			p.add(prefix + "partyId", "resident.partyAmbiguous");
		}
		else if (partyId == null && party == null) {
			p.add(prefix + "partyId", "resident.partyMissing");
		}
		else if (party != null) {
			party.validate(p, prefix + "party.", role);
		}
	}

	/**
	 * A date that has happened (today or before in the community's zone), or a problem.
	 */
	void notFuture(Problems p, String field, @Nullable LocalDate date, LocalDate today) {
		p.check(date == null || !date.isAfter(today), field, "validation.date.future");
	}

	static void validateShare(Problems p, String field, @Nullable BigDecimal share) {
		if (share != null) {
			p.check(share.signum() > 0 && share.compareTo(BigDecimal.valueOf(100)) <= 0, field,
					"validation.share.range");
			p.check(share.stripTrailingZeros().scale() <= 2, field, "validation.share.scale");
		}
	}

	/**
	 * The existing party (which must have what the role needs) or a newly registered one.
	 */
	PartyRecord resolve(long communityId, String prefix, @Nullable Long partyId, @Nullable PartyCommand party,
			OccupantRole role) {
		if (partyId != null) {
			PartyRecord existing = parties.find(communityId, partyId)
				.orElseThrow(() -> ValidationException.of(prefix + "partyId", "resident.unknown"));
			if (existing.retirement() != null) {
				// A retired party takes no new tie to a unit (decision 0014).
				throw ValidationException.of(prefix + "partyId", "resident.retired", existing.name(),
						existing.retirement().retiredOn());
			}
			String missing = existing.missingFor(role);
			if (missing != null) {
				throw ValidationException.of(prefix + "partyId", missing, existing.name());
			}
			return existing;
		}
		return create(communityId, prefix + "party.", party);
	}

	/**
	 * Registers a validated party; a second party with the same ID number or credit code
	 * is refused.
	 */
	PartyRecord create(long communityId, String prefix, PartyCommand party) {
		parties.withSameIdentity(communityId, party.normalizedIdCard(), party.normalizedCreditCode(), 0)
			.ifPresent(other -> {
				throw duplicate(prefix, party, other);
			});
		long id = parties.insert(communityId, party, now());
		audit.record(communityId, "resident", id, "create", party.kind() + " " + party.strippedName());
		return parties.find(communityId, id).orElseThrow();
	}

	static ValidationException duplicate(String prefix, PartyCommand party, PartyRecord other) {
		return party.kind() == PartyKind.COMPANY
				? ValidationException.of(prefix + "creditCode", "resident.duplicateCreditCode", other.name(),
						other.id())
				: ValidationException.of(prefix + "idCardNumber", "resident.duplicateIdCard", other.name(), other.id());
	}

}
