package com.guanjia.residents;

import com.guanjia.shared.Masking;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ResultPage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of persons and companies (R1.3): register, change, list (masked) and show
 * them (whole ID number and phones only for roles that may see them).
 */
@Service
@Transactional
public class ResidentManagement {

	static final int EXPORT_CHUNK = 1000;

	/** The audit action of a read of unmasked personal data. */
	static final String READ_ACTION = "read-personal";

	private final PartyRepository parties;

	private final OccupancyRepository occupancy;

	private final Parties support;

	private final CommunityScope scope;

	private final AuditTrail audit;

	ResidentManagement(PartyRepository parties, OccupancyRepository occupancy, Parties support, CommunityScope scope,
			AuditTrail audit) {
		this.parties = parties;
		this.occupancy = occupancy;
		this.support = support;
		this.scope = scope;
		this.audit = audit;
	}

	public ResidentView register(long communityId, PartyCommand command) {
		scope.require(Permission.PEOPLE_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p, "", null);
		p.throwIfAny();
		support.requireInService(communityId);
		return view(support.create(communityId, "", command));
	}

	/**
	 * Changes a party; {@code version} is the one the user saw. An owner keeps needing an
	 * ID number.
	 */
	public ResidentView update(long id, int version, PartyCommand change) {
		scope.require(Permission.PEOPLE_WRITE);
		PartyRecord before = visible(id);
		PartyCommand command = keepHidden(before, change);
		List<OccupantRole> roles = parties.currentRoles(before.communityId(), id);
		OccupantRole role = roles.contains(OccupantRole.OWNER) ? OccupantRole.OWNER
				: roles.contains(OccupantRole.TENANT) ? OccupantRole.TENANT : null;
		Problems p = new Problems();
		command.validate(p, "", role);
		p.check(command.kind() == null || command.kind() == before.kind(), "kind", "resident.kindFixed");
		p.throwIfAny();
		parties.withSameIdentity(before.communityId(), command.normalizedIdCard(), command.normalizedCreditCode(), id)
			.ifPresent(other -> {
				throw Parties.duplicate("", command, other);
			});
		if (!parties.update(before.communityId(), id, version, command)) {
			throw new ConflictException("error.staleVersion");
		}
		PartyRecord after = parties.find(before.communityId(), id).orElseThrow();
		audit.record(after.communityId(), "resident", id, "update", describeChange(before, after));
		return view(after);
	}

	/**
	 * A person or company, whole where the caller's role may see it; such a read is
	 * audited (issue 9 item 14): who, when, whose record, which data, and {@code reason}
	 * when the page asked for one. A masked read leaves no entry.
	 */
	public ResidentView get(long id, @Nullable String reason) {
		scope.require(Permission.PEOPLE_READ);
		PartyRecord party = visible(id);
		ResidentView view = view(party);
		List<String> revealed = new ArrayList<>();
		if (view.idCardNumber() != null && !view.idCardMasked()) {
			revealed.add("idCard");
		}
		if (!view.phones().isEmpty() && !view.phonesMasked()) {
			revealed.add("phones");
		}
		if (!revealed.isEmpty()) {
			String why = reason == null || reason.isBlank() ? ""
					: "; reason: " + reason.strip().substring(0, Math.min(200, reason.strip().length()));
			audit.record(party.communityId(), "resident", id, READ_ACTION,
					String.join(", ", revealed) + " of " + party.name() + why);
		}
		return view;
	}

	public ResidentView get(long id) {
		return get(id, null);
	}

	/**
	 * A resident as lists show them, masked, so no read of personal data is audited: for
	 * pages that only name the resident. 404 outside the caller's communities.
	 */
	@Transactional(readOnly = true)
	public ResidentSummary summary(long id) {
		scope.require(Permission.PEOPLE_READ);
		PartyRecord party = visible(id);
		return summaries(party.communityId(), List.of(party), false).get(0);
	}

	/**
	 * Who read this person's unmasked data and who downloaded documents from the archives
	 * of their units, newest first (issue 9 item 14): for roles that may read the audit
	 * log; 404 outside the caller's communities.
	 */
	@Transactional(readOnly = true)
	public List<PersonalDataAccess> accessLog(long id) {
		scope.require(Permission.AUDIT_READ);
		PartyRecord party = visible(id);
		long c = party.communityId();
		java.time.ZoneId zone = support.zone(c);
		return audit
			.about(c, Map.of("resident", List.of(id), "unit-archive", occupancy.unitIdsOfParty(c, id)),
					List.of(READ_ACTION, "download"), 500)
			.stream()
			.map(e -> new PersonalDataAccess(e.occurredAt(), e.occurredAt().atZone(zone).toLocalDateTime(), e.actor(),
					e.entityType().equals("resident") ? PersonalDataAccess.Kind.READ : PersonalDataAccess.Kind.DOWNLOAD,
					e.detail()))
			.toList();
	}

	/**
	 * One page of a community's residents in service, masked; {@code q} is a name or
	 * phone fragment.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ResidentSummary> list(long communityId, @Nullable String q, ResultPage.Request page) {
		return list(communityId, q, false, page);
	}

	/**
	 * One page of a community's residents, masked, the retired ones too when
	 * {@code includeRetired} (decision 0014); {@code q} is a name or phone fragment.
	 */
	@Transactional(readOnly = true)
	public ResultPage<ResidentSummary> list(long communityId, @Nullable String q, boolean includeRetired,
			ResultPage.Request page) {
		scope.require(Permission.PEOPLE_READ);
		scope.require(communityId);
		String fragment = q == null || q.isBlank() ? null : q.strip();
		ResultPage<PartyRecord> result = parties.list(communityId, fragment, includeRetired, page);
		List<ResidentSummary> items = summaries(communityId, result.items(), false);
		return new ResultPage<>(items, result.page(), result.size(), result.total());
	}

