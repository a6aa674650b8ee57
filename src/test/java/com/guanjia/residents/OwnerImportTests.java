package com.guanjia.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.guanjia.estate.UnitId;
import com.guanjia.platform.security.Role;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The owner import API the spreadsheet import uses (issue item 6): a report per row, then
 * all or nothing.
 */
@GuanjiaTest
class OwnerImportTests {

	@Autowired
	OwnerImport imports;

	@Autowired
	ResidentDirectory directory;

	@Autowired
	Fixtures fixtures;

	long community;

	List<Long> units = new ArrayList<>();

	@BeforeEach
	void setUp() {
		community = fixtures.community("阳光花园").id();
		long building = fixtures.building(community, "1").id();
		for (int i = 1; i <= 4; i++) {
			units.add(fixtures.unit(community, building, "1", "10" + i, "80.00").id());
		}
	}

	@Test
	void reportsTheProblemsOfEachRowAndSavesNothing() {
		String id = People.idCard();
		List<OwnerImportRow> rows = List.of(
				OwnerImportRow.of(2, units.get(0), PartyCommand.person("王建国", id, People.mobile()), null, null),
				OwnerImportRow.of(3, units.get(1), PartyCommand.person("王建国", id.substring(0, 17), People.mobile()),
						null, null),
				OwnerImportRow.of(4, 999_999_999L, PartyCommand.person("李四", People.idCard(), People.mobile()), null,
						null),
				OwnerImportRow.of(5, units.get(2), PartyCommand.person("王建军", id, People.mobile()), null, null),
				OwnerImportRow.of(6, units.get(0), PartyCommand.person("王建国", id, People.mobile()), null, null),
				OwnerImportRow.of(7, units.get(3), PartyCommand.person("赵六", People.idCard(), "12"),
						new BigDecimal("120"), LocalDate.of(2099, 1, 1)));
		Map<Integer, List<FieldProblem>> problems = Fixtures.as(Fixtures.ROOT,
				() -> imports.checkOwners(community, rows));
		assertThat(problems).containsOnlyKeys(3, 4, 5, 6, 7);
		assertThat(problems.get(3)).extracting(FieldProblem::field).contains("idCardNumber");
		assertThat(problems.get(4)).extracting(FieldProblem::code).contains("validation.unit.unknown");
		assertThat(problems.get(5)).extracting(FieldProblem::code).contains("import.sameIdDifferentName");
		assertThat(problems.get(6)).extracting(FieldProblem::code).contains("import.duplicateInFile");
		assertThat(problems.get(7)).extracting(FieldProblem::field).contains("phones[0]", "share", "since");

		assertThatThrownBy(() -> Fixtures.as(Fixtures.ROOT, () -> imports.importOwners(community, rows)))
			.isInstanceOf(ValidationException.class);
		assertThat(Fixtures.as(Fixtures.ROOT, () -> directory.ownersOf(UnitId.of(community, units.get(0))))).isEmpty();
	}

	@Test
	void importsOwnersSetBasedReusingOnePartyForSeveralUnits() {
		String id = People.idCard();
		String company = "91350100M000100Y43";
		List<OwnerImportRow> rows = List.of(
				OwnerImportRow.of(2, units.get(0), PartyCommand.person("王建国", id, People.mobile("1111")),
						new BigDecimal("50"), LocalDate.of(2020, 6, 17)),
				OwnerImportRow.of(3, units.get(0), PartyCommand.person("李秀英", People.idCard(), People.mobile()),
						new BigDecimal("50"), LocalDate.of(2020, 6, 17)),
				OwnerImportRow.of(4, units.get(1), PartyCommand.person("王建国", id, People.mobile("1111")), null, null),
				OwnerImportRow.of(5, units.get(2), PartyCommand.company("前海科技有限公司", company, "张经理", "0755-26668888"),
						null, null));
		Map<Integer, Long> ids = Fixtures.as(Fixtures.ROOT, () -> imports.importOwners(community, rows));
		assertThat(ids).containsOnlyKeys(2, 3, 4, 5);

		List<ResidentSummary> owners = Fixtures.as(Fixtures.ROOT,
				() -> directory.ownersOf(UnitId.of(community, units.get(0))));
		assertThat(owners).extracting(ResidentSummary::name).containsExactlyInAnyOrder("王建国", "李秀英");
		ResidentSummary wang = owners.stream().filter(o -> o.name().equals("王建国")).findFirst().orElseThrow();
		assertThat(wang.units()).extracting(UnitTie::unitId).containsExactlyInAnyOrder(units.get(0), units.get(1));
		assertThat(Fixtures.as(Fixtures.ROOT, () -> directory.ownersOf(UnitId.of(community, units.get(2)))))
			.extracting(ResidentSummary::name)
			.containsExactly("前海科技有限公司");

		// A second import of the same row: the person is known, but already owns the
		// unit.
		Map<Integer, List<FieldProblem>> again = Fixtures.as(Fixtures.ROOT,
				() -> imports.checkOwners(community, rows.subList(0, 1)));
		assertThat(again.get(2)).extracting(FieldProblem::code).contains("owner.alreadyOwner");
	}

	/**
	 * Before the sheet's units exist, rows are checked by the unit's key from the sheet.
	 */
	@Test
	void checksRowsOfUnitsNotYetImported() {
		String id = People.idCard();
		List<OwnerImportRow> rows = List.of(
				OwnerImportRow.forCheck(2, "9-1-101", PartyCommand.person("王建国", id, People.mobile()),
						new BigDecimal("60"), null),
				OwnerImportRow.forCheck(3, "9-1-101", PartyCommand.person("李秀英", People.idCard(), People.mobile()),
						new BigDecimal("50"), null),
				OwnerImportRow.forCheck(4, "9-1-101", PartyCommand.person("王建国", id, People.mobile()), null, null),
				OwnerImportRow.forCheck(5, "9-1-102", PartyCommand.person("王建国", id, People.mobile()), null, null));
		Map<Integer, List<FieldProblem>> problems = Fixtures.as(Fixtures.ROOT,
				() -> imports.checkOwners(community, rows));
		assertThat(problems).containsOnlyKeys(3, 4);
		assertThat(problems.get(3)).extracting(FieldProblem::code).containsExactly("owner.shareExceeded");
		assertThat(problems.get(4)).extracting(FieldProblem::code).containsExactly("import.duplicateInFile");
		// Such rows cannot be imported: importing needs the units' ids.
		assertThatThrownBy(() -> Fixtures.as(Fixtures.ROOT, () -> imports.importOwners(community, rows.subList(3, 4))))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("rows[5].unitId");
	}

	@Test
	void needsTheImportPermission() {
		var agent = fixtures.staff(Role.AGENT, community);
		assertThatThrownBy(() -> Fixtures.as(agent, () -> imports.checkOwners(community, List.of())))
			.isInstanceOf(AccessDeniedException.class);
	}

}
