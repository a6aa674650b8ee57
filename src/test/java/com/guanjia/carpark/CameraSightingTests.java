package com.guanjia.carpark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import com.guanjia.carpark.CarparkEvents.PlateToConfirm;
import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * What a plate-recognition camera saw (issue 14 item 7; R12.1: the exit checks the plate
 * against the record), without a database: a reading the camera could apply is applied; a
 * plate read with too little confidence or a vehicle that must pay at the exit waits for
 * the guard, who confirms or dismisses it once.
 */
class CameraSightingTests {

	static final Instant SEEN = Instant.parse("2026-12-07T01:00:00Z");

	static final Instant RECEIVED = SEEN.plusSeconds(2);

	static final Instant LATER = SEEN.plusSeconds(90);

	static CameraSighting.Reading reading(CameraDirection direction, String confidence) {
		return new CameraSighting.Reading(2, direction, "粤B12345", SEEN, new BigDecimal(confidence), 77L, RECEIVED);
	}

	@Test
	void anEntryTheCameraCouldReadIsAppliedAtOnce() {
		CameraSighting s = CameraSighting.record(9, 3, reading(CameraDirection.ENTRY, "0.97"), SightingOutcome.ENTERED,
				7L, "camera:2");
		assertThat(s.id()).isEqualTo(9);
		assertThat(s.communityId()).isEqualTo(3);
		assertThat(s.reading().imageFileId()).isEqualTo(77L);
		assertThat(s.status()).isEqualTo(SightingStatus.APPLIED);
		assertThat(s.outcome()).isEqualTo(SightingOutcome.ENTERED);
		assertThat(s.stayId()).isEqualTo(7L);
		assertThat(s.steps()).containsExactly(
				new Aggregate.Step("RECORD", null, "APPLIED", "粤B12345 ENTERED 0.97", RECEIVED, "camera:2"));
		assertThat(s.events()).isEmpty();
		assertThat(s.possibleSteps()).isEmpty();
		assertThatThrownBy(() -> s.dismiss(LATER, "guard1")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> s.confirm(8, LATER, "guard1")).isInstanceOf(RuleViolationException.class);
		assertThat(s.stayId()).isEqualTo(7L);
		assertThat(s.resolvedBy()).isNull();
		for (SightingOutcome applied : new SightingOutcome[] { SightingOutcome.EXITED_FREE,
				SightingOutcome.ALREADY_INSIDE, SightingOutcome.NOT_INSIDE }) {
			assertThat(CameraSighting.record(9, 3, reading(CameraDirection.EXIT, "0.97"), applied, null, "camera:2")
				.status()).isEqualTo(SightingStatus.APPLIED);
		}
	}

	@Test
	void aPlateReadWithTooLittleConfidenceWaitsForTheGuardWhoConfirmsIt() {
		CameraSighting s = CameraSighting.record(9, 3, reading(CameraDirection.ENTRY, "0.41"),
				SightingOutcome.LOW_CONFIDENCE, null, "camera:2");
		assertThat(s.status()).isEqualTo(SightingStatus.PENDING);
		assertThat(s.steps()).extracting(Aggregate.Step::to).containsExactly("PENDING");
		assertThat(s.events()).containsExactly(new PlateToConfirm(3, 9, "粤B12345", CameraDirection.ENTRY));
		assertThat(s.possibleSteps()).containsExactlyInAnyOrder(SightingAction.CONFIRM, SightingAction.DISMISS);
		s.saved();
		s.confirm(7, LATER, "guard1");
		assertThat(s.status()).isEqualTo(SightingStatus.CONFIRMED);
		assertThat(s.stayId()).isEqualTo(7L);
		assertThat(s.resolvedBy()).isEqualTo("guard1");
		assertThat(s.resolvedAt()).isEqualTo(LATER);
		assertThat(s.steps())
			.containsExactly(new Aggregate.Step("CONFIRM", "PENDING", "CONFIRMED", "7", LATER, "guard1"));
		// once: not dismissed afterwards
		assertThatThrownBy(() -> s.dismiss(LATER, "guard2")).isInstanceOf(RuleViolationException.class);
		assertThat(s.resolvedBy()).isEqualTo("guard1");
	}

	@Test
	void aVehicleThatMustPayAtTheExitWaitsForTheGuardWhoMayDismissTheReading() {
		CameraSighting s = CameraSighting.record(9, 3, reading(CameraDirection.EXIT, "0.95"), SightingOutcome.AT_EXIT,
				7L, "camera:2");
		assertThat(s.status()).isEqualTo(SightingStatus.PENDING);
		assertThat(s.events()).containsExactly(new PlateToConfirm(3, 9, "粤B12345", CameraDirection.EXIT));
		s.saved();
		s.dismiss(LATER, "guard1");
		assertThat(s.status()).isEqualTo(SightingStatus.DISMISSED);
		assertThat(s.resolvedBy()).isEqualTo("guard1");
		assertThat(s.resolvedAt()).isEqualTo(LATER);
		assertThat(s.steps())
			.containsExactly(new Aggregate.Step("DISMISS", "PENDING", "DISMISSED", null, LATER, "guard1"));
		assertThatThrownBy(() -> s.confirm(7, LATER, "guard2")).satisfies(t -> assertThat(named(t))
			.containsExactly("carpark.sightingAction.CONFIRM", "carpark.sightingStatus.DISMISSED"));
		assertThat(s.status()).isEqualTo(SightingStatus.DISMISSED);
	}

	@Test
	void aStoredSightingComesBackAsItWas() {
		CameraSighting s = CameraSighting.restore(9, 3, reading(CameraDirection.EXIT, "0.95"), SightingStatus.CONFIRMED,
				SightingOutcome.AT_EXIT, 7L, "guard1", LATER, 2);
		assertThat(s.isNew()).isFalse();
		assertThat(s.version()).isEqualTo(2);
		assertThat(s.resolvedBy()).isEqualTo("guard1");
		assertThat(s.resolvedAt()).isEqualTo(LATER);
		assertThat(s.possibleSteps()).isEmpty();
	}

	static java.util.List<String> named(Throwable t) {
		return java.util.Arrays.stream(((RuleViolationException) t).args())
			.map(a -> ((org.springframework.context.MessageSourceResolvable) a).getCodes()[0])
			.toList();
	}

}
