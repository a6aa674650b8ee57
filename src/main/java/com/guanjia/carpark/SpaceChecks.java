package com.guanjia.carpark;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.guanjia.billing.RentCharges;
import com.guanjia.estate.ParkingManagement;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.db.AdvisoryLocks;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly space check (R1.2): the manager runs it for a month; it compares the
 * registry's spaces, the fixed-space cards active in the month and the rent billing
 * charged ({@link SpaceCheck}), and the vehicles parked — the guard's walk and the
 * vehicles inside by the entry log — with the cards and the vehicle registry
 * ({@link SpaceWalks}, {@link ParkedCheck}), and keeps what it finds as a list to
 * resolve. A run again keeps what was resolved, clears what is no longer found and
 * reopens what comes back.
 */
@Service
@Transactional
public class SpaceChecks {

	private final SpaceCheckRepository findings;

	private final ParkingCardRepository cards;

	private final ParkingManagement spaces;

	private final RentCharges rents;

	private final AdvisoryLocks locks;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final GateTime time;

	private final SpaceWalks walks;

	SpaceChecks(SpaceCheckRepository findings, ParkingCardRepository cards, ParkingManagement spaces, RentCharges rents,
			AdvisoryLocks locks, CommunityScope scope, AuditTrail audit, ApplicationEventPublisher events,
			GateTime time, SpaceWalks walks) {
		this.walks = walks;
		this.findings = findings;
		this.cards = cards;
		this.spaces = spaces;
		this.rents = rents;
		this.locks = locks;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.time = time;
	}

	/** Runs the check for a month and answers the month's list. */
	public List<FindingView> run(long communityId, YearMonth month) {
		scope.require(Permission.CARPARK_ADMIN);
		scope.require(communityId);
		locks.lockForTransaction(communityId, "carpark-space-check:" + month);
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		List<SpaceCheck.Space> registry = spaces.list(communityId, null)
			.stream()
			.map(s -> new SpaceCheck.Space(s.id(), s.code(), s.state(), s.unitId(), s.unitLabel()))
			.toList();
		List<SpaceCheck.Card> active = cards.fixedActiveDuring(communityId, first, last)
			.stream()
			.map(c -> new SpaceCheck.Card(c.id(), c.number(), c.holder().plate(),
					Objects.requireNonNull(c.holder().unitId()), c.holder().unitLabel(),
					Objects.requireNonNull(c.holder().spaceId())))
			.toList();
		List<SpaceCheck.Mismatch> found = new ArrayList<>(
				SpaceCheck.run(registry, active, rents.parkingSpaces(communityId, month)));
		found.addAll(walks.parked(communityId, month, registry));
		Map<String, SpaceCheckFinding> known = new HashMap<>();
		for (SpaceCheckFinding f : findings.lockMonth(communityId, month)) {
			known.put(f.kind() + "|" + f.subject(), f);
		}
		Instant now = time.now();
		String actor = scope.actor();
		for (SpaceCheck.Mismatch m : found) {
			SpaceCheckFinding f = known.remove(m.kind() + "|" + m.subject());
			if (f == null) {
				commit(SpaceCheckFinding.find(findings.nextId(), communityId, month, m, now, actor));
			}
			else if (f.allows(FindingAction.REOPEN)) {
				f.reopen(m.detail(), now, actor);
				commit(f);
			}
		}
		for (SpaceCheckFinding gone : known.values()) {
			if (gone.allows(FindingAction.CLEAR)) {
				gone.clear(now, actor);
				commit(gone);
			}
		}
		audit.record(communityId, "space_check", month.toString(), "run", found.size() + " found");
		return month(communityId, month);
	}

	@Transactional(readOnly = true)
	public List<FindingView> month(long communityId, YearMonth month) {
		scope.require(Permission.CARPARK_ADMIN);
		scope.require(communityId);
		return findings.month(communityId, month).stream().map(FindingView::of).toList();
	}

	public FindingView resolve(long findingId, String resolution) {
		scope.require(Permission.CARPARK_ADMIN);
		new Problems().text("resolution", resolution, 200).throwIfAny();
		SpaceCheckFinding f = findings.lock(scope.allowedIds(), findingId)
			.orElseThrow(() -> new NotFoundException("finding", findingId));
		f.resolve(resolution.strip(), time.now(), scope.actor());
		commit(f);
		return FindingView.of(f);
	}

	public YearMonth thisMonth(long communityId) {
		return YearMonth.from(time.today(communityId));
	}

	private void commit(SpaceCheckFinding f) {
		findings.save(f);
		f.steps()
			.forEach(s -> audit.record(f.communityId(), "space_check_finding", f.id(),
					s.action().toLowerCase(Locale.ROOT), s.note()));
		f.events().forEach(events::publishEvent);
		f.saved();
	}

}
