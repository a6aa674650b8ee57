package com.guanjia.desk;

import java.util.List;

import com.guanjia.scheduling.DeadlineRuleCatalogue;
import com.guanjia.scheduling.DeadlineRuleDefault;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The front desk's deadline: the reply at the time agreed with the resident (R2.2). */
@Component
@Order(20)
class DeskDeadlineRules implements DeadlineRuleCatalogue {

	@Override
	public List<DeadlineRuleDefault> deadlineRules() {
		return List.of(DeadlineRuleDefault.agreed("DESK.REPLY", "deadline.group.DESK", "deadline.step.reply"));
	}

}
