package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.Fixtures;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import com.guanjia.support.GuanjiaTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The month-end evaluation (R11.4) of a hand-made November (26 October – 25 November):
 * the score computed from the records matches a count by hand, the customer-service
 * manager signs it, a signed evaluation cannot change (not by the service, not in the
 * database), and a correction is a new revision with a reason, signed again.
 */
@GuanjiaTest
class EvaluationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	RoundWork work;

	@Autowired
	RoundQueries queries;

	@Autowired
	FindingActions findings;

	@Autowired
	Rectifications rectifications;

	@Autowired
	Contractors contractors;

	@Autowired
	Evaluations evaluations;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Estate e;

	ContractorView buildingCleaner;

	@BeforeEach
	void setUp() {
		e = inspections.estate("评估花园");
		buildingCleaner = Fixtures.as(Fixtures.ROOT, () -> {
			ContractorView c = contractors.create(e.communityId(),
					new Contractors.NewContractor("楼宇保洁公司", Trade.CLEANING, null, null));
			return contractors.addContract(c.id(), new Contractors.NewContract("LY-" + Fixtures.unique(""),
					LocalDate.of(2026, 11, 15), null, new BigDecimal("8000.00"), List.of(e.building().id())));
		});
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	static Instant at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
	}

	/**
	 * Walks one checkpoint of a new round at the time, failing the items; answers the
	 * round.
	 */
	long walk(Instant when, int position, int... failing) {
		clock.set(when);
		RoundId id = inspections.round(e, Fixtures.unique("ev"), when.minusSeconds(1800), when.plusSeconds(1800), null);
		Fixtures.as(e.butler(), () -> {
			VisitView v = queries.get(id.value()).visits().get(position - 1);
			work.visit(id.value(), position,
					new RecordVisit(InspectionFixtures.answers(v, failing), null, true, List.of()));
		});
		return id.value();
	}

	long finding(long round, String item) {
		return Fixtures.as(e.supervisor(), () -> findings.list(e.communityId(), false, round, null))
			.stream()
			.filter(f -> f.item().equals(item))
			.findFirst()
			.orElseThrow()
			.id();
	}

	/**
	 * November by hand: 2 + 2 + 4 + 2 + 2 = 12 points off the grounds cleaner's 100, 2
	 * off the building cleaner's (only the building, only from 15 November).
	 */
	void handMadeNovember() {
		walk(at(10, 25, 23, 30), 3, 1); // before the period
		walk(at(10, 26, 9, 0), 3, 1, 2); // 2 items: 2 + 2
		long r3 = walk(at(11, 10, 10, 0), 1, 1, 8); // 大堂入口 (cleaning) and 照明灯具
													// (engineering, not counted)
		Fixtures.as(e.butler(),
				() -> findings.sendToContractor(finding(r3, "大堂入口"), e.cleaner().id(), at(11, 12, 10, 0))); // never
																											// confirmed:
																											// overdue,
																											// 2
																											// ×
																											// 2
		long r4 = walk(at(11, 20, 10, 0), 4, 1);
		long x4 = Fixtures
			.as(e.butler(), () -> findings.sendToContractor(finding(r4, "道路（路面）清洁"), null, at(11, 22, 10, 0)))
			.rectification()
			.id();
		clock.set(at(11, 21, 9, 0));
		Fixtures.as(e.butler(), () -> rectifications.confirm(x4)); // fixed in time: 2
		walk(at(11, 25, 23, 0), 2, 2); // 电梯内外 in the building, also the building
										// cleaner's: 2
		walk(at(11, 26, 0, 10), 3, 1); // after the period
	}

	@Test
	void aHandMadeMonthScoresAsCountedByHandAndASignedEvaluationNeverChanges() {
		handMadeNovember();
		clock.set(at(11, 26, 9, 0));

		EvaluationView grounds = Fixtures.as(e.supervisor(),
				() -> evaluations.compute(e.cleaner().id(), YearMonth.of(2026, 11)));
		assertThat(grounds.periodStart()).isEqualTo(LocalDate.of(2026, 10, 26));
		assertThat(grounds.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 25));
		// By hand: 2 + 2 + 4 + 2 + 2 = 12 points off 100.
		assertThat(grounds.lines()).extracting(EvaluationLine::place, EvaluationLine::points)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("中心花园", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple("中心花园", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple("1栋大堂", new BigDecimal("4.00")),
					org.assertj.core.groups.Tuple.tuple("南门道路", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple("1栋电梯厅", new BigDecimal("2.00")));
		assertThat(grounds.score()).isEqualByComparingTo("88.00");
		assertThat(grounds.failedItems()).isEqualTo(5);
		assertThat(grounds.overdueItems()).isEqualTo(1);
		assertThat(grounds.monthlyFee()).isEqualByComparingTo("30000.00");
		EvaluationView building = Fixtures.as(e.supervisor(),
				() -> evaluations.compute(buildingCleaner.id(), YearMonth.of(2026, 11)));
		assertThat(building.score()).as("only the building, only from 15 November").isEqualByComparingTo("98.00");

		// Only the customer-service manager signs.
		assertThatThrownBy(() -> Fixtures.as(e.supervisor(), () -> evaluations.sign(grounds.id(), grounds.version())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(grounds.steps()).containsExactlyInAnyOrder(EvaluationStep.RECOMPUTE);
		EvaluationView signed = Fixtures.as(e.manager(), () -> evaluations.sign(grounds.id(), grounds.version()));
		assertThat(signed.status()).isEqualTo(EvaluationStatus.SIGNED);
		assertThat(signed.steps()).containsExactly(EvaluationStep.REVISE);

		// Signed: not recomputed, not signed again, not changed in the database.
		assertThatThrownBy(
				() -> Fixtures.as(e.supervisor(), () -> evaluations.compute(e.cleaner().id(), YearMonth.of(2026, 11))))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> Fixtures.as(e.manager(), () -> evaluations.sign(signed.id(), signed.version())))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(
				() -> jdbc.sql("update inspection_evaluation set score = 100 where community_id = ? and id = ?")
					.params(e.communityId(), signed.id())
					.update())
			.hasMessageContaining("a signed evaluation cannot change");
		assertThatThrownBy(
				() -> jdbc.sql("delete from inspection_evaluation_line where community_id = ? and evaluation_id = ?")
					.params(e.communityId(), signed.id())
					.update())
			.hasMessageContaining("cannot change");
		assertThatThrownBy(() -> jdbc
			.sql("""
					insert into inspection_evaluation_line (community_id, evaluation_id, line_no, visited_at, place, item_text,
					  weight, overdue, points) values (?, ?, 99, now(), '补', '补', 1, false, 2)""")
			.params(e.communityId(), signed.id())
			.update()).as("a line added to a signed evaluation").hasMessageContaining("cannot change");
		assertThatThrownBy(() -> jdbc
			.sql("""
					insert into inspection_evaluation_line (community_id, evaluation_id, line_no, visited_at, place, item_text,
					  weight, overdue, points) values (?, ?, 1, now(), '补', '补', 1, false, 2)""")
			.params(e.communityId(), -signed.id())
			.update()).as("a line of no evaluation").hasMessageContaining("does not exist");
		assertThatThrownBy(() -> jdbc.sql("delete from inspection_evaluation where community_id = ? and id = ?")
			.params(e.communityId(), building.id())
			.update()).as("a draft with its lines").hasMessageContaining("cannot be removed");

		// A failure recorded late: the correction is revision 2 with its reason, signed
		// again.
		walk(at(11, 24, 10, 0), 5, 3);
		clock.set(at(11, 27, 9, 0));
		assertThatThrownBy(() -> Fixtures.as(e.supervisor(), () -> evaluations.revise(signed.id(), " ")))
			.isInstanceOf(ValidationException.class);
		EvaluationView revision = Fixtures.as(e.supervisor(), () -> evaluations.revise(signed.id(), "补录 11月24日 地库入口"));
		assertThat(revision.revision()).isEqualTo(2);
		assertThat(revision.reason()).isEqualTo("补录 11月24日 地库入口");
		assertThat(revision.score()).isEqualByComparingTo("86.00");
		assertThatThrownBy(() -> Fixtures.as(e.supervisor(), () -> evaluations.revise(signed.id(), "再改")))
			.as("only the latest revision is corrected")
			.isInstanceOf(RuleViolationException.class);
		Fixtures.as(e.manager(), () -> evaluations.sign(revision.id(), revision.version()));
		EvaluationView first = Fixtures.as(e.manager(), () -> evaluations.get(signed.id()));
		assertThat(first.score()).isEqualByComparingTo("88.00");
		assertThat(first.signedAt()).isEqualTo(signed.signedAt());
		assertThat(first.lines()).hasSize(5);
		assertThat(Fixtures.as(e.manager(), () -> evaluations.list(e.communityId())))
			.filteredOn(v -> v.contractorId() == e.cleaner().id())
			.extracting(EvaluationView::revision, EvaluationView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, EvaluationStatus.SIGNED),
					org.assertj.core.groups.Tuple.tuple(1, EvaluationStatus.SIGNED));
	}

	@Test
	void theMonthEndRunScoresEveryContractorAsCountedByHandAndLeavesASignedMonthAlone() {
		handMadeNovember();
		clock.set(at(11, 26, 9, 0));
		YearMonth november = YearMonth.of(2026, 11);

		List<EvaluationView> run = Fixtures.as(e.supervisor(), () -> evaluations.computeAll(e.communityId(), november));
		assertThat(run)
			.extracting(EvaluationView::contractorId, EvaluationView::score, EvaluationView::failedItems,
					EvaluationView::overdueItems)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(e.cleaner().id(), new BigDecimal("88.00"), 5, 1),
					org.assertj.core.groups.Tuple.tuple(buildingCleaner.id(), new BigDecimal("98.00"), 1, 0));
		EvaluationView grounds = run.stream()
			.filter(v -> v.contractorId() == e.cleaner().id())
			.findFirst()
			.orElseThrow();
		assertThat(Fixtures.as(e.supervisor(), () -> evaluations.get(grounds.id())).lines())
			.extracting(EvaluationLine::lineNo, EvaluationLine::place, EvaluationLine::points)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "中心花园", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple(2, "中心花园", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple(3, "1栋大堂", new BigDecimal("4.00")),
					org.assertj.core.groups.Tuple.tuple(4, "南门道路", new BigDecimal("2.00")),
					org.assertj.core.groups.Tuple.tuple(5, "1栋电梯厅", new BigDecimal("2.00")));
		assertThat(grounds.monthlyFee()).isEqualByComparingTo("30000.00");

		// Signed, the grounds cleaner's month stays as it was when the run comes again
		// (the run over every community of the caller); the draft is recomputed.
		EvaluationView signed = Fixtures.as(e.manager(), () -> evaluations.sign(grounds.id(), grounds.version()));
		walk(at(11, 24, 10, 0), 5, 3);
		List<EvaluationView> again = Fixtures.as(e.supervisor(), () -> evaluations.computeMonth(november))
			.stream()
			.filter(v -> v.communityId() == e.communityId())
			.toList();
		assertThat(again)
			.extracting(EvaluationView::contractorId, EvaluationView::revision, EvaluationView::status,
					EvaluationView::score)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(e.cleaner().id(), 1, EvaluationStatus.SIGNED,
							new BigDecimal("88.00")),
					org.assertj.core.groups.Tuple.tuple(buildingCleaner.id(), 1, EvaluationStatus.DRAFT,
							new BigDecimal("98.00")));
		EvaluationView draft = again.stream()
			.filter(v -> v.contractorId() == buildingCleaner.id())
			.findFirst()
			.orElseThrow();
		assertThat(Fixtures.as(e.manager(), () -> evaluations.sign(draft.id(), draft.version())).status())
			.as("the run answers the recomputed draft at its saved version")
			.isEqualTo(EvaluationStatus.SIGNED);
		EvaluationView reread = Fixtures.as(e.manager(), () -> evaluations.get(signed.id()));
		assertThat(reread.version()).isEqualTo(signed.version());
		assertThat(reread.lines()).hasSize(5);
		assertThat(Fixtures.as(e.manager(), () -> evaluations.history(signed.id()))).extracting(HistoryEntry::action)
			.containsExactly("COMPUTE", "SIGN");
	}

}
