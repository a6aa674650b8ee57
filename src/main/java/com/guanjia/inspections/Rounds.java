package com.guanjia.inspections;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist engine's entry point for other modules and for the schedules: a round
 * over a route or a subject (a unit's custody check, a renovation's daily site check, a
 * vacant unit), created once per occurrence key however many instances ask at once, with
 * each stop's checklist taken from the current revision of its template. No caller check:
 * the community is explicit, and the caller has checked its own rules.
 */
@Service
@Transactional
@NamedInterface("api")
public class Rounds {

	private final RoundRepository rounds;

	private final RoundListing listing;

	private final TemplateRepository templates;

	private final CommunityDirectory communities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rounds(RoundRepository rounds, RoundListing listing, TemplateRepository templates, CommunityDirectory communities,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.listing = listing;
		this.templates = templates;
		this.communities = communities;
		this.events = events;
		this.clock = clock;
	}

	/** The round of this occurrence: created now, or the one created before. */
	public RoundId schedule(ScheduleRound command) {
		long communityId = command.community().value();
		Problems p = new Problems();
		p.text("occurrenceKey", command.occurrenceKey(), 200);
		p.text("title", command.title(), 100);
		p.check(!command.stops().isEmpty(), "stops", "inspection.round.noCheckpoints", command.title());
		p.throwIfAny();
		var existing = rounds.idByOccurrence(communityId, command.occurrenceKey());
		if (existing.isPresent()) {
			return RoundId.of(communityId, existing.get());
		}
		Instant now = clock.instant();
		templates.ensureDefaults(communityId, now);
		Map<String, TemplateView> byCode = new HashMap<>();
		List<CheckpointVisit> visits = new ArrayList<>();
		for (ScheduleRound.Stop stop : command.stops()) {
			TemplateView t = byCode.computeIfAbsent(stop.templateCode(), code -> templates.current(communityId, code)
				.orElseThrow(() -> ValidationException.of("templateCode", "inspection.template.unknown", code)));
			visits.add(CheckpointVisit.pending(visits.size() + 1, stop.checkpointId(), stop.name(), stop.areaId(),
					t.id(), t.items()));
		}
		long id = rounds.nextId();
		Round round = Round.plan(new RoundPlan(communityId, id, command.occurrenceKey(), command.kind(),
				command.scheduleId(), command.routeId(), command.subject(), command.title(), command.assigneeStaffId(),
				command.windowStart(), command.windowEnd(), now), visits, "system");
		if (rounds.insertIfAbsent(round)) {
			round.takeEvents().forEach(events::publishEvent);
			return RoundId.of(communityId, id);
		}
		return RoundId.of(communityId, rounds.idByOccurrence(communityId, command.occurrenceKey()).orElseThrow());
	}

	/**
	 * The rounds about one subject of another module (e.g. a unit's vacant-unit checks),
	 * for its pages; no caller check.
	 */
	@Transactional(readOnly = true)
	public List<RoundView> ofSubject(long communityId, String subjectKind, long subjectId) {
		return listing.ofSubject(communityId, subjectKind, subjectId, clock.instant());
	}

	/** The community's time zone, for windows given as local times. */
	java.time.ZoneId zone(long communityId) {
		return communities.timeZone(communityId);
	}

}
