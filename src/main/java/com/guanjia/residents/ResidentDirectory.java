package com.guanjia.residents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.guanjia.estate.UnitId;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.PhoneNumber;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules need to know about residents: who owns a unit, a party's name and
 * phones (a bill's payer, a work order's reporter), and a search by name or phone
 * fragment for pickers.
 * <p>
 * Masking (R1.3): {@link #search} is a list and masks phones for everyone; {@link #find}
 * and {@link #ownersOf} are for detail views and show phones whole only when the caller
 * has {@code PHONE_VIEW}. ID numbers are always masked here.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ResidentDirectory {

	private final PartyRepository parties;

	private final OccupancyRepository occupancy;

	private final ResidentManagement residents;

	private final Parties support;

	private final CommunityScope scope;

	private final IdCards idCards;

	ResidentDirectory(PartyRepository parties, OccupancyRepository occupancy, ResidentManagement residents,
			Parties support, CommunityScope scope, IdCards idCards) {
		this.idCards = idCards;
		this.parties = parties;
		this.occupancy = occupancy;
		this.residents = residents;
		this.support = support;
		this.scope = scope;
	}

	/**
	 * Residents of those of the communities the caller may see whose name contains the
	 * fragment, or whose phone ends with four digits / contains a longer digit fragment,
	 * or whose ID number is the fragment or ends with its four characters. Phones masked.
	 */
	public List<ResidentSummary> search(List<Long> communityIds, String fragment, int limit) {
		scope.require(Permission.PEOPLE_READ);
		List<Long> visible = communityIds.stream().filter(scope::allows).distinct().toList();
		String q = fragment == null ? "" : fragment.strip();
		if (visible.isEmpty() || q.isEmpty() || limit <= 0) {
			return List.of();
		}
		Map<Long, PartyRecord> found = new LinkedHashMap<>();
		String digits = q.replaceAll("[\\s-]", "");
		if (digits.matches("\\d{4,11}")) {
			parties.searchByPhone(visible, digits, limit).forEach(p -> found.putIfAbsent(p.id(), p));
		}
		byte[] idHash = idCards.hashOfQuery(q);
		String idTail = IdCards.tailOfQuery(q);
		if (idHash != null || idTail != null) {
			// A whole ID number by its keyed hash, or its last four characters (issue 9
			// item 15).
			parties.searchByIdCard(visible, idHash, idTail, limit).forEach(p -> found.putIfAbsent(p.id(), p));
		}
		if (idHash == null && q.codePoints().anyMatch(Character::isLetter)) {
			parties.searchByName(visible, q, limit).forEach(p -> found.putIfAbsent(p.id(), p));
		}
		Map<Long, List<PartyRecord>> byCommunity = new LinkedHashMap<>();
		found.values()
			.stream()
			.limit(limit)
			.forEach(p -> byCommunity.computeIfAbsent(p.communityId(), k -> new ArrayList<>()).add(p));
		List<ResidentSummary> result = new ArrayList<>();
		byCommunity.forEach((c, list) -> result.addAll(residents.summaries(c, list, false)));
		return result;
	}

	/**
	 * Current vehicles whose plate contains the fragment (粤B12345, B123, 12345), in the
	 * caller's communities.
	 */
	public List<VehicleView> searchVehicles(List<Long> communityIds, String fragment, int limit) {
		scope.require(Permission.PEOPLE_READ);
		String q = PlateNumber.normalize(fragment);
		if (q.length() < 2 || !PlateNumber.couldBePart(q) || limit <= 0) {
			return List.of();
		}
		List<VehicleView> result = new ArrayList<>();
		for (long c : communityIds.stream().filter(scope::allows).distinct().toList()) {
			List<VehicleView> raw = occupancy.searchPlates(c, q, limit - result.size(), Map.of());
			Map<Long, String> labels = support.labels(c, raw.stream().map(VehicleView::unitId).toList());
			raw.forEach(v -> result.add(HouseholdRegistry.withLabel(v, labels)));
			if (result.size() >= limit) {
				break;
			}
		}
		return result;
	}

	/**
	 * The unit's current owners (no caller check: the calling module has checked the
	 * unit).
	 */
	public List<ResidentSummary> ownersOf(UnitId unit) {
		List<Long> ids = occupancy.ownershipsOfUnit(unit.communityId(), unit.value(), Map.of())
			.stream()
			.filter(OwnershipView::current)
			.map(OwnershipView::partyId)
			.toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, PartyRecord> found = new LinkedHashMap<>();
		parties.findAll(unit.communityId(), ids).forEach(p -> found.put(p.id(), p));
		List<PartyRecord> ordered = ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
		return residents.summaries(unit.communityId(), ordered, scope.has(Permission.PHONE_VIEW));
	}

	/**
	 * The mobile numbers, whole, of the current owners of each of the units (in ownership
	 * order, each number once; units whose owners have no mobile are left out), for
	 * messages the system sends them — payment notices and reminders by SMS. No caller
	 * check and no masking: the community is explicit and the numbers go only into the
	 * outbox, never onto a page.
	 */
	public Map<Long, List<String>> ownerMobilesForMessages(long communityId, Collection<Long> unitIds) {
		Map<Long, List<String>> result = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return result;
		}
		for (Map.Entry<Long, String> row : occupancy.currentOwnerPhones(communityId, unitIds)) {
			String phone = PhoneNumber.normalize(row.getValue());
			if (phone != null && new PhoneNumber(phone).isMobile()) {
				List<String> phones = result.computeIfAbsent(row.getKey(), k -> new ArrayList<>());
				if (!phones.contains(phone)) {
					phones.add(phone);
				}
			}
		}
		return result;
	}

	/**
	 * A party by id (no caller check: the community is explicit and the caller has
	 * checked it).
	 */
	public Optional<ResidentSummary> find(PartyId id) {
		return parties.find(id.communityId(), id.value())
			.map(p -> residents.summaries(id.communityId(), List.of(p), scope.has(Permission.PHONE_VIEW)).get(0));
	}

	/** Names of parties of a community, for lists in other modules. */
	public Map<Long, String> names(long communityId, Collection<Long> partyIds) {
		return PartyRepository.byId(parties.findAll(communityId, partyIds));
	}

}
