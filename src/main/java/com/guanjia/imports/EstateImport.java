package com.guanjia.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.imports.ImportReport.RowProblem;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.shared.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports buildings and units (and, when the columns are filled, their owners) from a sheet. Every
 * row is checked first; if any row has a problem the report lists them all and nothing is saved.
 */
@Service
public class EstateImport {

	private final UnitManagement units;

	private final CommunityScope scope;

	private final List<OwnerImporter> owners;

	private final Map<String, UnitKind> kinds = new HashMap<>();

	private final Map<String, UnitState> states = new HashMap<>();

	EstateImport(UnitManagement units, CommunityScope scope, List<OwnerImporter> owners, MessageSource messages) {
		this.units = units;
		this.scope = scope;
		this.owners = owners;
		for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
			for (UnitKind k : UnitKind.values()) {
				kinds.put(key(messages.getMessage(k.messageKey(), null, k.name(), locale)), k);
			}
			for (UnitState s : UnitState.values()) {
				states.put(key(messages.getMessage(s.messageKey(), null, s.name(), locale)), s);
			}
		}
		for (UnitKind k : UnitKind.values()) {
			kinds.put(key(k.name()), k);
		}
		for (UnitState s : UnitState.values()) {
			states.put(key(s.name()), s);
		}
	}

	/** Checks the file without saving anything. */
	@Transactional(readOnly = true)
	public ImportReport check(long communityId, InputStream xlsx) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		Parsed parsed = parse(communityId, EstateSheet.read(xlsx));
		Set<String> existing = new java.util.HashSet<>();
		units.buildings(communityId).forEach(b -> existing.add(b.code()));
		int newBuildings = (int) parsed.units.stream()
			.map(u -> u.buildingCode() == null ? "" : u.buildingCode().strip())
			.filter(code -> !code.isEmpty() && !existing.contains(code))
			.distinct()
			.count();
		return new ImportReport(parsed.rows.size(), false, parsed.units.size(), newBuildings, parsed.ownerCount(),
				parsed.problems);
	}

	/** Imports the file if every row is valid; otherwise saves nothing and reports every problem. */
	@Transactional
	public ImportReport importFile(long communityId, InputStream xlsx) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		Parsed parsed = parse(communityId, EstateSheet.read(xlsx));
		if (!parsed.problems.isEmpty() || parsed.rows.isEmpty()) {
			return new ImportReport(parsed.rows.size(), false, 0, 0, 0, parsed.problems);
		}
		int buildingsBefore = units.buildings(communityId).size();
		Map<Integer, Long> unitIds = units.importUnits(communityId, parsed.units);
		int newBuildings = units.buildings(communityId).size() - buildingsBefore;
		int ownerCount = 0;
		for (OwnerImporter importer : owners) {
			ownerCount += importer.importOwners(communityId, parsed.rows, unitIds);
		}
		return new ImportReport(parsed.rows.size(), true, unitIds.size(), newBuildings, ownerCount, List.of());
	}

	private Parsed parse(long communityId, List<ImportRow> rows) {
		List<RowProblem> problems = new ArrayList<>();
		List<UnitImportRow> unitRows = new ArrayList<>();
		Map<Integer, ImportRow> byNumber = new HashMap<>();
		for (ImportRow row : rows) {
			byNumber.put(row.rowNumber(), row);
			List<RowProblem> rowProblems = new ArrayList<>();
			UnitKind kind = row.get(Column.KIND).isEmpty() ? UnitKind.RESIDENCE
					: lookup(row, Column.KIND, kinds::get, rowProblems);
			UnitState state = lookup(row, Column.STATE, states::get, rowProblems);
			Integer floor = parse(row, Column.FLOOR, Integer::valueOf, rowProblems);
			BigDecimal area = parse(row, Column.AREA, BigDecimal::new, rowProblems);
			LocalDate handover = parse(row, Column.HANDOVER_DATE, EstateSheet::date, rowProblems);
			problems.addAll(rowProblems);
			unitRows.add(new UnitImportRow(row.rowNumber(), row.get(Column.BUILDING_CODE),
					row.get(Column.BUILDING_NAME), new UnitCommand(null, row.get(Column.ENTRANCE),
							row.get(Column.ROOM_NO), kind, floor, area, state, handover)));
		}
		// Field rules and duplicates, only for rows whose cells could be read at all.
		Set<Integer> unreadable = new java.util.HashSet<>();
		problems.forEach(p -> unreadable.add(p.row()));
		List<UnitImportRow> readable = unitRows.stream().filter(u -> !unreadable.contains(u.rowNumber())).toList();
		units.checkImport(communityId, readable)
			.forEach((rowNumber, list) -> list.forEach(p -> problems.add(problem(byNumber.get(rowNumber), p))));
		for (OwnerImporter importer : owners) {
			importer.checkOwners(communityId, rows)
				.forEach((rowNumber, list) -> list.forEach(p -> problems.add(problem(byNumber.get(rowNumber), p))));
		}
		problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
		int ownerCount = (int) rows.stream().filter(r -> !r.get(Column.OWNER_NAME).isEmpty()).count();
		return new Parsed(rows, unitRows, problems, ownerCount);
	}

	private record Parsed(List<ImportRow> rows, List<UnitImportRow> units, List<RowProblem> problems, int ownerCount) {
	}

	private static RowProblem problem(ImportRow row, FieldProblem p) {
		Column column = null;
		for (Column c : Column.values()) {
			if (c.field().equals(p.field())) {
				column = c;
			}
		}
		return new RowProblem(row.rowNumber(), p.field(), p.code(), List.of(p.args()),
				column == null ? "" : row.get(column));
	}

	private static <T> T lookup(ImportRow row, Column column, Function<String, T> lookup, List<RowProblem> problems) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		T value = lookup.apply(key(text));
		if (value == null) {
			problems.add(new RowProblem(row.rowNumber(), column.field(), "import.unknownValue", List.of(), text));
		}
		return value;
	}

	private static <T> T parse(ImportRow row, Column column, Function<String, T> parser, List<RowProblem> problems) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return null;
		}
		try {
			return parser.apply(text);
		}
		catch (RuntimeException ex) {
			problems.add(new RowProblem(row.rowNumber(), column.field(), "validation.format", List.of(), text));
			return null;
		}
	}

	private static String key(String s) {
		return s.strip().toLowerCase(Locale.ROOT);
	}

}
