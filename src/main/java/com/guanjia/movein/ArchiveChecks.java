package com.guanjia.movein;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.guanjia.archive.ArchiveSectionView;
import com.guanjia.archive.DocumentType;
import com.guanjia.archive.DocumentView;
import com.guanjia.archive.UnitDocuments;
import com.guanjia.estate.UnitId;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentDirectory;
import com.guanjia.residents.ResidentSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completeness check of units' archives (R1.4, R8.5; the quarterly archive review,
 * seed 003 "每季度对业户档案…检查是否有缺项"): what the current owners' section must hold
 * ({@link ArchiveRequirements}) against what it holds — for one unit (its page and the
 * API), and for the review, every unit of a community that had a move-in or custody whose
 * archive lacks something.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveChecks {

	private final MoveInCaseRepository cases;

	private final CustodyRepository custody;

	private final UnitManagement units;

	private final ResidentDirectory residents;

	private final UnitDocuments archive;

	private final CommunityScope scope;

	ArchiveChecks(MoveInCaseRepository cases, CustodyRepository custody, UnitManagement units,
			ResidentDirectory residents, UnitDocuments archive, CommunityScope scope) {
		this.cases = cases;
		this.custody = custody;
		this.units = units;
		this.residents = residents;
		this.archive = archive;
		this.scope = scope;
	}

	/** One unit's check; 404 outside the caller's communities. */
	public ArchiveCheckView check(long unitId) {
		scope.require(Permission.MOVEIN_WRITE);
		return check(units.get(unitId));
	}

	/**
	 * The quarterly review: the community's units that had a move-in case or custody and
	 * whose archive lacks something, by unit.
	 */
	public List<ArchiveCheckView> incomplete(long communityId) {
		scope.require(Permission.MOVEIN_WRITE);
		scope.require(communityId);
		Set<Long> unitIds = new LinkedHashSet<>(cases.unitsWithCompletedCases(communityId));
		custody.list(communityId).forEach(a -> unitIds.add(a.unitId()));
		List<ArchiveCheckView> incomplete = new ArrayList<>();
		for (long unitId : unitIds) {
			units.find(UnitId.of(communityId, unitId))
				.map(this::check)
				.filter(c -> !c.complete())
				.ifPresent(incomplete::add);
		}
		incomplete.sort(java.util.Comparator.comparing(ArchiveCheckView::unitLabel));
		return incomplete;
	}

	private ArchiveCheckView check(UnitView unit) {
		List<ResidentSummary> owners = residents.ownersOf(unit.unitId());
		if (owners.isEmpty()) {
			return ArchiveCheckView.of(unit.id(), unit.label(), null, null, null, false, List.of(), List.of(),
					List.of());
		}
		Set<Long> ownerIds = new java.util.HashSet<>(owners.stream().map(ResidentSummary::id).toList());
		Optional<MoveInCase> moveIn = cases.ofUnit(unit.communityId(), unit.id())
			.stream()
			.filter(c -> c.status() == MoveInStatus.COMPLETED && ownerIds.contains(c.applicant().ownerPartyId()))
			.findFirst();
		boolean inCustody = custody.ofUnit(unit.communityId(), unit.id())
			.stream()
			.anyMatch(a -> a.status() == CustodyStatus.ACTIVE);
		List<DocumentType> present = archive.sectionsOf(unit.unitId())
			.stream()
			.filter(s -> s.current() && s.number() > 0)
			.findFirst()
			.map(ArchiveSectionView::documents)
			.orElse(List.of())
			.stream()
			.map(DocumentView::type)
			.distinct()
			.toList();
		ApplicantKind kind = moveIn.map(c -> c.applicant().kind()).orElse(null);
		List<DocumentType> required = ArchiveRequirements.required(kind, inCustody);
		return ArchiveCheckView.of(unit.id(), unit.label(),
				String.join("、", owners.stream().map(ResidentSummary::name).toList()),
				moveIn.map(MoveInCase::id).orElse(null), kind, inCustody, required, present,
				ArchiveRequirements.missing(required, present));
	}

}
