package com.guanjia.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.guanjia.estate.CommunityDirectory;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitView;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.Problems;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's events log (单元大事记, R1.5): what happened to it, in order. System lines come
 * from estate and residents events; staff with {@code ARCHIVE_WRITE} add leaks,
 * renovations, notes.
 */
@Service
@Transactional
public class UnitLog {

	private final UnitEventRepository events;

	private final UnitManagement units;

	private final CommunityDirectory communities;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final Clock clock;

	UnitLog(UnitEventRepository events, UnitManagement units, CommunityDirectory communities, CommunityScope scope,
			AuditTrail audit, Clock clock) {
		this.events = events;
		this.units = units;
		this.communities = communities;
		this.scope = scope;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The unit's log, oldest first; 404 when the unit is outside the caller's
	 * communities.
	 */
	@Transactional(readOnly = true)
	public List<UnitEventView> events(long unitId) {
		scope.require(Permission.PEOPLE_READ);
		UnitView unit = units.get(unitId);
		return events.ofUnit(unit.communityId(), unit.id());
	}

	public UnitEventView add(long unitId, UnitEntryCommand command) {
		scope.require(Permission.ARCHIVE_WRITE);
		UnitView unit = units.get(unitId);
		LocalDate today = today(unit.communityId());
		Problems p = new Problems();
		command.validate(p, today);
		p.throwIfAny();
		String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
		long id = events.append(unit.communityId(), unit.id(),
				command.occurredOn() == null ? today : command.occurredOn(), command.kind(), List.of(), note,
				scope.actor(), null, now());
		audit.record(unit.communityId(), "unit-event", id, "create", unit.label() + " " + command.kind());
		return events.get(unit.communityId(), id);
	}

	/**
	 * A system line (from a listener or another service of this module: no caller check).
	 */
	void record(long communityId, long unitId, @Nullable LocalDate occurredOn, UnitEventKind kind, List<String> args,
			@Nullable String sourceKey) {
		events.append(communityId, unitId, occurredOn == null ? today(communityId) : occurredOn, kind, args, null,
				scope.actor(), sourceKey, now());
	}

	LocalDate today(long communityId) {
		return LocalDate.now(clock.withZone(communities.timeZone(communityId)));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
