package com.guanjia.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import com.guanjia.billing.BillingEvents.LedgerChanged;
import com.guanjia.billing.LedgerViews.Entry;
import com.guanjia.shared.Money;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;

/**
 * R6.4: a reversal up to the community's threshold is done at once, above it it waits for
 * a second person; only charges and discounts are reversed here. Plain JUnit.
 */
class ReversalTests {

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static final Money THRESHOLD = Money.of("500.00");

	static Entry entry(EntryKind kind, String amount) {
		return new Entry(31, 4, kind, Money.of(amount), 17L, ChargeItem.MANAGEMENT, LocalDate.of(2026, 11, 1), "RUN",
				2L, null, null, NOW, "finance");
	}

	@Test
	void upToTheThresholdItIsDoneAtOnceAboveItItWaits() {
		// exactly 500.00 is not above 500.00
		Reversal atThreshold = Reversal.request(1, entry(EntryKind.CHARGE, "500.00"), " 面积录错 ", "finance", THRESHOLD,
				NOW);
		assertThat(atThreshold.status()).isEqualTo(Reversal.Status.DONE);
		assertThat(atThreshold.reason()).isEqualTo("面积录错");
		assertThat(atThreshold.events()).containsExactly(new LedgerChanged(1, 4));
		Reversal above = Reversal.request(1, entry(EntryKind.CHARGE, "500.01"), "面积录错", "finance", THRESHOLD, NOW);
		assertThat(above.status()).isEqualTo(Reversal.Status.PENDING);
		assertThat(above.events()).isEmpty();
		// a discount is negative: its size counts
		assertThat(
				Reversal.request(1, entry(EntryKind.DISCOUNT, "-600.00"), "减免有误", "finance", THRESHOLD, NOW).status())
			.isEqualTo(Reversal.Status.PENDING);
	}

	@Test
	void onlyChargesAndDiscountsAreReversedHereAndAlwaysWithAReason() {
		for (EntryKind kind : EntryKind.values()) {
			if (kind == EntryKind.CHARGE || kind == EntryKind.DISCOUNT) {
				continue;
			}
			assertThatThrownBy(() -> Reversal.request(1, entry(kind, "-10.00"), "why", "finance", THRESHOLD, NOW))
				.as(kind.name())
				.isInstanceOfSatisfying(RuleViolationException.class,
						ex -> assertThat(ex.code()).isEqualTo("reversal.kind"));
		}
		assertThatThrownBy(() -> Reversal.request(1, entry(EntryKind.CHARGE, "10.00"), " ", "finance", THRESHOLD, NOW))
			.isInstanceOf(ValidationException.class);
	}

	@Test
	void aSecondPersonApprovesAPendingReversal() {
		Reversal r = Reversal.request(1, entry(EntryKind.CHARGE, "900.00"), "面积录错", "finance", THRESHOLD, NOW);
		r.approve("manager", NOW.plusSeconds(60));
		assertThat(r.status()).isEqualTo(Reversal.Status.DONE);
		assertThat(r.toView().decidedBy()).isEqualTo("manager");
		assertThat(r.stored().decidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(r.events()).containsExactly(new LedgerChanged(1, 4));
	}

	@Test
	void theRequesterNeverApprovesTheirOwn() {
		Reversal r = Reversal.request(1, entry(EntryKind.CHARGE, "900.00"), "面积录错", "admin", THRESHOLD, NOW);
		assertThatThrownBy(() -> r.approve("admin", NOW)).isInstanceOfSatisfying(RuleViolationException.class,
				ex -> assertThat(ex.code()).isEqualTo("reversal.secondPerson"));
		assertThat(r.status()).isEqualTo(Reversal.Status.PENDING);
		assertThat(r.toView().decidedBy()).isNull();
		assertThat(r.events()).isEmpty();
	}

	@Test
	void aDoneReversalIsNotApprovedAgainAndTheRefusalNamesItsState() {
		Reversal r = Reversal.request(1, entry(EntryKind.CHARGE, "100.00"), "面积录错", "finance", THRESHOLD, NOW);
		assertThatThrownBy(() -> r.approve("manager", NOW)).isInstanceOfSatisfying(RuleViolationException.class, ex -> {
			assertThat(ex.code()).isEqualTo("reversal.notPending");
			assertThat(((MessageSourceResolvable) ex.args()[0]).getCodes()).containsExactly("reversal.status.DONE");
		});
		assertThat(r.toView().decidedBy()).isNull();
	}

	/**
	 * R6.4: what the repository writes for a reversal: the entry it reverses, its
	 * community, whether it is done (the opposite entry is written only then), and the
	 * version that moves on with each save.
	 */
	@Test
	void aReversalIsStoredAgainstItsEntryAndDoneOnlyOnceApproved() {
		Reversal above = Reversal.request(1, entry(EntryKind.CHARGE, "500.01"), "面积录错", "finance", THRESHOLD, NOW);
		assertThat(above.isDone()).isFalse();
		assertThat(above.entryId()).isEqualTo(31);
		assertThat(above.communityId()).isEqualTo(1);
		above.recorded(8);
		assertThat(above.id()).isEqualTo(8);
		above.saved();
		above.approve("manager", NOW);
		assertThat(above.isDone()).isTrue();
		above.saved();
		assertThat(above.stored().version()).isEqualTo(2);
		assertThat(Reversal.request(1, entry(EntryKind.CHARGE, "10.00"), "面积录错", "finance", THRESHOLD, NOW).isDone())
			.isTrue();
	}

}
