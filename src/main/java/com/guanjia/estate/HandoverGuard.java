package com.guanjia.estate;

import java.util.Optional;

import com.guanjia.shared.RuleViolationException;

import org.springframework.modulith.NamedInterface;

/**
 * A module that owns a unit's hand-over (move-in, R8) may forbid changing a unit's state
 * or handover date by hand while its procedure runs: "the unit's state and handover date
 * change only when the case completes" (issue 12). {@link UnitManagement#change} asks
 * every guard before it saves; the procedure itself changes them through
 * {@link UnitManagement#handOver}. Declared here and implemented by the owning module, so
 * the dependency points from it to estate.
 */
@NamedInterface("api")
public interface HandoverGuard {

	/**
	 * Why the unit's state and handover date may not be changed by hand now (a
	 * {@link RuleViolationException} to throw), or empty when they may.
	 */
	Optional<RuleViolationException> refusal(UnitId unit);

}
