package com.guanjia.scheduling;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * Implemented by a module whose work runs on deadlines: the rule keys it starts clocks
 * under, with the defaults it uses when a community has set none and the words staff use
 * for them. The deadline settings page lists every catalogue, so a manager sees each rule
 * in words and changes it.
 */
@NamedInterface("api")
public interface DeadlineRuleCatalogue {

	List<DeadlineRuleDefault> deadlineRules();

}
