package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.guanjia.billing.BillingEvents.PaymentNoticesIssued;
import com.guanjia.billing.RunView.RunStatus;
import com.guanjia.billing.RunView.Step;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R6.3: a billing run's steps against a table written here by hand, and the notices
 * issued exactly when it is committed. Plain JUnit.
 */
class BillingRunStepTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final Map<RunStatus, Map<Step, RunStatus>> LEGAL = Map.of(RunStatus.PREVIEW,
			Map.of(Step.START, RunStatus.RUNNING), RunStatus.RUNNING,
			Map.of(Step.START, RunStatus.RUNNING, Step.FINISH, RunStatus.COMMITTED), RunStatus.COMMITTED, Map.of());

	static BillingRun in(RunStatus status) {
		return BillingRun.restore(
				new BillingRun.Stored(12, 1, YearMonth.of(2026, 11), 1, status, 300, 600, new BigDecimal("40275.00"),
						"TOTAL=40275.00;", "finance", NOW, status == RunStatus.COMMITTED ? NOW : null, 4));
	}

	static void take(BillingRun run, Step step) {
		switch (step) {
			case START -> run.start();
			case FINISH -> run.finish(NOW);
		}
	}

	@Test
	void everyStepFromEveryStateFollowsTheHandWrittenTable() {
		for (RunStatus status : RunStatus.values()) {
			for (Step step : Step.values()) {
				BillingRun run = in(status);
				RunStatus expected = LEGAL.get(status).get(step);
				assertThat(step.allowedFrom(status)).as(status + " " + step).isEqualTo(expected != null);
				if (expected != null) {
					take(run, step);
					assertThat(run.status()).isEqualTo(expected);
				}
				else {
					assertThatThrownBy(() -> take(run, step)).as(status + " " + step)
						.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
							assertThat(ex.code()).isEqualTo("run.illegal");
							assertThat(((MessageSourceResolvable) ex.args()[1]).getCodes())
								.containsExactly("runs.status." + status);
						});
					assertThat(run.status()).isEqualTo(status);
					assertThat(run.events()).isEmpty();
				}
			}
		}
	}

	@Test
	void finishingIssuesTheNoticesOnceWithTheRunsTotals() {
		BillingRun run = in(RunStatus.RUNNING);
		run.finish(NOW.plusSeconds(75));
		assertThat(run.events()).containsExactly(
				new PaymentNoticesIssued(1, 12, LocalDate.of(2026, 11, 1), 1, 300, new BigDecimal("40275.00")));
		assertThat(run.toView().committedAt()).isEqualTo(NOW.plusSeconds(75));
		assertThat(run.toView().committable()).isFalse();
		// starting or resuming issues nothing
		BillingRun previewed = in(RunStatus.PREVIEW);
		previewed.start();
		assertThat(previewed.events()).isEmpty();
	}

	@Test
	void thePageOffersCommitAndResumeExactlyWhenAllowed() {
		assertThat(in(RunStatus.PREVIEW).toView().committable()).isTrue();
		assertThat(in(RunStatus.PREVIEW).toView().resumable()).isFalse();
		assertThat(in(RunStatus.RUNNING).toView().committable()).isTrue();
		assertThat(in(RunStatus.RUNNING).toView().resumable()).isTrue();
		assertThat(in(RunStatus.COMMITTED).toView().committable()).isFalse();
	}

	/**
	 * R6.3: a run previewed for a quarter keeps its first month and its three months, is
	 * committed only by its last step, and its version moves on with each save.
	 */
	@Test
	void aQuarterRunIsCommittedOnlyWhenItFinishes() {
		BillingRun run = BillingRun.previewed(1, YearMonth.of(2027, 1), 3, 300, "TOTAL=0;", "finance", NOW);
		assertThat(run.communityId()).isEqualTo(1);
		assertThat(run.firstMonth()).isEqualTo(YearMonth.of(2027, 1));
		assertThat(run.months()).isEqualTo(3);
		run.recorded(12);
		assertThat(run.id()).isEqualTo(12);
		assertThat(run.isCommitted()).isFalse();
		run.start();
		run.saved();
		assertThat(run.isCommitted()).isFalse();
		run.finish(NOW);
		run.saved();
		assertThat(run.isCommitted()).isTrue();
		assertThat(run.stored().version()).isEqualTo(2);
	}

}
