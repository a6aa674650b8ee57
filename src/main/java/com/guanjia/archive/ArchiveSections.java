package com.guanjia.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitId;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Keeps a unit's archive in owners' sections (R1.4, seed 003: "房屋产权人转让后及时对档案进行更新"): the
 * section of the owners of now, opened when the unit first has owners; when none of its
 * owners owns the unit any more (a transfer, 产权转让) it is closed and kept, and the new
 * owners' section is opened; a joint owner coming or going renames it. Worked out from
 * the registry each time something is filed, under a lock per unit, so a document filed
 * right after a transfer already lands in the new owners' section.
 */
@Component
class ArchiveSections {

	private final UnitDocumentRepository repository;

	private final ResidentDirectory residents;

	private final CommunityDirectory communities;

	private final AdvisoryLocks locks;

	private final Clock clock;

	ArchiveSections(UnitDocumentRepository repository, ResidentDirectory residents, CommunityDirectory communities,
			AdvisoryLocks locks, Clock clock) {
		this.repository = repository;
		this.residents = residents;
		this.communities = communities;
		this.locks = locks;
		this.clock = clock;
	}

	/** The section to file in now, or null while the unit has never had owners. */
	@Nullable Long current(UnitId unit) {
		long c = unit.communityId();
		locks.lockForTransaction(c, "archive-section:" + unit.value());
		List<ResidentSummary> owners = residents.ownersOf(unit);
		var open = repository.openSection(c, unit.value());
		if (owners.isEmpty()) {
			return open.map(UnitDocumentRepository.Section::id).orElse(null);
		}
		List<Long> ids = owners.stream().map(ResidentSummary::id).toList();
		String names = names(owners);
		LocalDate today = LocalDate.now(clock.withZone(communities.timeZone(c)));
		if (open.isEmpty()) {
			return repository.openSection(c, unit.value(), ids, names, today);
		}
		UnitDocumentRepository.Section section = open.get();
		Set<Long> before = new HashSet<>(section.ownerIds());
		if (before.equals(new HashSet<>(ids))) {
			return section.id();
		}
		if (ids.stream().noneMatch(before::contains)) {
			repository.closeSection(c, section.id(), today);
			return repository.openSection(c, unit.value(), ids, names, today);
		}
		repository.renameSection(c, section.id(), ids, names);
		return section.id();
	}

	private static String names(List<ResidentSummary> owners) {
		String names = String.join("、", owners.stream().map(ResidentSummary::name).toList());
		return names.length() <= 300 ? names : names.substring(0, 299) + "…";
	}

}
