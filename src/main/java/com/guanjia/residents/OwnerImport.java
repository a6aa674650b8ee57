package com.guanjia.residents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.CommunityScope;
import com.guanjia.platform.security.Permission;
import com.guanjia.residents.ResidentsEvents.OwnersImported;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.Problems;
import com.guanjia.shared.ValidationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners from a spreadsheet (for the imports module). {@link #checkOwners} reports the
 * problems of every row without saving; {@link #importOwners} saves all rows with
 * set-based statements ({@code insert … select from unnest(…)}), so a large estate
 * imports at close to plain JDBC batch speed. The same ID number (or credit code) on
 * several rows is one party owning several units; a party already registered in the
 * community with that number is reused.
 */
@Service
@Transactional
@NamedInterface("api")
public class OwnerImport {

	private final OwnerImportRepository repository;

	private final Parties parties;

	private final CommunityScope scope;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OwnerImport(OwnerImportRepository repository, Parties parties, CommunityScope scope, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.parties = parties;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The problems of each row, by row number; empty when every row can be imported. Rows
	 * may name units that exist ({@link OwnerImportRow#of}) or units the same sheet will
	 * create ({@link OwnerImportRow#forCheck}); nothing is saved.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, List<FieldProblem>> checkOwners(long communityId, List<OwnerImportRow> rows) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		return check(communityId, rows, new HashMap<>(), false);
	}

	/**
	 * Registers every row or nothing (a problem throws, naming the first bad row's
	 * fields). Returns the new ownership id per row number.
	 */
	public Map<Integer, Long> importOwners(long communityId, List<OwnerImportRow> rows) {
		scope.require(Permission.ESTATE_IMPORT);
		scope.require(communityId);
		Map<String, Long> existing = new HashMap<>();
		Map<Integer, List<FieldProblem>> problems = check(communityId, rows, existing, true);
		if (!problems.isEmpty()) {
			Map.Entry<Integer, List<FieldProblem>> first = problems.entrySet().iterator().next();
			throw new ValidationException(first.getValue()
				.stream()
				.map(f -> new FieldProblem("rows[" + first.getKey() + "]." + f.field(), f.code(), f.args()))
				.toList());
		}
		Map<String, PartyCommand> newParties = new LinkedHashMap<>();
		for (OwnerImportRow row : rows) {
			String key = key(row.party());
			if (!existing.containsKey(key)) {
				newParties.putIfAbsent(key, row.party());
			}
		}
		Map<String, Long> partyIds = new HashMap<>(existing);
		partyIds.putAll(repository.insertParties(communityId, new ArrayList<>(newParties.values()), parties.now()));
		LocalDate today = parties.today(communityId);
		Map<Integer, Long> ids = repository.insertOwnerships(communityId, rows, row -> partyIds.get(key(row.party())),
				today, parties.now());
		audit.record(communityId, "ownership", "import", "import",
				rows.size() + " owners, " + newParties.size() + " new residents");
		events.publishEvent(new OwnersImported(communityId, rows.size(), newParties.size()));
		return ids;
	}

	private Map<Integer, List<FieldProblem>> check(long communityId, List<OwnerImportRow> rows,
			Map<String, Long> existingIds, boolean importing) {
		LocalDate today = parties.today(communityId);
		Set<Long> unitIds = new HashSet<>();
		rows.stream().filter(r -> r.unitId() != null).forEach(r -> unitIds.add(r.unitId()));
		Map<Long, String> labels = parties.labels(communityId, unitIds);
		Map<Integer, Problems> byRow = new LinkedHashMap<>();
		List<OwnerImportRow> valid = new ArrayList<>();
		for (OwnerImportRow row : rows) {
			Problems p = new Problems();
			row.party().validate(p, "", OccupantRole.OWNER);
			Parties.validateShare(p, "share", row.share());
			parties.notFuture(p, "since", row.since(), today);
			if (row.unitId() != null) {
				p.check(labels.containsKey(row.unitId()), "unitId", "validation.unit.unknown");
			}
			else {
				p.check(!importing && row.unitKey() != null && !row.unitKey().isBlank(), "unitId",
						"validation.required");
			}
			byRow.put(row.rowNumber(), p);
			if (p.isEmpty()) {
				valid.add(row);
			}
		}
		Map<String, OwnerImportRepository.Existing> existing = new HashMap<>();
		repository.existingParties(communityId, valid.stream().map(OwnerImportRow::party).toList())
			.forEach(e -> existing.put(e.key(), e));
		Set<String> owned = new HashSet<>();
		Map<String, BigDecimal> shares = new HashMap<>();
		repository.currentOwnerships(communityId, unitIds).forEach(o -> {
			owned.add("#" + o.unitId() + "/" + o.partyId());
			if (o.share() != null) {
				shares.merge("#" + o.unitId(), o.share(), BigDecimal::add);
			}
		});
		Map<String, String> fileNames = new HashMap<>();
		Set<String> inFile = new HashSet<>();
		for (OwnerImportRow row : valid) {
			Problems p = byRow.get(row.rowNumber());
			String key = key(row.party());
			String unit = row.unitIdentity();
			String unitName = row.unitId() != null ? labels.get(row.unitId()) : row.unitKey();
			String name = row.party().strippedName();
			String firstName = fileNames.putIfAbsent(key, name);
			String field = row.party().kind() == PartyKind.COMPANY ? "creditCode" : "idCardNumber";
			p.check(firstName == null || firstName.equals(name), field, "import.sameIdDifferentName", firstName);
			OwnerImportRepository.Existing known = existing.get(key);
			if (known != null) {
				p.check(known.name().equals(name), field, "import.registeredAs", known.name());
				p.check(!owned.contains(unit + "/" + known.id()), "unitId", "owner.alreadyOwner", name, unitName);
				existingIds.put(key, known.id());
			}
			p.check(inFile.add(unit + "/" + key), "unitId", "import.duplicateInFile", unitName);
			if (row.share() != null) {
				BigDecimal total = shares.merge(unit, row.share(), BigDecimal::add);
				p.check(total.compareTo(BigDecimal.valueOf(100)) <= 0, "share", "owner.shareExceeded",
						BigDecimal.valueOf(100).subtract(total.subtract(row.share())).max(BigDecimal.ZERO));
			}
		}
		Map<Integer, List<FieldProblem>> problems = new LinkedHashMap<>();
		byRow.forEach((n, p) -> {
			if (!p.isEmpty()) {
				problems.put(n, p.list());
			}
		});
		return problems;
	}

	/** The identity of a party in a file: its ID number or credit code. */
	static String key(PartyCommand party) {
		return party.kind() == PartyKind.COMPANY ? "C" + party.normalizedCreditCode() : "P" + party.normalizedIdCard();
	}

}