	/**
	 * Every resident of the community matching {@code q} as {@link #list} finds them,
	 * masked, for an export (issue 9 item 6): read lazily, {@value #EXPORT_CHUNK} at a
	 * time by keyset, as the caller iterates, so a community of 100,000 residents is
	 * never held in memory at once. The caller's rights are checked now.
	 */
	@Transactional(readOnly = true)
	public Iterable<ResidentSummary> export(long communityId, @Nullable String q) {
		return export(communityId, q, false);
	}

	/** The export of {@link #list(long, String, boolean, ResultPage.Request)}'s rows. */
	@Transactional(readOnly = true)
	public Iterable<ResidentSummary> export(long communityId, @Nullable String q, boolean includeRetired) {
		scope.require(Permission.PEOPLE_READ);
		scope.require(communityId);
		String fragment = q == null || q.isBlank() ? null : q.strip();
		return () -> new Iterator<>() {

			private Iterator<ResidentSummary> chunk = Collections.emptyIterator();

			private @Nullable String lastName;

			private long lastId;

			private boolean done;

			@Override
			public boolean hasNext() {
				if (!chunk.hasNext() && !done) {
					List<PartyRecord> next = parties.listAfter(communityId, fragment, includeRetired, lastName, lastId,
							EXPORT_CHUNK);
					done = next.size() < EXPORT_CHUNK;
					if (!next.isEmpty()) {
						PartyRecord last = next.get(next.size() - 1);
						lastName = last.name();
						lastId = last.id();
					}
					chunk = summaries(communityId, next, false).iterator();
				}
				return chunk.hasNext();
			}

			@Override
			public ResidentSummary next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return chunk.next();
			}

		};
	}

	/**
	 * Who may not see the whole ID number or phones cannot change them either: they are
	 * kept.
	 */
	private PartyCommand keepHidden(PartyRecord before, PartyCommand c) {
		boolean id = scope.has(Permission.PERSONAL_ID_VIEW);
		boolean phones = scope.has(Permission.PHONE_VIEW);
		if (id && phones) {
			return c;
		}
		return new PartyCommand(c.kind(), c.name(), c.gender(), id ? c.idCardNumber() : before.idCard(),
				phones ? c.phones() : before.phones(), c.creditCode(), c.contactName(), c.notes());
	}

	PartyRecord visible(long id) {
		return parties.find(scope.allowedIds(), id).orElseThrow(() -> new NotFoundException("resident", id));
	}

	/** The resident as the caller may see it, without auditing the read. */
	ResidentView view(PartyRecord party) {
		long c = party.communityId();
		Map<Long, String> labels = support.labels(c, occupancy.unitIdsOfParty(c, party.id()));
		boolean revealId = scope.has(Permission.PERSONAL_ID_VIEW);
		boolean revealPhones = scope.has(Permission.PHONE_VIEW);
		return new ResidentView(party.id(), c, party.kind(), party.name(), party.gender(),
				Masking.idCard(party.idCard(), revealId), party.idCard() != null && !revealId,
				Masking.phones(party.phones(), revealPhones), !party.phones().isEmpty() && !revealPhones,
				party.creditCode(), party.contactName(), party.notes(), party.version(),
				occupancy.ownershipsOfParty(c, party.id(), labels), occupancy.tenanciesOfParty(c, party.id(), labels),
				occupancy.membersOfParty(c, party.id(), labels), occupancy.vehiclesOfParty(c, party.id(), labels),
				party.retirement());
	}

	/**
	 * Summaries of one community's parties with their current units; phones masked unless
	 * {@code revealPhones}.
	 */
	List<ResidentSummary> summaries(long communityId, List<PartyRecord> list, boolean revealPhones) {
		Map<Long, List<Map.Entry<Long, OccupantRole>>> ties = parties.currentTies(communityId,
				list.stream().map(PartyRecord::id).toList());
		Set<Long> unitIds = new HashSet<>();
		ties.values().forEach(t -> t.forEach(e -> unitIds.add(e.getKey())));
		Map<Long, String> labels = support.labels(communityId, unitIds);
		List<ResidentSummary> result = new ArrayList<>();
		for (PartyRecord party : list) {
			List<UnitTie> units = ties.getOrDefault(party.id(), List.of())
				.stream()
				.map(e -> new UnitTie(e.getKey(), labels.getOrDefault(e.getKey(), "#" + e.getKey()), e.getValue()))
				.toList();
			result.add(new ResidentSummary(party.id(), communityId, party.kind(), party.name(),
					Masking.idCard(party.idCard(), false), Masking.phones(party.phones(), revealPhones), units,
					party.retirement()));
		}
		return result;
	}

	/**
	 * What changed, without personal data (the audit log is read by more people than the
	 * record).
	 */
	private static String describeChange(PartyRecord before, PartyRecord after) {
		List<String> changes = new ArrayList<>();
		if (!before.name().equals(after.name())) {
			changes.add("name " + before.name() + " -> " + after.name());
		}
		if (!Objects.equals(before.idCard(), after.idCard())) {
			changes.add("idCard changed");
		}
		if (!Objects.equals(before.creditCode(), after.creditCode())) {
			changes.add("creditCode changed");
		}
		if (!before.phones().equals(after.phones())) {
			changes.add("phones changed");
		}
		if (before.gender() != after.gender() || !Objects.equals(before.contactName(), after.contactName())
				|| !Objects.equals(before.notes(), after.notes())) {
			changes.add("details changed");
		}
		return changes.isEmpty() ? "no change" : String.join("; ", changes);
	}

}
