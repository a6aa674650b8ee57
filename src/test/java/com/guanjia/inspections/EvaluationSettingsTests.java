package com.guanjia.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import com.guanjia.inspections.InspectionFixtures.Estate;
import com.guanjia.platform.audit.AuditTrail;
import com.guanjia.platform.security.Role;
import com.guanjia.platform.security.StaffUser;
import com.guanjia.shared.ConflictException;
import com.guanjia.shared.FieldProblem;
import com.guanjia.shared.ValidationException;
import com.guanjia.support.Fixtures;
import com.guanjia.support.GuanjiaTest;
import com.guanjia.support.MutableClock;
import com.guanjia.support.TestClockConfiguration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The month-end settings as data (issue 11 item 6, R11.4, decision 0026): the period's
 * end day and each trade's scoring rule, set by the customer-service manager through the
 * service, the API and the page; bad input names its field and changes nothing; a change
 * applies to the months not yet evaluated, a signed evaluation never changes; another
 * community's staff can neither read nor change them.
 */
@GuanjiaTest
class EvaluationSettingsTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	InspectionFixtures inspections;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RoundWork work;

	@Autowired
	RoundQueries queries;

	@Autowired
	Evaluations evaluations;

	@Autowired
	EvaluationSettings settings;

	@Autowired
	AuditTrail audit;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	Estate e;

	@BeforeEach
	void setUp() {
		e = inspections.estate("设置花园");
	}

	@AfterEach
	void resetClock() {
		clock.set(TestClockConfiguration.START);
	}

	static Instant at(int month, int day, int hour) {
		return LocalDateTime.of(2026, month, day, hour, 0).atZone(SHANGHAI).toInstant();
	}

	/** Fails the first item (a cleaning one) of 中心花园 on a round walked at the time. */
	void lapse(Instant when) {
		clock.set(when);
		RoundId id = inspections.round(e, Fixtures.unique("st"), when.minusSeconds(1800), when.plusSeconds(1800), null);
		Fixtures.as(e.butler(), () -> {
			VisitView v = queries.get(id.value()).visits().get(2);
			work.visit(id.value(), 3, new RecordVisit(InspectionFixtures.answers(v, 1), null, true, List.of()));
		});
	}

	EvaluationSettings.RuleChange rule(String base, String deduction, String factor, String floor, int version) {
		return new EvaluationSettings.RuleChange(base == null ? null : new BigDecimal(base),
				deduction == null ? null : new BigDecimal(deduction), factor == null ? null : new BigDecimal(factor),
				floor == null ? null : new BigDecimal(floor), version);
	}

	@Test
	void aChangeAppliesToTheMonthsNotYetEvaluatedAndASignedEvaluationNeverChanges() {
		lapse(at(10, 10, 10));
		clock.set(at(10, 26, 9));
		EvaluationView october = Fixtures.as(e.supervisor(),
				() -> evaluations.compute(e.cleaner().id(), YearMonth.of(2026, 10)));
		assertThat(october.periodStart()).isEqualTo(LocalDate.of(2026, 9, 26));
		assertThat(october.periodEnd()).isEqualTo(LocalDate.of(2026, 10, 25));
		assertThat(october.score()).isEqualByComparingTo("98.00");
		EvaluationView signed = Fixtures.as(e.manager(), () -> evaluations.sign(october.id(), october.version()));

		EvaluationSettingsView defaults = Fixtures.as(e.supervisor(), () -> settings.get(e.communityId()));
		assertThat(defaults.periodEndDay()).isEqualTo(25);
		assertThat(defaults.rules()).extracting(EvaluationSettingsView.TradeRule::trade)
			.containsExactly(Trade.CLEANING, Trade.GREENING);
		assertThat(defaults.rules().get(0).custom()).isFalse();
		Fixtures.as(e.manager(), () -> settings.setPeriodEndDay(e.communityId(), 20, 0));
		EvaluationSettingsView changed = Fixtures.as(e.manager(),
				() -> settings.setRule(e.communityId(), Trade.CLEANING, rule("100", "3", "2", "0", 0)));
		assertThat(changed.periodEndDay()).isEqualTo(20);
		assertThat(changed.version()).isEqualTo(1);
		assertThat(changed.rules().get(0))
			.extracting(EvaluationSettingsView.TradeRule::deductionPerItem, EvaluationSettingsView.TradeRule::version,
					EvaluationSettingsView.TradeRule::custom)
			.containsExactly(new BigDecimal("3.00"), 1, true);

		// November follows on from October's evaluated period and ends on the new day,
		// scored with the new rule.
		assertThat(Fixtures.as(e.supervisor(), () -> evaluations.period(e.communityId(), YearMonth.of(2026, 11))))
			.extracting(EvaluationPeriod::start, EvaluationPeriod::end)
			.containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 20));
		lapse(at(11, 5, 10));
		lapse(at(11, 22, 10)); // after the new end day: December's
		clock.set(at(11, 21, 9));
		EvaluationView november = Fixtures.as(e.supervisor(),
				() -> evaluations.compute(e.cleaner().id(), YearMonth.of(2026, 11)));
		assertThat(november.periodEnd()).isEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(november.score()).as("100 − 3").isEqualByComparingTo("97.00");
		assertThat(november.rule().deduction()).isEqualByComparingTo("3");

		// The signed October is as it was signed; its correction keeps its rule.
		EvaluationView reread = Fixtures.as(e.manager(), () -> evaluations.get(signed.id()));
		assertThat(reread).extracting(EvaluationView::score, EvaluationView::version, EvaluationView::periodEnd)
			.containsExactly(new BigDecimal("98.00"), signed.version(), LocalDate.of(2026, 10, 25));
		assertThat(reread.rule().deduction()).isEqualByComparingTo("2");
		EvaluationView revision = Fixtures.as(e.supervisor(), () -> evaluations.revise(signed.id(), "复核"));
		assertThat(revision.rule().deduction()).isEqualByComparingTo("2");
		assertThat(revision.score()).isEqualByComparingTo("98.00");
		assertThat(revision.periodStart()).isEqualTo(LocalDate.of(2026, 9, 26));

		// Changed again once November is computed: November keeps its period, December
		// takes the new day.
		Fixtures.as(e.manager(), () -> settings.setPeriodEndDay(e.communityId(), 22, 1));
		assertThat(Fixtures.as(e.supervisor(), () -> evaluations.period(e.communityId(), YearMonth.of(2026, 11))))
			.extracting(EvaluationPeriod::start, EvaluationPeriod::end)
			.containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 20));
		assertThat(Fixtures.as(e.supervisor(), () -> evaluations.period(e.communityId(), YearMonth.of(2026, 12))))
			.extracting(EvaluationPeriod::start, EvaluationPeriod::end)
			.containsExactly(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 22));

		assertThat(Fixtures.as(Fixtures.ROOT,
				() -> audit.latest(List.of(e.communityId()), false, null, String.valueOf(e.communityId()), 10)))
			.extracting(AuditTrail.AuditEntry::action)
			.contains("period-end-day");
		assertThat(Fixtures.as(Fixtures.ROOT,
				() -> audit.latest(List.of(e.communityId()), false, "inspection_scoring_rule", null, 10)))
			.extracting(AuditTrail.AuditEntry::detail)
			.containsExactly("CLEANING 100 − 2×weight (overdue ×2), floor 0 → 100 − 3×weight (overdue ×2), floor 0");
	}

	static List<String> fields(ThrowingCallable call) {
		try {
			call.call();
		}
		catch (ValidationException ex) {
			return ex.problems().stream().map(FieldProblem::field).toList();
		}
		catch (Throwable ex) {
			throw new AssertionError("expected a validation problem, got " + ex, ex);
		}
		throw new AssertionError("expected a validation problem");
	}

	@Test
	void badSettingsNameTheirFieldAndChangeNothing() throws Exception {
		long c = e.communityId();
		StaffUser m = e.manager();
		assertThat(fields(() -> Fixtures.as(m, () -> settings.setPeriodEndDay(c, 0, 0))))
			.containsExactly("periodEndDay");
		assertThat(fields(() -> Fixtures.as(m, () -> settings.setPeriodEndDay(c, 29, 0))))
			.containsExactly("periodEndDay");
		assertThat(fields(() -> Fixtures.as(m, () -> settings.setPeriodEndDay(c, null, 0))))
			.containsExactly("periodEndDay");
		assertThat(
				fields(() -> Fixtures.as(m, () -> settings.setRule(c, Trade.CLEANING, rule("100", "-1", "2", "0", 0)))))
			.containsExactly("deductionPerItem");
		assertThat(fields(
				() -> Fixtures.as(m, () -> settings.setRule(c, Trade.CLEANING, rule("100.005", "2", null, "0", 0)))))
			.containsExactly("baseScore", "overdueFactor");
		assertThat(fields(
				() -> Fixtures.as(m, () -> settings.setRule(c, Trade.GREENING, rule("60", "2", "100", "70", 0)))))
			.containsExactly("overdueFactor");
		assertThat(
				fields(() -> Fixtures.as(m, () -> settings.setRule(c, Trade.GREENING, rule("60", "2", "2", "70", 0)))))
			.containsExactly("floorScore");
		assertThat(fields(
				() -> Fixtures.as(m, () -> settings.setRule(c, Trade.ENGINEERING, rule("100", "2", "2", "0", 0)))))
			.containsExactly("trade");
		assertThatThrownBy(() -> Fixtures.as(m, () -> settings.setPeriodEndDay(c, 20, 3)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> Fixtures.as(e.supervisor(), () -> settings.setPeriodEndDay(c, 20, 0)))
			.as("the supervisor computes, the manager sets the rule")
			.isInstanceOf(AccessDeniedException.class);

		// The API: problem details naming the field.
		mvc.perform(put("/api/inspections/evaluation-settings/period-end-day").param("communityId", String.valueOf(c))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"periodEndDay\": 31, \"version\": 0}")
			.with(user(m))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("periodEndDay"));
		mvc.perform(put("/api/inspections/evaluation-settings/rules/CLEANING").param("communityId", String.valueOf(c))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"baseScore\": 100, \"deductionPerItem\": -2, \"overdueFactor\": 2, \"floorScore\": 0, \"version\": 0}")
			.with(user(m))
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("deductionPerItem"));
		// The page: the form again with a friendly message.
		mvc.perform(post("/inspections/evaluation-settings/period-end-day").param("periodEndDay", "三十")
			.param("version", "0")
			.with(user(m))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("评估截止日（每月几号）: 格式不正确")));
		mvc.perform(post("/inspections/evaluation-settings/rules/GREENING").param("baseScore", "100")
			.param("deductionPerItem", "2")
			.param("overdueFactor", "2")
			.param("floorScore", "120")
			.param("version", "0")
			.with(user(m))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("最低分不能高于基础分")));

		EvaluationSettingsView after = Fixtures.as(m, () -> settings.get(c));
		assertThat(after.periodEndDay()).isEqualTo(25);
		assertThat(after.version()).isZero();
		assertThat(after.rules()).allSatisfy(r -> assertThat(r.custom()).isFalse());

		// And a good one through the page and the API.
		mvc.perform(post("/inspections/evaluation-settings/period-end-day").param("periodEndDay", "20")
			.param("version", "0")
			.with(user(m))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(put("/api/inspections/evaluation-settings/rules/GREENING").param("communityId", String.valueOf(c))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"baseScore\": 100, \"deductionPerItem\": 1.5, \"overdueFactor\": 2, \"floorScore\": 0, \"version\": 0}")
			.with(user(m))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.periodEndDay").value(20));
		mvc.perform(get("/inspections/contractors").with(user(m)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"1.50\"")));
	}

	@Test
	void anotherCommunitysStaffCanNeitherReadNorChangeTheSettings() throws Exception {
		long c = e.communityId();
		StaffUser other = fixtures.staff(Role.MANAGER, fixtures.community("别家花园").id());
		assertThatThrownBy(() -> Fixtures.as(other, () -> settings.get(c))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Fixtures.as(other, () -> settings.setPeriodEndDay(c, 20, 0)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> Fixtures.as(other, () -> settings.setRule(c, Trade.CLEANING, rule("100", "5", "2", "0", 0))))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Fixtures.as(other, () -> evaluations.computeAll(c, YearMonth.of(2026, 11))))
			.isInstanceOf(AccessDeniedException.class);
		mvc.perform(
				get("/api/inspections/evaluation-settings").param("communityId", String.valueOf(c)).with(user(other)))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/inspections/evaluation-settings/period-end-day").param("communityId", String.valueOf(c))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"periodEndDay\": 20, \"version\": 0}")
			.with(user(other))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(put("/api/inspections/evaluation-settings/rules/CLEANING").param("communityId", String.valueOf(c))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"baseScore\": 100, \"deductionPerItem\": 5, \"overdueFactor\": 2, \"floorScore\": 0, \"version\": 0}")
			.with(user(other))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/api/inspections/evaluations/month-end").contentType(MediaType.APPLICATION_JSON)
			.content("{\"communityId\": " + c + ", \"month\": \"2026-11\"}")
			.with(user(other))
			.with(csrf())).andExpect(status().isForbidden());
		// The other's own month-end run leaves this community alone.
		mvc.perform(post("/api/inspections/evaluations/month-end").contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\": \"2026-11\"}")
			.with(user(other))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().json("[]"));

		EvaluationSettingsView unchanged = Fixtures.as(e.manager(), () -> settings.get(c));
		assertThat(unchanged.periodEndDay()).isEqualTo(25);
		assertThat(unchanged.version()).isZero();
		assertThat(unchanged.rules()).allSatisfy(r -> assertThat(r.custom()).isFalse());
		assertThat(Fixtures.as(e.manager(), () -> evaluations.list(c))).isEmpty();
	}

}
