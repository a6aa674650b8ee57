package com.guanjia.estate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.estate.EstateEvents.UnitsImported;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many units at once — a spreadsheet, the demo estate, a benchmark — with the
 * same rules as {@link UnitManagement#register}: field checks, duplicates inside the
 * batch and against the community, buildings created as needed, then one set-based insert
 * per chunk.
 */
@Service
@Transactional
@NamedInterface("api")
public class UnitBulkImport {

	private final JdbcClient jdbc;

	private final UnitRepository units;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitBulkImport(JdbcClient jdbc, UnitRepository units, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks rows of a spreadsheet without saving anything: field rules, duplicates
	 * inside the file and units that already exist. Returns the problems per row number.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<FieldProblem>> checkImport(long communityId, List<UnitImportRow> rows) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		Map<Integer, List<FieldProblem>> problems = new LinkedHashMap<>();
		Map<String, Long> buildingIds = buildingIdsByCode(communityId);
		Set<String> existing = existingUnitKeys(communityId);
		Set<String> retiredBuildings = new HashSet<>(
				jdbc.sql("select code from building where community_id = ? and retired_on is not null")
					.param(communityId)
					.query(String.class)
					.list());
		Set<String> seen = new HashSet<>();
		for (UnitImportRow row : rows) {
			Problems p = new Problems();
			p.text("buildingCode", row.buildingCode(), 20);
			if (row.buildingCode() != null && !row.buildingCode().isBlank()) {
				p.check(row.buildingCode().strip().matches("[0-9A-Za-z]+"), "buildingCode", "validation.building.code");
			}
			row.unit().validateFields(p, "");
			if (p.isEmpty()) {
				String key = key(row.buildingCode().strip(), row.unit().entranceOrBlank(), row.unit().roomNo().strip());
				String label = UnitCommand.label(row.buildingCode().strip(), row.unit().entranceOrBlank(),
						row.unit().roomNo().strip());
				if (retiredBuildings.contains(row.buildingCode().strip())) {
					// No new unit in a building out of service (decision 0014).
					p.add("buildingCode", "building.retired", row.buildingCode().strip());
				}
				else if (!seen.add(key)) {
					p.add("roomNo", "unit.duplicateInFile", label);
				}
				else if (buildingIds.containsKey(row.buildingCode().strip()) && existing.contains(key)) {
					p.add("roomNo", "unit.duplicate", label);
				}
			}
			if (!p.isEmpty()) {
				problems.put(row.rowNumber(), p.list());
			}
		}
		return problems;
	}

	/**
	 * Registers all rows in one set-based statement per chunk, creating missing
	 * buildings. The caller's transaction decides all-or-nothing. Returns the new unit id
	 * per row number.
	 */
	public Map<Integer, Long> importUnits(long communityId, List<UnitImportRow> rows) {
		Map<Integer, List<FieldProblem>> problems = checkImport(communityId, rows);
		if (!problems.isEmpty()) {
			Map.Entry<Integer, List<FieldProblem>> first = problems.entrySet().iterator().next();
			throw new ValidationException(first.getValue());
		}
		Map<String, Long> buildingIds = buildingIdsByCode(communityId);
		int newBuildings = 0;
		for (UnitImportRow row : rows) {
			String code = row.buildingCode().strip();
			if (!buildingIds.containsKey(code)) {
				String name = row.buildingName() == null || row.buildingName().isBlank() ? code
						: row.buildingName().strip();
				buildingIds.put(code, units.insertBuilding(communityId, code, name, null, now()));
				newBuildings++;
			}
		}
		Map<Integer, Long> ids = new HashMap<>();
		OffsetDateTime now = now();
		int chunk = 2000;
		for (int from = 0; from < rows.size(); from += chunk) {
			List<UnitImportRow> part = rows.subList(from, Math.min(rows.size(), from + chunk));
			ids.putAll(insertChunk(communityId, part, buildingIds, now));
		}
		audit.record(communityId, "unit", "import", "import", rows.size() + " units, " + newBuildings + " buildings");
		events.publishEvent(new UnitsImported(communityId, rows.size(), newBuildings));
		return ids;
	}

	private Map<Integer, Long> insertChunk(long communityId, List<UnitImportRow> rows, Map<String, Long> buildingIds,
			OffsetDateTime now) {
		int n = rows.size();
		Long[] buildings = new Long[n];
		String[] entrances = new String[n];
		String[] rooms = new String[n];
		String[] labels = new String[n];
		String[] kinds = new String[n];
		Integer[] floors = new Integer[n];
		String[] areas = new String[n];
		String[] states = new String[n];
		String[] handovers = new String[n];
		Integer[] rowNumbers = new Integer[n];
		for (int i = 0; i < n; i++) {
			UnitImportRow row = rows.get(i);
			UnitCommand u = row.unit();
			String code = row.buildingCode().strip();
			buildings[i] = buildingIds.get(code);
			entrances[i] = u.entranceOrBlank();
			rooms[i] = u.roomNo().strip();
			labels[i] = UnitCommand.label(code, entrances[i], rooms[i]);
			kinds[i] = u.kind().name();
			floors[i] = u.floor();
			areas[i] = u.buildingArea().toPlainString();
			states[i] = u.state().name();
			handovers[i] = u.handoverDate() == null ? null : u.handoverDate().toString();
			rowNumbers[i] = row.rowNumber();
		}
		Map<Integer, Long> ids = new HashMap<>();
		jdbc.sql("""
				with input as (
				  select * from unnest(cast(:b as bigint[]), cast(:e as text[]), cast(:r as text[]), cast(:l as text[]),
				    cast(:k as text[]), cast(:f as int[]), cast(:a as numeric[]), cast(:s as text[]),
				    cast(:h as date[]), cast(:n as int[]))
				    as t(building_id, entrance, room_no, label, kind, floor, area, state, handover, row_number)
				), inserted as (
				  insert into unit (community_id, building_id, entrance, room_no, label, kind, floor, building_area,
				    state, handover_date, created_at)
				  select :c, building_id, entrance, room_no, label, kind, floor, area, state, handover, :now from input
				  returning id, building_id, entrance, room_no
				)
				select i.row_number, u.id from inserted u join input i
				  on i.building_id = u.building_id and i.entrance = u.entrance and i.room_no = u.room_no""")
			.param("b", buildings)
			.param("e", entrances)
			.param("r", rooms)
			.param("l", labels)
			.param("k", kinds)
			.param("f", floors)
			.param("a", areas)
			.param("s", states)
			.param("h", handovers)
			.param("n", rowNumbers)
			.param("c", communityId)
			.param("now", now)
			.query(rs -> {
				ids.put(rs.getInt(1), rs.getLong(2));
			});
		return ids;
	}

	private Map<String, Long> buildingIdsByCode(long communityId) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("select code, id from building where community_id = ?").param(communityId).query(rs -> {
			ids.put(rs.getString(1), rs.getLong(2));
		});
		return ids;
	}

	private Set<String> existingUnitKeys(long communityId) {
		Set<String> keys = new HashSet<>();
		jdbc.sql("""
				select b.code, u.entrance, u.room_no from unit u
				join building b on b.community_id = u.community_id and b.id = u.building_id
				where u.community_id = ?""").param(communityId).query(rs -> {
			keys.add(key(rs.getString(1), rs.getString(2), rs.getString(3)));
		});
		return keys;
	}

	private static String key(String building, String entrance, String room) {
		return building + "\u0000" + entrance + "\u0000" + room;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
