package com.guanjia.movein;

import java.util.Optional;

import com.guanjia.estate.HandoverGuard;
import com.guanjia.estate.UnitId;
import com.guanjia.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * While a unit's move-in case is open, its state and handover date are the case's: they
 * change when the case completes, not by editing the unit (issue 12 item 2; the handover
 * date starts fees and warranty).
 */
@Component
class MoveInHandoverGuard implements HandoverGuard {

	private final MoveInCaseRepository cases;

	MoveInHandoverGuard(MoveInCaseRepository cases) {
		this.cases = cases;
	}

	@Override
	public Optional<RuleViolationException> refusal(UnitId unit) {
		return cases.openOf(unit.communityId(), unit.value())
			.map(c -> new RuleViolationException("movein.handoverGuarded", c.unitLabel(), c.id()));
	}

}
