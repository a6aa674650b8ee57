package com.guanjia.estate;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.EstateEvents.UnitHandedOver;
import com.guanjia.estate.EstateEvents.UnitRegistered;
import com.guanjia.estate.EstateEvents.UnitStateChanged;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.NotFoundException;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ResultPage;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and changes buildings and units (R1.1) and answers questions about them. */
@Service
@Transactional
@NamedInterface("api")
public class UnitManagement {

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommunityDirectory communities;

	private final List<HandoverGuard> guards;

	UnitManagement(JdbcClient jdbc, UnitRepository units, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, CommunityDirectory communities, List<HandoverGuard> guards) {
		this.communities = communities;
		this.jdbc = jdbc;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.guards = guards;
	}

	// --- buildings ---------------------------------------------------------------------

	public BuildingView createBuilding(long communityId, BuildingCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p, "");
		p.throwIfAny();
		requireInService(communityId);
		String code = command.code().strip();
		if (buildingId(communityId, code) != null) {
			throw ValidationException.of("code", "building.duplicateCode", code);
		}
		long id = units.insertBuilding(communityId, code, command.displayName(), command.floors(), now());
		audit.record(communityId, "building", id, "create", command.displayName());
		return units.findBuilding(communityId, id).orElseThrow();
	}

	/** A building the caller may see, or 404. */
	@Transactional(readOnly = true)
	public BuildingView building(long buildingId) {
		scope.require(Permission.ESTATE_READ);
		return units.findBuilding(scope.allowedIds(), buildingId)
			.orElseThrow(() -> new NotFoundException("building", buildingId));
	}

	/**
	 * Changes a building's code, name and floors; {@code version} is the one the user
	 * saw, so a concurrent edit is refused. A new code renumbers the labels of its units
	 * ("3-2-1502" becomes "3A-2-1502") in the same transaction.
	 */
	public BuildingView changeBuilding(long buildingId, int version, BuildingCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		BuildingView before = building(buildingId);
		Problems p = new Problems();
		command.validate(p, "");
		p.throwIfAny();
		long communityId = before.communityId();
		String code = command.code().strip();
		Long sameCode = buildingId(communityId, code);
		if (sameCode != null && sameCode != buildingId) {
			throw ValidationException.of("code", "building.duplicateCode", code);
		}
		int updated = jdbc.sql("""
				update building set code = ?, name = ?, floors = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(code, command.displayName(), command.floors(), communityId, buildingId, version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		List<String> changes = new ArrayList<>();
		if (!before.code().equals(code)) {
			jdbc.sql("""
					update unit set label = case when entrance = '' then ? || '-' || room_no
					  else ? || '-' || entrance || '-' || room_no end
					where community_id = ? and building_id = ?""").params(code, code, communityId, buildingId).update();
			changes.add("code " + before.code() + " -> " + code);
		}
		if (!before.name().equals(command.displayName())) {
			changes.add("name " + before.name() + " -> " + command.displayName());
		}
		if (!java.util.Objects.equals(before.floors(), command.floors())) {
			changes.add("floors " + before.floors() + " -> " + command.floors());
		}
		audit.record(communityId, "building", buildingId, "update", String.join("; ", changes));
		return units.findBuilding(communityId, buildingId).orElseThrow();
	}

	/**
	 * Every building of the community, retired ones included: for reports and look-ups
	 * that name the buildings of old records (decision 0014).
	 */
	@Transactional(readOnly = true)
	public List<BuildingView> buildings(long communityId) {
		return buildings(communityId, true);
	}

	/**
	 * The community's buildings for a list or a picker: those in service, and the retired
	 * ones too when {@code includeRetired}.
	 */
	@Transactional(readOnly = true)
	public List<BuildingView> buildings(long communityId, boolean includeRetired) {
		scope.require(Permission.ESTATE_READ);
		scope.require(communityId);
		return units.buildings(communityId, includeRetired);
	}

	// --- units -------------------------------------------------------------------------

	public UnitView register(long communityId, UnitCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		scope.require(communityId);
		Problems p = new Problems();
		command.validate(p);
		p.throwIfAny();
		BuildingView building = units.findBuilding(communityId, command.buildingId())
			.orElseThrow(() -> ValidationException.of("buildingId", "validation.building.unknown"));
		if (building.retired()) {
			throw ValidationException.of("buildingId", "building.retired", building.name());
		}
		String entrance = command.entranceOrBlank();
		String roomNo = command.roomNo().strip();
		if (units.unitExists(communityId, building.id(), entrance, roomNo, 0)) {
			throw ValidationException.of("roomNo", "unit.duplicate",
					UnitCommand.label(building.code(), entrance, roomNo));
		}
		String label = UnitCommand.label(building.code(), entrance, roomNo);
		long id = jdbc.sql("""
				insert into unit (community_id, building_id, entrance, room_no, label, kind, floor, building_area,
				  state, handover_date, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(communityId, building.id(), entrance, roomNo, label, command.kind().name(), command.floor(),
					command.buildingArea(), command.state().name(), sqlDate(command), now())
			.query(Long.class)
			.single();
		audit.record(communityId, "unit", id, "create", label);
		events.publishEvent(new UnitRegistered(communityId, id, label));
		return units.find(List.of(communityId), id).orElseThrow();
	}

	/**
	 * Changes a unit; {@code version} is the one the user saw, so a concurrent edit is
	 * refused.
	 */
	public UnitView change(long unitId, int version, UnitCommand command) {
		scope.require(Permission.ESTATE_WRITE);
		UnitView before = get(unitId);
		Problems p = new Problems();
		command.validateFields(p, "");
		p.throwIfAny();
		long buildingId = command.buildingId() == null ? before.buildingId() : command.buildingId();
		BuildingView building = units.findBuilding(before.communityId(), buildingId)
			.orElseThrow(() -> ValidationException.of("buildingId", "validation.building.unknown"));
		if (building.retired() && building.id() != before.buildingId()) {
			throw ValidationException.of("buildingId", "building.retired", building.name());
		}
		String entrance = command.entranceOrBlank();
		String roomNo = command.roomNo().strip();
		String label = UnitCommand.label(building.code(), entrance, roomNo);
		if (units.unitExists(before.communityId(), building.id(), entrance, roomNo, unitId)) {
			throw ValidationException.of("roomNo", "unit.duplicate", label);
		}
		if (before.state() != command.state()
				|| !java.util.Objects.equals(before.handoverDate(), command.handoverDate())) {
			for (HandoverGuard guard : guards) {
				guard.refusal(before.unitId()).ifPresent(refusal -> {
					throw refusal;
				});
			}
		}
		int updated = jdbc.sql("""
				update unit set building_id = ?, entrance = ?, room_no = ?, label = ?, kind = ?, floor = ?,
				  building_area = ?, state = ?, handover_date = ?, version = version + 1
				where community_id = ? and id = ? and version = ?""")
			.params(building.id(), entrance, roomNo, label, command.kind().name(), command.floor(),
					command.buildingArea(), command.state().name(), sqlDate(command), before.communityId(), unitId,
					version)
			.update();
		if (updated == 0) {
			throw new ConflictException("error.staleVersion");
		}
		UnitView after = units.find(List.of(before.communityId()), unitId).orElseThrow();
		audit.record(after.communityId(), "unit", unitId, "update", describeChange(before, after));
		if (before.state() != after.state()) {
			events.publishEvent(
					new UnitStateChanged(after.communityId(), unitId, after.label(), before.state(), after.state()));
		}
		if (after.handoverDate() != null && !after.handoverDate().equals(before.handoverDate())) {
			events.publishEvent(new UnitHandedOver(after.communityId(), unitId, after.label(), before.handoverDate(),
					after.handoverDate()));
		}
		return after;
	}

	/**
	 * The unit is handed over to its owner on {@code date} and is in {@code state} from
	 * now on (R1.1, R8): the procedure that owns the hand-over (a move-in case) calls
	 * this when it completes; the handover date starts fees and warranty. No caller
	 * check: the calling module has checked its caller.
	 */
	public UnitView handOver(UnitId unit, LocalDate date, UnitState state) {
		if (!state.isHandedOver()) {
			throw ValidationException.of("state", "validation.handoverDate.unsold");
		}
		UnitView before = units.findForUpdate(unit.communityId(), unit.value())
			.orElseThrow(() -> new NotFoundException("unit", unit.value()));
		jdbc.sql("""
				update unit set state = ?, handover_date = ?, version = version + 1
				where community_id = ? and id = ?""")
			.params(state.name(), Date.valueOf(date), unit.communityId(), unit.value())
			.update();
		UnitView after = units.find(List.of(unit.communityId()), unit.value()).orElseThrow();
		audit.record(after.communityId(), "unit", after.id(), "handover", describeChange(before, after));
		if (before.state() != after.state()) {
			events.publishEvent(new UnitStateChanged(after.communityId(), after.id(), after.label(), before.state(),
					after.state()));
		}
		if (!date.equals(before.handoverDate())) {
			events.publishEvent(
					new UnitHandedOver(after.communityId(), after.id(), after.label(), before.handoverDate(), date));
		}
		return after;
	}

	/**
	 * A handed-over unit changes state because of another module's procedure (a
	 * renovation's permit makes it decorating, its completion returns it to its state
	 * before, R9.3, R9.7) without changing its handover date. No caller check: the
	 * calling module has checked its caller; unchanged when the unit is in the state
	 * already.
	 */
	public UnitView changeState(UnitId unit, UnitState state) {
		UnitView before = units.find(List.of(unit.communityId()), unit.value())
			.orElseThrow(() -> new NotFoundException("unit", unit.value()));
		if (!state.isHandedOver() || before.handoverDate() == null) {
			throw ValidationException.of("state", "validation.handoverDate.required");
		}
		if (before.state() == state) {
			return before;
		}
		jdbc.sql("update unit set state = ?, version = version + 1 where community_id = ? and id = ?")
			.params(state.name(), unit.communityId(), unit.value())
			.update();
		UnitView after = units.find(List.of(unit.communityId()), unit.value()).orElseThrow();
		audit.record(after.communityId(), "unit", after.id(), "state", describeChange(before, after));
		events.publishEvent(
				new UnitStateChanged(after.communityId(), after.id(), after.label(), before.state(), after.state()));
		return after;
	}

	/** A unit the caller may see, or 404. */
	@Transactional(readOnly = true)
	public UnitView get(long unitId) {
		scope.require(Permission.ESTATE_READ);
		return units.find(scope.allowedIds(), unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
	}

	/**
	 * Whether the unit exists in that community, for other modules checking a reference.
	 */
	@Transactional(readOnly = true)
	public boolean exists(UnitId id) {
		return units.find(List.of(id.communityId()), id.value()).isPresent();
	}

	/**
	 * Looks a unit up for another module (no caller scope: the module has checked it). A
	 * retired unit is found too, marked retired: old records still name it.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<UnitView> find(UnitId id) {
		return units.find(List.of(id.communityId()), id.value());
	}

	/**
	 * Looks a unit up for new work (a work order), for another module: empty when
	 * unknown; a retired unit is refused with a 400 on {@code unitId} that names it and
	 * says when it was retired (decision 0014). No caller scope: the module has checked
	 * it.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<UnitView> findInService(UnitId id) {
		java.util.Optional<UnitView> unit = find(id);
		unit.filter(UnitView::retired).ifPresent(u -> {
			throw ValidationException.of("unitId", "unit.retired", u.label(), u.retirement().retiredOn());
		});
		return unit;
	}

	/**
	 * A community's units in service in id order after {@code afterUnitId}, at most
	 * {@code limit}: keyset paging for bulk jobs such as a billing run over 200,000
	 * units, which leave retired units out (decision 0014). No caller scope: the calling
	 * module has checked it.
	 */
	@Transactional(readOnly = true)
	public List<UnitView> listAfter(long communityId, long afterUnitId, int limit) {
		return units.listAfter(communityId, afterUnitId, limit);
	}

	/**
	 * Labels of those of the units that exist in the community (absent ids are left out),
	 * for other modules that show or check many unit references at once (no caller scope:
	 * the module has checked it).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> labels(long communityId, java.util.Collection<Long> unitIds) {
		Map<Long, String> labels = new HashMap<>();
		if (unitIds.isEmpty()) {
			return labels;
		}
		jdbc.sql("select id, label from unit where community_id = ? and id = any(?)")
			.params(communityId, unitIds.stream().distinct().toArray(Long[]::new))
			.query(rs -> {
				labels.put(rs.getLong(1), rs.getString(2));
			});
		return labels;
	}

	@Transactional(readOnly = true)
	public ResultPage<UnitView> list(long communityId, UnitFilter filter, ResultPage.Request page) {
		scope.require(Permission.ESTATE_READ);
		scope.require(communityId);
		return units.list(communityId, filter, page);
	}

	/**
	 * How many units of the community are in each state (every state present, zero when
	 * none).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UnitState, Long> countByState(long communityId) {
		scope.require(Permission.ESTATE_READ);
		scope.require(communityId);
		java.util.Map<UnitState, Long> counts = new java.util.EnumMap<>(UnitState.class);
		for (UnitState state : UnitState.values()) {
			counts.put(state, 0L);
		}
		jdbc.sql("select state, count(*) from unit where community_id = ? group by state")
			.param(communityId)
			.query(rs -> {
				counts.put(UnitState.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * Units in service of the caller's communities whose label contains the fragment:
	 * search boxes and pickers leave retired units out (decision 0014).
	 */
	@Transactional(readOnly = true)
	public List<UnitView> search(List<Long> communityIds, String fragment, int limit) {
		scope.require(Permission.ESTATE_READ);
		List<Long> visible = communityIds.stream().filter(scope::allows).toList();
		if (visible.isEmpty() || fragment.isBlank()) {
			return List.of();
		}
		return units.search(visible, fragment.strip(), limit);
	}

	/** Refuses (422) new records in a community the company no longer manages. */
	void requireInService(long communityId) {
		if (!communities.inService(communityId)) {
			throw new RuleViolationException("community.retired");
		}
	}

	private Long buildingId(long communityId, String code) {
		return jdbc.sql("select id from building where community_id = ? and code = ?")
			.params(communityId, code)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static Date sqlDate(UnitCommand command) {
		return command.handoverDate() == null ? null : Date.valueOf(command.handoverDate());
	}

	private static String describeChange(UnitView before, UnitView after) {
		List<String> changes = new ArrayList<>();
		if (!before.label().equals(after.label())) {
			changes.add("label " + before.label() + " -> " + after.label());
		}
		if (before.state() != after.state()) {
			changes.add("state " + before.state() + " -> " + after.state());
		}
		if (before.buildingArea().compareTo(after.buildingArea()) != 0) {
			changes.add("area " + before.buildingArea() + " -> " + after.buildingArea());
		}
		if (before.kind() != after.kind()) {
			changes.add("kind " + before.kind() + " -> " + after.kind());
		}
		if (before.handoverDate() == null ? after.handoverDate() != null
				: !before.handoverDate().equals(after.handoverDate())) {
			changes.add("handover " + before.handoverDate() + " -> " + after.handoverDate());
		}
		return String.join("; ", changes);
	}

}
