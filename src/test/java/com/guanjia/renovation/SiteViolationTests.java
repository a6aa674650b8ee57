package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.guanjia.renovation.RenovationEvents.ViolationEscalated;
import com.guanjia.renovation.RenovationEvents.ViolationRectificationDemanded;
import com.guanjia.renovation.RenovationEvents.ViolationRectified;
import com.guanjia.shared.RuleViolationException;
import com.guanjia.shared.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * Every step of a violation from every state (R9.5, decision 0012), the legal ones
 * written here by hand; and when the day's two checks are due.
 */
class SiteViolationTests {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	private static final Instant DEADLINE = Instant.parse("2026-12-08T10:00:00Z");

	private static final SiteViolation.Site SITE = new SiteViolation.Site(2, "3-2-1502", "陈静", "13900139000");

	record Legal(ViolationStatus from, ViolationStatus to, Class<?> event) {
	}

	static final Map<ViolationAction, List<Legal>> LEGAL = Map.of(ViolationAction.DEMAND,
			List.of(new Legal(ViolationStatus.FOUND, ViolationStatus.RECTIFYING, ViolationRectificationDemanded.class)),
			ViolationAction.RECTIFY,
			List.of(new Legal(ViolationStatus.FOUND, ViolationStatus.RECTIFIED, ViolationRectified.class),
					new Legal(ViolationStatus.RECTIFYING, ViolationStatus.RECTIFIED, ViolationRectified.class),
					new Legal(ViolationStatus.ESCALATED, ViolationStatus.RECTIFIED, ViolationRectified.class)),
			ViolationAction.ESCALATE,
			List.of(new Legal(ViolationStatus.RECTIFYING, ViolationStatus.ESCALATED, ViolationEscalated.class)));

	static SiteViolation in(ViolationStatus status) {
		return SiteViolation.restore(new SiteViolation.Stored(5, 1,
				new SiteViolation.Found(7, 11L, 13L, SiteCheckKind.SITE, "未拆改主体结构", null, NOW, "system"), status,
				status == ViolationStatus.FOUND ? null : DEADLINE, null, null, 2));
	}

	static void take(SiteViolation v, ViolationAction action) {
		switch (action) {
			case DEMAND -> v.demand(DEADLINE, "电话告知", SITE, NOW, "agent");
			case RECTIFY -> v.rectify("已恢复", NOW, "agent");
			case ESCALATE -> v.escalate("业主拒绝", SITE, NOW, "agent");
			case FIND -> throw new AssertionError("not a step from a state");
		}
	}

	@Test
	void everyStepFromEveryState() {
		for (ViolationStatus status : ViolationStatus.values()) {
			for (ViolationAction action : List.of(ViolationAction.DEMAND, ViolationAction.RECTIFY,
					ViolationAction.ESCALATE)) {
				SiteViolation v = in(status);
				Legal legal = LEGAL.get(action).stream().filter(l -> l.from() == status).findFirst().orElse(null);
				if (legal != null) {
					take(v, action);
					assertThat(v.status()).as(action + " from " + status).isEqualTo(legal.to());
					assertThat(v.pendingSteps()).hasSize(1);
					assertThat(v.pendingEvents()).singleElement().isInstanceOf(legal.event());
					assertThat(v.possibleSteps().contains(action)).isFalse();
				}
				else {
					assertThat(in(status).possibleSteps()).doesNotContain(action);
					assertThatThrownBy(() -> take(v, action)).as(action + " from " + status)
						.isInstanceOfSatisfying(RuleViolationException.class,
								ex -> assertThat(ex.code()).isEqualTo("renovation.illegal"));
					assertThat(v.status()).isEqualTo(status);
					assertThat(v.pendingSteps()).isEmpty();
					assertThat(v.pendingEvents()).isEmpty();
				}
			}
		}
	}

	@Test
	void aNewViolationIsFoundWithItsFirstLine() {
		SiteViolation v = SiteViolation.find(5, 1,
				new SiteViolation.Found(7, 11L, 13L, SiteCheckKind.CORRIDOR, "楼道无装修垃圾", "3-2-1502 楼道", NOW, "system"),
				SITE);
		assertThat(v.status()).isEqualTo(ViolationStatus.FOUND);
		assertThat(v.pendingSteps()).singleElement().extracting(Aggregate.Step::action).isEqualTo("FIND");
		assertThat(v.pendingEvents()).singleElement().isInstanceOf(RenovationEvents.ViolationFound.class);
	}

	@Test
	void theDeadlineLiesAheadAndIsOverdueOncePassed() {
		SiteViolation v = in(ViolationStatus.FOUND);
		assertThatThrownBy(() -> v.demand(NOW, "电话", SITE, NOW, "agent")).isInstanceOf(ValidationException.class);
		assertThat(v.status()).isEqualTo(ViolationStatus.FOUND);
		v.demand(DEADLINE, "电话", SITE, NOW, "agent");
		assertThat(v.overdue(DEADLINE)).isFalse();
		assertThat(v.overdue(DEADLINE.plusSeconds(1))).isTrue();
	}

	/** R9.5: the corridor check half an hour to an hour before the afternoon ends. */
	@Test
	void theCorridorCheckIsDueHalfAnHourToAnHourBeforeTheEndOfTheDay() {
		WorkingHours hours = new WorkingHours(LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(13, 30),
				LocalTime.of(17, 30));
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		LocalDate day = LocalDate.of(2026, 12, 7);
		assertThat(SiteCheckWindows.of(SiteCheckKind.CORRIDOR, day, hours, zone)).isEqualTo(new SiteCheckWindows.Window(
				Instant.parse("2026-12-07T08:30:00Z"), Instant.parse("2026-12-07T09:00:00Z")));
		assertThat(SiteCheckWindows.of(SiteCheckKind.SITE, day, hours, zone)).isEqualTo(new SiteCheckWindows.Window(
				Instant.parse("2026-12-07T00:30:00Z"), Instant.parse("2026-12-07T09:30:00Z")));
	}

}
