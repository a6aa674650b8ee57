package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;

import com.guanjia.carpark.CarparkEvents.SpaceMismatchFound;
import com.guanjia.carpark.CarparkEvents.SpaceMismatchResolved;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * What the monthly space check found (R1.2: spaces, their holders and their rent agree),
 * without a database: open until staff put it right and say how; cleared by a later run
 * that no longer finds it; open again when a later run finds it again.
 */
class SpaceCheckFindingTests {

	static final YearMonth DEC = YearMonth.of(2026, 12);

	static final Instant RUN = Instant.parse("2026-12-01T17:00:00Z");

	static final Instant LATER = Instant.parse("2026-12-03T02:00:00Z");

	static final SpaceCheck.Mismatch RENT_NO_CARD = new SpaceCheck.Mismatch(MismatchKind.RENT_WITHOUT_CARD, "B1-017",
			5L, 21L, "1-101 租用 B1-017, 无有效车卡");

	static SpaceCheckFinding found() {
		SpaceCheckFinding f = SpaceCheckFinding.find(11, 3, DEC, RENT_NO_CARD, RUN, "system");
		f.saved();
		return f;
	}

	@Test
	void r1_2_aMismatchIsFoundOpenWithItsSubjectAndDetail() {
		SpaceCheckFinding f = SpaceCheckFinding.find(11, 3, DEC, RENT_NO_CARD, RUN, "system");
		assertThat(f.id()).isEqualTo(11);
		assertThat(f.communityId()).isEqualTo(3);
		assertThat(f.month()).isEqualTo(DEC);
		assertThat(f.kind()).isEqualTo(MismatchKind.RENT_WITHOUT_CARD);
		assertThat(f.subject()).isEqualTo("B1-017");
		assertThat(f.spaceId()).isEqualTo(5L);
		assertThat(f.unitId()).isEqualTo(21L);
		assertThat(f.detail()).isEqualTo("1-101 租用 B1-017, 无有效车卡");
		assertThat(f.foundAt()).isEqualTo(RUN);
		assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
		assertThat(f.steps())
			.containsExactly(new Aggregate.Step("FIND", null, "OPEN", "1-101 租用 B1-017, 无有效车卡", RUN, "system"));
		assertThat(f.events())
			.containsExactly(new SpaceMismatchFound(3, 11, DEC, MismatchKind.RENT_WITHOUT_CARD, "B1-017"));
		assertThat(f.possibleSteps()).containsExactly(FindingAction.RESOLVE);
	}

	@Test
	void r1_2_staffPutItRightAndSayHowOnce() {
		SpaceCheckFinding f = found();
		f.resolve("已补办月卡 YK000031", LATER, "clerk");
		assertThat(f.status()).isEqualTo(FindingStatus.RESOLVED);
		assertThat(f.resolution()).isEqualTo("已补办月卡 YK000031");
		assertThat(f.resolvedBy()).isEqualTo("clerk");
		assertThat(f.resolvedAt()).isEqualTo(LATER);
		assertThat(f.steps())
			.containsExactly(new Aggregate.Step("RESOLVE", "OPEN", "RESOLVED", "已补办月卡 YK000031", LATER, "clerk"));
		assertThat(f.events()).containsExactly(new SpaceMismatchResolved(3, 11, "已补办月卡 YK000031"));
		assertThat(f.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> f.resolve("again", LATER, "clerk")).satisfies(t -> assertThat(named(t))
			.containsExactly("carpark.findingAction.RESOLVE", "carpark.findingStatus.RESOLVED"));
		assertThatThrownBy(() -> f.clear(LATER, "system")).isInstanceOf(RuleViolationException.class);
		assertThat(f.resolution()).isEqualTo("已补办月卡 YK000031");
	}

	@Test
	void r1_2_aLaterRunClearsWhatItNoLongerFindsAndReopensWhatItFindsAgain() {
		SpaceCheckFinding f = found();
		f.clear(LATER, "system");
		assertThat(f.status()).isEqualTo(FindingStatus.CLEARED);
		assertThat(f.steps()).containsExactly(new Aggregate.Step("CLEAR", "OPEN", "CLEARED", null, LATER, "system"));
		assertThat(f.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> f.resolve("x", LATER, "clerk")).isInstanceOf(RuleViolationException.class);
		f.saved();
		Instant next = Instant.parse("2027-01-01T17:00:00Z");
		f.reopen("1-101 租用 B1-017, 车卡已过期", next, "system");
		assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
		assertThat(f.detail()).isEqualTo("1-101 租用 B1-017, 车卡已过期");
		assertThat(f.steps())
			.containsExactly(new Aggregate.Step("REOPEN", "CLEARED", "OPEN", "1-101 租用 B1-017, 车卡已过期", next, "system"));
		assertThat(f.possibleSteps()).containsExactly(FindingAction.RESOLVE);
		// an open one is not reopened
		assertThatThrownBy(() -> f.reopen("x", next, "system")).isInstanceOf(RuleViolationException.class);
		assertThat(f.detail()).isEqualTo("1-101 租用 B1-017, 车卡已过期");
	}

	@Test
	void aStoredFindingComesBackAsItWas() {
		SpaceCheckFinding f = SpaceCheckFinding.restore(11, 3, DEC, MismatchKind.DOUBLE_RENTAL, "B1-017", 5L, null,
				"两户租用", FindingStatus.RESOLVED, RUN, "clerk", LATER, "退租一户", 4);
		assertThat(f.isNew()).isFalse();
		assertThat(f.version()).isEqualTo(4);
		assertThat(f.resolvedBy()).isEqualTo("clerk");
		assertThat(f.resolvedAt()).isEqualTo(LATER);
		assertThat(f.resolution()).isEqualTo("退租一户");
		assertThat(f.unitId()).isNull();
	}

	static java.util.List<String> named(Throwable t) {
		return java.util.Arrays.stream(((RuleViolationException) t).args())
			.map(a -> ((org.springframework.context.MessageSourceResolvable) a).getCodes()[0])
			.toList();
	}

}
