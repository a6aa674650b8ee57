package com.guanjia.imports;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.guanjia.estate.UnitCommand;
import com.guanjia.estate.UnitImportRow;
import com.guanjia.estate.UnitKind;
import com.guanjia.estate.UnitBulkImport;
import com.guanjia.estate.UnitManagement;
import com.guanjia.estate.UnitState;
import com.guanjia.imports.ImportReport.RowProblem;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.OwnerImport;
import com.guanjia.residents.OwnerImportRow;
import com.guanjia.residents.PartyCommand;
import com.guanjia.shared.FieldProblem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports buildings, units and their owners from a sheet, all or nothing. Every row is
 * checked first: the units through the estate registry, then the owners through the
 * residents registry against the units as they would be, inside a transaction that is
 * rolled back unless every row is valid and the user asked to import. So the report lists
 * every problem, and a dry run or a rejected file leaves no trace.
 * <p>
 * The sheet is read as a stream and refused beyond {@code guanjia.imports.max-rows}
 * (default 100,000); at most {@code guanjia.imports.max-concurrent} imports run at once
 * on an instance (default 2), the next is refused with {@link ImportsBusyException}
 * (issue 9 item 5).
 */
@Service
public class EstateImport {

	private final UnitManagement units;

	private final UnitBulkImport bulk;

	private final OwnerImport owners;

	private final CommunityScope scope;

	private final TransactionTemplate transactions;

	private final ImportSlots slots;

	private final int maxRows;

	private final Map<String, UnitKind> kinds = new HashMap<>();

	private final Map<String, UnitState> states = new HashMap<>();

	EstateImport(UnitManagement units, UnitBulkImport bulk, OwnerImport owners, CommunityScope scope,
			TransactionTemplate transactions, MessageSource messages, ImportSlots slots,
			@Value("${guanjia.imports.max-rows:100000}") int maxRows) {
		this.slots = slots;
		this.maxRows = maxRows;
		this.units = units;
		this.bulk = bulk;
		this.owners = owners;
		this.scope = scope;
		this.transactions = transactions;
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

	/** Checks the file and reports what an import would do, saving nothing. */
	public ImportReport check(long communityId, InputStream xlsx) {
		return run(communityId, xlsx, false);
	}

	/**
	 * Imports the file if every row is valid; otherwise saves nothing and reports every
	 * problem.
	 */
	public ImportReport importFile(long communityId, InputStream xlsx) {
		return run(communityId, xlsx, true);
	}

	/** The most data rows one file may have. */
	public int maxRows() {
		return maxRows;
	}

	private ImportReport run(long communityId, InputStream xlsx, boolean commit) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		return slots.run(() -> run(communityId, EstateSheet.read(xlsx, maxRows), commit));
	}

	private ImportReport run(long communityId, List<ImportRow> rows, boolean commit) {
		return transactions.execute(status -> {
			List<RowProblem> problems = new ArrayList<>();
			Map<Integer, ImportRow> byNumber = new HashMap<>();
			rows.forEach(r -> byNumber.put(r.rowNumber(), r));
			List<UnitImportRow> unitRows = unitRows(rows, problems);
			Set<Integer> bad = new HashSet<>();
			problems.forEach(p -> bad.add(p.row()));
			bulk.checkImport(communityId, unitRows.stream().filter(u -> !bad.contains(u.rowNumber())).toList())
				.forEach((row, list) -> list.forEach(p -> problems.add(problem(byNumber.get(row), p))));
			problems.forEach(p -> bad.add(p.row()));

			// Register the valid units so the owners can be checked against them exactly.
			int buildingsBefore = units.buildings(communityId).size();
			List<UnitImportRow> valid = unitRows.stream().filter(u -> !bad.contains(u.rowNumber())).toList();
			Map<Integer, Long> unitIds = valid.isEmpty() ? Map.of() : bulk.importUnits(communityId, valid);
			int newBuildings = units.buildings(communityId).size() - buildingsBefore;
			List<OwnerImportRow> ownerRows = ownerRows(rows, unitIds);
			owners.checkOwners(communityId, ownerRows)
				.forEach((row, list) -> list.forEach(p -> problems.add(problem(byNumber.get(row), p))));
			problems.sort(Comparator.comparingInt(RowProblem::row));

			boolean imported = commit && problems.isEmpty() && !rows.isEmpty();
			if (imported) {
				owners.importOwners(communityId, ownerRows);
			}
			else {
				status.setRollbackOnly();
			}
			return new ImportReport(rows.size(), imported, unitIds.size(), newBuildings, ownerRows.size(), problems);
		});
	}

	private List<UnitImportRow> unitRows(List<ImportRow> rows, List<RowProblem> problems) {
		List<UnitImportRow> unitRows = new ArrayList<>();
		for (ImportRow row : rows) {
			UnitKind kind = row.get(Column.KIND).isEmpty() ? UnitKind.RESIDENCE
					: lookup(row, Column.KIND, kinds::get, problems);
			UnitState state = lookup(row, Column.STATE, states::get, problems);
			Integer floor = parse(row, Column.FLOOR, Integer::valueOf, problems);
			BigDecimal area = parse(row, Column.AREA, BigDecimal::new, problems);
			LocalDate handover = parse(row, Column.HANDOVER_DATE, EstateSheet::date, problems);
			unitRows.add(new UnitImportRow(row.rowNumber(), row.get(Column.BUILDING_CODE),
					row.get(Column.BUILDING_NAME), new UnitCommand(null, row.get(Column.ENTRANCE),
							row.get(Column.ROOM_NO), kind, floor, area, state, handover)));
		}
		return unitRows;
	}

	/**
	 * Rows that name an owner and whose unit could be registered; the owner owns it from
	 * the handover date.
	 */
	private static List<OwnerImportRow> ownerRows(List<ImportRow> rows, Map<Integer, Long> unitIds) {
		List<OwnerImportRow> ownerRows = new ArrayList<>();
		for (ImportRow row : rows) {
			Long unitId = unitIds.get(row.rowNumber());
			boolean namesOwner = !row.get(Column.OWNER_NAME).isEmpty() || !row.get(Column.OWNER_ID_NUMBER).isEmpty()
					|| !row.get(Column.OWNER_PHONE).isEmpty();
			if (unitId == null || !namesOwner) {
				continue;
			}
			String phone = row.get(Column.OWNER_PHONE);
			PartyCommand party = PartyCommand.person(row.get(Column.OWNER_NAME), row.get(Column.OWNER_ID_NUMBER),
					phone.isEmpty() ? new String[0] : new String[] { phone });
			LocalDate since = null;
			try {
				since = row.get(Column.HANDOVER_DATE).isEmpty() ? null
						: EstateSheet.date(row.get(Column.HANDOVER_DATE));
			}
			catch (RuntimeException ex) {
				// Reported as a unit problem already.
			}
			ownerRows.add(new OwnerImportRow(row.rowNumber(), unitId, party, null, since));
		}
		return ownerRows;
	}

	private static RowProblem problem(ImportRow row, FieldProblem p) {
		String field = switch (p.field()) {
			case "name" -> Column.OWNER_NAME.field();
			case "idCardNumber" -> Column.OWNER_ID_NUMBER.field();
			case "phones", "phones[0]" -> Column.OWNER_PHONE.field();
			default -> p.field();
		};
		Column column = null;
		for (Column c : Column.values()) {
			if (c.field().equals(field)) {
				column = c;
			}
		}
		return new RowProblem(row.rowNumber(), field, p.code(), List.of(p.args()),
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
