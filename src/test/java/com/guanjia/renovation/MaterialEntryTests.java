package com.guanjia.renovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.guanjia.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Every step of materials at the gate from every state (R9.7, decision 0012), the legal
 * ones written here by hand.
 */
class MaterialEntryTests {

	private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	static final Map<MaterialAction, Map<MaterialStatus, MaterialStatus>> LEGAL = Map.of(MaterialAction.APPROVE,
			Map.of(MaterialStatus.REPORTED, MaterialStatus.APPROVED), MaterialAction.REFUSE,
			Map.of(MaterialStatus.REPORTED, MaterialStatus.REFUSED));

	static MaterialEntry in(MaterialStatus status) {
		return MaterialEntry
			.restore(new MaterialEntry.Stored(3, 1, new MaterialEntry.Reported(7, "瓷砖 20 箱", null, NOW, "guard"),
					status, status == MaterialStatus.REFUSED ? "超长" : null, null, null, 0));
	}

	@Test
	void everyStepFromEveryState() {
		for (MaterialStatus status : MaterialStatus.values()) {
			for (MaterialAction action : List.of(MaterialAction.APPROVE, MaterialAction.REFUSE)) {
				MaterialEntry m = in(status);
				MaterialStatus to = LEGAL.get(action).get(status);
				Runnable step = () -> {
					if (action == MaterialAction.APPROVE) {
						m.approve(null, NOW, "butler");
					}
					else {
						m.refuse("超长材料无法进电梯", NOW, "butler");
					}
				};
				if (to != null) {
					step.run();
					assertThat(m.status()).as(action + " from " + status).isEqualTo(to);
					assertThat(m.pendingSteps()).hasSize(1);
					assertThat(m.pendingEvents()).singleElement().isInstanceOf(RenovationEvents.MaterialDecided.class);
				}
				else {
					assertThatThrownBy(step::run).as(action + " from " + status)
						.isInstanceOfSatisfying(RuleViolationException.class,
								ex -> assertThat(ex.code()).isEqualTo("renovation.illegal"));
					assertThat(m.status()).isEqualTo(status);
					assertThat(m.pendingSteps()).isEmpty();
				}
			}
		}
	}

	@Test
	void aReportIsTheFirstStep() {
		MaterialEntry m = MaterialEntry.report(3, 1, new MaterialEntry.Reported(7, "瓷砖", "顺达物流", NOW, "guard"));
		assertThat(m.status()).isEqualTo(MaterialStatus.REPORTED);
		assertThat(m.possibleSteps()).containsExactlyInAnyOrder(MaterialAction.APPROVE, MaterialAction.REFUSE);
		assertThat(m.pendingEvents()).singleElement().isInstanceOf(RenovationEvents.MaterialReported.class);
	}

}
